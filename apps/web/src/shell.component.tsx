import { useMutation, useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { LogoutMutation, MeQuery, useAuthSession, useSessionState } from '@doorbraak/web-data-access';
import { NotificationBell } from '@doorbraak/web-notifications';
import { AppLink, AppNavLink, LanguageSwitch } from '@doorbraak/web-ui';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';

const languageStorageKey = 'doorbraak.language';

const storeLanguage = (language: string) => {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not persisting is acceptable.
  }
};

export const Shell = () => {
  const { t, i18n } = useTranslation('common');
  const language = i18n.resolvedLanguage ?? i18n.language;
  const state = useSessionState();

  // Screen readers and browser translation rely on <html lang> matching the UI language.
  useEffect(() => {
    document.documentElement.lang = language;
    storeLanguage(language);
  }, [language]);

  return (
    <>
      <a className="db-skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="db-header">
        <div className="db-header__inner">
          <div className="db-header__brand">
            <p className="db-header__title">{t('app.name')}</p>
            <p className="db-header__tagline">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
      </header>
      {state.status === 'signedIn' ? <SignedInNav /> : null}
      {state.unavailable ? (
        // The shell stays light (the design system's components load with the screens), so it uses its classes.
        <div className="db-main" role="status">
          <div className="utrecht-alert utrecht-alert--warning">
            <p className="nl-paragraph">{t('state.unavailable')}</p>
          </div>
        </div>
      ) : null}
      <main id="main-content" className="db-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="db-footer">
        <div className="db-footer__inner">
          <p className="nl-paragraph">{t('app.footer')}</p>
          <AppLink to="/toegankelijkheid">{t('app.accessibility')}</AppLink>
        </div>
      </footer>
    </>
  );
};

const SignedInNav = () => {
  const { t } = useTranslation('common');
  const session = useAuthSession();
  const navigate = useNavigate();
  const { data } = useQuery(MeQuery);
  const [logout, { loading }] = useMutation(LogoutMutation);
  const national = data?.me.memberships.some((membership) => membership.allianceId === null);
  // The roles that bundle similar items nationally (the policy's similar.read).
  const triage = data?.me.memberships.some((membership) => membership.role === 'RIJKSVERTEGENWOORDIGER' || membership.role === 'NATIONAL_COORDINATOR');
  // Every role that reads items reads the dossiers carrying them; an administrator reads no items.
  const dossiers = data?.me.memberships.some((membership) => membership.role !== 'ADMIN');

  const signOut = async () => {
    try {
      await logout();
    } finally {
      session.signOut('signedOut');
      await navigate('/inloggen');
    }
  };

  const links = [
    { to: '/', label: t('nav.home'), end: true },
    { to: WEB_PATHS.vastlopers(), label: t('nav.vastlopers') },
    { to: WEB_PATHS.doorbraken(), label: t('nav.doorbraken') },
    { to: WEB_PATHS.meetings(), label: t('nav.meetings') },
    { to: '/besluiten', label: t('nav.decisions') },
    { to: WEB_PATHS.actionItems(), label: t('nav.actionItems') },
    { to: '/dashboard', label: t('nav.dashboard') },
    ...(national ? [{ to: '/focusgebieden', label: t('nav.focusAreas') }] : []),
    ...(triage ? [{ to: '/landelijk/triage', label: t('nav.triage') }] : []),
    ...(dossiers ? [{ to: WEB_PATHS.dossiers(), label: t('nav.dossiers') }] : []),
    // The same roles read the doorbraakoverleg's candidates (the policy's composer.read): one composes, the other votes.
    ...(triage ? [{ to: WEB_PATHS.composer(), label: t('nav.composer') }] : []),
  ];

  return (
    <nav className="db-nav" aria-label={t('app.mainNavigation')}>
      <div className="db-nav__inner">
        <div className="db-nav__end">
          <NotificationBell />
          {data ? <p className="db-header__user">{t('nav.signedInAs', { name: data.me.name })}</p> : null}
          <button type="button" className="utrecht-button utrecht-button--subtle" aria-busy={loading || undefined} onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
        </div>
        <NavMenu>
          {links.map((link) => (
            <li key={link.to}>
              <AppNavLink to={link.to} end={link.end}>
                {link.label}
              </AppNavLink>
            </li>
          ))}
        </NavMenu>
      </div>
    </nav>
  );
};

// The links in a row where they fit; on narrower screens behind a "Menu" button that opens them as a
// list (Escape closes it and returns to the button; following a link closes it).
const NavMenu = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);

  return (
    <div
      className={open ? 'db-nav__menu db-nav__menu--open' : 'db-nav__menu'}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button ref={toggle} type="button" className="db-nav__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true" className="db-nav__toggle-icon">
          {open ? '×' : '☰'}
        </span>
        {t('nav.menu')}
      </button>
      <ul id={listId} className="db-nav__list">
        {children}
      </ul>
    </div>
  );
};
