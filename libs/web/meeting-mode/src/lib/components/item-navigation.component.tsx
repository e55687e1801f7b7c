import { AppLink } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import { isEscalated } from './agenda-item-panel.component';
import type { ModeAgendaItem } from './meeting-mode.types';

type Props = { agenda: readonly ModeAgendaItem[]; current: ModeAgendaItem; onNavigate: () => void };

// Previous and next, and every item to jump to; the item lives in the URL (?punt=n).
export const ItemNavigation = ({ agenda, current, onNavigate }: Props) => {
  const { t } = useTranslation(meetingModeNamespace);
  const [params] = useSearchParams();
  const index = agenda.findIndex((item) => item.id === current.id);
  const previous = agenda[index - 1];
  const next = agenda[index + 1];
  const to = (item: ModeAgendaItem) => {
    const search = new URLSearchParams(params);
    search.set('punt', String(item.position));
    return { search: search.toString() };
  };

  return (
    <nav aria-label={t('navigation.label')} className="mm-nav">
      <p className="mm-nav__position" aria-live="polite">
        {t('navigation.position', { position: index + 1, total: agenda.length })}
      </p>
      <ul className="mm-nav__steps">
        <li>
          {previous ? (
            <AppLink to={to(previous)} rel="prev" onClick={onNavigate}>
              ← {t('navigation.previous')}
            </AppLink>
          ) : null}
        </li>
        <li>
          {next ? (
            <AppLink to={to(next)} rel="next" onClick={onNavigate}>
              {t('navigation.next')} →
            </AppLink>
          ) : null}
        </li>
      </ul>
      <ol className="mm-nav__list" aria-label={t('navigation.jumpList')}>
        {agenda.map((item) => (
          <li key={item.id}>
            <AppLink to={to(item)} aria-current={item.id === current.id ? 'step' : undefined} onClick={onNavigate}>
              {item.position}. {item.title}
              {isEscalated(item) ? <span className="db-visually-hidden"> ({t('item.escalated')})</span> : null}
            </AppLink>
            {isEscalated(item) ? <span aria-hidden="true" className="mm-nav__mark">!</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
};
