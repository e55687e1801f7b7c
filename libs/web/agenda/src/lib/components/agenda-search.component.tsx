import { skipToken, useQuery } from '@apollo/client/react';
import { Button, CheckboxField, Heading, TextField } from '@doorbraak/web-ui';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AgendaSearchQuery } from '../graphql/agenda-search.query';
import { agendaNamespace } from '../i18n/agenda.translations';

export type AgendaCandidate = { kind: 'VASTLOPER' | 'DOORBRAAK'; id: string; title: string };

export type AgendaSearchProps = {
  allianceId: string | null;
  // Offered on a published agenda to the programme director: an escalated item pulled onto it.
  canAddUrgent: boolean;
  onAdd: (candidate: AgendaCandidate, urgent: boolean) => Promise<boolean>;
};

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 300;

// A search field and a list of results under it, each with its own button: plain controls that work
// the same with a keyboard, a pointer and a screen reader (which hears how many results there are).
export const AgendaSearch = ({ allianceId, canAddUrgent, onAdd }: AgendaSearchProps) => {
  const { t } = useTranslation([agendaNamespace, 'common']);
  const { register, watch, reset, getValues } = useForm<{ search: string; urgent: boolean }>({ defaultValues: { search: '', urgent: false } });
  const text = watch('search');
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const searching = query.length >= MIN_LENGTH;
  const { data, loading } = useQuery(
    AgendaSearchQuery,
    searching
      ? {
          variables: {
            vastlopers: { search: query, allianceId, statuses: ['OPEN', 'IN_BEHANDELING', 'GEPARKEERD'] },
            doorbraken: { search: query, allianceId },
          },
          fetchPolicy: 'network-only',
        }
      : skipToken,
  );
  const results: (AgendaCandidate & { status: string })[] = searching
    ? [
        ...(data?.vastlopers.edges ?? []).map(({ node }) => ({ kind: 'VASTLOPER' as const, id: node.id, title: node.title, status: t(`common:enums.vastloperStatus.${node.status}`) })),
        ...(data?.doorbraken.edges ?? []).map(({ node }) => ({ kind: 'DOORBRAAK' as const, id: node.id, title: node.title, status: t(`common:enums.doorbraakStatus.${node.status}`) })),
      ]
    : [];
  const status = !searching ? '' : loading && !data ? t('add.searching') : results.length === 0 ? t('add.noResults', { query }) : t('add.results', { count: results.length });

  return (
    <section className="db-agenda-search" aria-labelledby="agenda-search-heading">
      <Heading level={3} id="agenda-search-heading">
        {t('add.searchHeading')}
      </Heading>
      <TextField type="search" label={t('add.searchLabel')} description={t('add.searchDescription')} autoComplete="off" registration={register('search')} />
      {canAddUrgent ? <CheckboxField label={t('add.urgent')} registration={register('urgent')} /> : null}
      <p role="status" aria-live="polite" className="db-summary">
        {status}
      </p>
      {results.length > 0 ? (
        <ul className="db-agenda-search__results" aria-label={t('add.resultsLabel')}>
          {results.map((result) => {
            const kind = result.kind === 'VASTLOPER' ? t('items.vastloper') : t('items.doorbraak');
            return (
              <li key={result.id}>
                <span className="db-agenda-search__title">{result.title}</span>
                <span className="db-agenda-search__meta">
                  {kind} · {result.status}
                </span>
                <Button
                  className="db-button--small"
                  appearance="secondary-action-button"
                  aria-label={t('add.addResultLabel', { kind: kind.toLowerCase(), title: result.title })}
                  busy={adding === result.id}
                  onClick={() => {
                    setAdding(result.id);
                    void onAdd(result, canAddUrgent && getValues('urgent')).then((ok) => {
                      setAdding(null);
                      if (ok) {
                        reset();
                      }
                    });
                  }}
                >
                  {t('add.addResult')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
};
