import { useSessionState } from '@doorbraak/web-data-access';
import { LoadingState } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';

// Routes behind sign-in. While the silent refresh runs on load, nothing is decided yet.
export const RequireSession = () => {
  const { t } = useTranslation('auth');
  const state = useSessionState();
  const location = useLocation();
  if (state.status === 'unknown') {
    return <LoadingState label={t('checking')} />;
  }
  if (state.status === 'signedOut') {
    const params = new URLSearchParams();
    const back = `${location.pathname}${location.search}`;
    if (back !== '/') params.set('terug', back);
    // The API sends SSO refusals to the web root as ?ssoError=…
    const ssoError = new URLSearchParams(location.search).get('ssoError');
    if (ssoError) params.set('ssoError', ssoError);
    const query = params.toString();
    return <Navigate to={`/inloggen${query ? `?${query}` : ''}`} replace />;
  }
  return <Outlet />;
};
