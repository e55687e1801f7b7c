import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { SSO_ERROR_CODES, toUserError, useAuthSession, useSessionState } from '@doorbraak/web-data-access';
import { Alert, formFields, FormShell, Link, PageHeading, Paragraph, TextField, useFormWithSummary } from '@doorbraak/web-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { LoginMutation } from '../graphql/login.mutation';
import { SignInOptionsQuery } from '../graphql/sign-in-options.query';
import { authNamespace } from '../i18n/auth.translations';

// Only in-app paths: a crafted ?terug= must not send anyone to another site.
export const safeReturnPath = (value: string | null): string => (value && /^\/(?!\/)/.test(value) ? value : '/');

export const SignInPage = () => {
  const { t } = useTranslation([authNamespace, 'common']);
  const session = useAuthSession();
  const state = useSessionState();
  const [params] = useSearchParams();
  const [login, { loading }] = useMutation(LoginMutation);
  const { data: options } = useQuery(SignInOptionsQuery);
  const [failure, setFailure] = useState<string | null>(null);

  const schema = useMemo(
    () =>
      z.object({
        email: z.string().trim().min(1, t('common:form.required')).email(t('common:form.invalidEmail')),
        password: z.string().min(1, t('common:form.required')),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const form = useFormWithSummary<Values>({ resolver: zodResolver(schema) });
  const { handleSubmit, formState } = form;
  const fields = formFields(form, 'sign-in', { email: t('signIn.email'), password: t('signIn.password') });

  if (state.status === 'signedIn') {
    return <Navigate to={safeReturnPath(params.get('terug'))} replace />;
  }

  const ssoError = params.get('ssoError');
  const ssoMessage = SSO_ERROR_CODES.find((code) => code === ssoError);
  const reasonMessage =
    state.reason === 'ended' ? t('signIn.sessionEnded') : state.reason === 'idle' ? t('signIn.idle') : state.reason === 'signedOut' ? t('signIn.signedOut') : null;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await login({ variables: values });
      if (result.data) {
        session.signedIn(result.data.login);
      }
    } catch (error) {
      setFailure(t(`common:${toUserError(error).messageKey}`));
    }
  });

  return (
    <section className="db-narrow">
      <PageHeading intro={t('signIn.intro')}>{t('signIn.title')}</PageHeading>
      {reasonMessage ? (
        <Alert type={state.reason === 'signedOut' ? 'ok' : 'warning'}>
          <Paragraph>{reasonMessage}</Paragraph>
        </Alert>
      ) : null}
      {ssoMessage ? (
        <Alert type="error">
          <Paragraph>{t(`common:errors.${ssoMessage}`)}</Paragraph>
        </Alert>
      ) : null}
      <FormShell
        onSubmit={onSubmit}
        summary={fields.summary}
        submitCount={formState.submitCount}
        failure={{ title: t('signIn.failed'), message: failure }}
        submitLabel={loading ? t('signIn.busy') : t('signIn.submit')}
        busy={loading}
      >
        <TextField {...fields.field('email')} type="email" autoComplete="username" required />
        <TextField {...fields.field('password')} type="password" autoComplete="current-password" required />
      </FormShell>
      {options?.signInOptions.sso ? (
        <div className="db-section">
          <Paragraph>{t('signIn.ssoIntro')}</Paragraph>
          <Link href="/auth/oidc/login">{t('signIn.sso')}</Link>
        </div>
      ) : null}
    </section>
  );
};
