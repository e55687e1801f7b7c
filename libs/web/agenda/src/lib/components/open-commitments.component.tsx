import type { MeetingAgendaFragment } from '@doorbraak/web-data-access';
import { formatDate, Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { agendaNamespace } from '../i18n/agenda.translations';

// The standing item of every alliance table: commitments still open, longest open first.
export const OpenCommitments = ({ commitments }: { commitments: MeetingAgendaFragment['openCommitments'] }) => {
  const { t, i18n } = useTranslation(agendaNamespace);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <section className="db-section" aria-labelledby="commitments-heading">
      <Heading level={2} id="commitments-heading">
        {t('commitments.heading')}
      </Heading>
      <Paragraph>{t('commitments.intro')}</Paragraph>
      {commitments.length === 0 ? (
        <Paragraph>{t('commitments.empty')}</Paragraph>
      ) : (
        <div className="db-table-wrapper">
          <Table className="db-table db-table--compact">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('commitments.description')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('commitments.by')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('commitments.owner')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('commitments.due')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {commitments.map((commitment) => (
                <TableRow key={commitment.id}>
                  <TableCell>{commitment.description}</TableCell>
                  <TableCell>{commitment.committedByPartner?.name ?? '—'}</TableCell>
                  <TableCell>{commitment.owner?.name ?? '—'}</TableCell>
                  <TableCell>
                    {formatDate(commitment.dueDate, language)}
                    {commitment.overdue ? (
                      <>
                        {' '}
                        <span className="db-badge db-badge--error">{t('commitments.overdue')}</span>
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
};
