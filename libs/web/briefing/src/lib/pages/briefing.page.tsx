import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError, type BriefingActionItemFragment, type BriefingItemRefFragment, type BriefingMoveFieldsFragment, type BriefingPageQuery } from '@doorbraak/web-data-access';
import {
  AppLink,
  ErrorState,
  formatDate,
  formatDateTime,
  formatNumber,
  Heading,
  LoadingState,
  PageHeading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@doorbraak/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PdfDownload } from '../components/pdf-download.component';
import { MeetingBriefingQuery } from '../graphql/meeting-briefing.query';
import { briefingNamespace } from '../i18n/briefing.translations';
import '../briefing.css';

type Briefing = BriefingPageQuery['meetingBriefing'];

const itemPath = (item: { kind: string; id: string }): string => `/${item.kind === 'VASTLOPER' ? 'vastlopers' : 'doorbraken'}/${item.id}`;

// The ids without an update since the status request, to mark them wherever they appear.
const noUpdateIds = (briefing: Briefing): Set<string> =>
  new Set(briefing.noUpdate.flatMap((row) => [row.vastloperId, row.doorbraakId, row.actionItemId].filter((id): id is string => id !== null)));

export const BriefingPage = () => {
  const { t, i18n } = useTranslation([briefingNamespace, 'common']);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MeetingBriefingQuery, { variables: { meetingId: id } });
  const language = i18n.resolvedLanguage ?? 'nl';

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) {
    return (
      <>
        <PageHeading>{t('loadError')}</PageHeading>
        <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  }
  const briefing = data.meetingBriefing;
  const stale = noUpdateIds(briefing);
  const { totals } = briefing;
  const alliance = briefing.alliance.id;
  // A bounded list: its first lines, then how many more there are, with the full (paged, filtered) list where one exists.
  const more = (shown: number, total: number, to?: string) => <More count={total - shown} to={to} />;
  const sections: { id: string; title: string; count?: number; body: ReactNode }[] = [
    { id: 'besluiten', title: t('sections.decisionsNeeded'), count: briefing.decisionsNeeded.length, body: <DecisionsNeeded briefing={briefing} stale={stale} /> },
    {
      id: 'geen-update',
      title: t('sections.noUpdate'),
      count: totals.noUpdate,
      body: <NoUpdateList briefing={briefing} more={more(briefing.noUpdate.length, totals.noUpdate)} />,
    },
    {
      id: 'opgeschaald',
      title: t('sections.escalated'),
      count: totals.escalated,
      body: <Moves moves={briefing.escalated} stale={stale} more={more(briefing.escalated.length, totals.escalated)} />,
    },
    {
      id: 'teruggezet',
      title: t('sections.deEscalated'),
      count: totals.deEscalated,
      body: <Moves moves={briefing.deEscalated} stale={stale} more={more(briefing.deEscalated.length, totals.deEscalated)} />,
    },
    {
      id: 'vastgelopen',
      title: t('sections.stalledAtTop'),
      count: totals.stalledAtTop,
      body: (
        <Items
          items={briefing.stalledAtTop}
          stale={stale}
          more={more(briefing.stalledAtTop.length, totals.stalledAtTop, `${WEB_PATHS.vastlopers()}?${new URLSearchParams({ alliantie: alliance, overtijd: 'ja' })}`)}
        />
      ),
    },
    {
      id: 'ministerie',
      title: t('sections.answerOverdue'),
      count: totals.answerOverdue,
      body: <Items items={briefing.answerOverdue} stale={stale} more={more(briefing.answerOverdue.length, totals.answerOverdue)} />,
    },
    {
      id: 'doorbraken',
      title: t('sections.doorbrakenAchieved'),
      count: totals.doorbrakenAchieved,
      body: <Doorbraken briefing={briefing} more={more(briefing.doorbrakenAchieved.length, totals.doorbrakenAchieved)} />,
    },
    {
      id: 'nieuw',
      title: t('sections.newVastlopers'),
      count: totals.newVastlopers,
      body: <Items items={briefing.newVastlopers} stale={stale} more={more(briefing.newVastlopers.length, totals.newVastlopers)} />,
    },
    {
      id: 'actiepunten',
      title: t('sections.overdueActionItems'),
      count: totals.overdueActionItems,
      body: (
        <ActionItems
          items={briefing.overdueActionItems}
          stale={stale}
          show="due"
          more={more(
            briefing.overdueActionItems.length,
            totals.overdueActionItems,
            `${WEB_PATHS.actionItems()}?${new URLSearchParams({ alliantie: alliance, verlopen: 'ja' })}`,
          )}
        />
      ),
    },
    {
      id: 'toezeggingen',
      title: t('sections.openCommitments'),
      count: totals.openCommitments,
      body: (
        <ActionItems
          items={briefing.openCommitments}
          stale={stale}
          show="since"
          more={more(
            briefing.openCommitments.length,
            totals.openCommitments,
            `${WEB_PATHS.actionItems()}?${new URLSearchParams({ alliantie: alliance, soort: 'toezeggingen' })}`,
          )}
        />
      ),
    },
    { id: 'cijfers', title: t('sections.figures'), body: <Figures briefing={briefing} /> },
  ];

  return (
    <article className="db-briefing">
      <PageHeading
        documentTitle={t('title')}
        intro={t('intro', { alliance: briefing.alliance.name, date: formatDateTime(briefing.meeting.scheduledAt, language) })}
      >
        {t('heading', { meeting: briefing.meeting.title })}
      </PageHeading>
      <div className="db-briefing__about">
        <Paragraph>
          {briefing.previousMeeting
            ? t('period', { from: formatDate(briefing.from, language), to: formatDate(briefing.to, language) })
            : t('periodFirst', { to: formatDate(briefing.to, language) })}{' '}
          {briefing.preparedAt ? t('prepared', { date: formatDateTime(briefing.preparedAt, language) }) : t('notPrepared')}
        </Paragraph>
        {briefing.previousMeeting ? (
          <Paragraph>
            <AppLink to={WEB_PATHS.meeting(briefing.previousMeeting.id)}>
              {t('previous', { title: briefing.previousMeeting.title, date: formatDate(briefing.previousMeeting.scheduledAt, language) })}
            </AppLink>
          </Paragraph>
        ) : null}
        <Paragraph>
          <AppLink to={WEB_PATHS.meeting(briefing.meeting.id)}>{t('meetingLink')}</AppLink>
        </Paragraph>
        <PdfDownload meetingId={briefing.meeting.id} />
      </div>
      <nav className="db-briefing__contents" aria-labelledby="briefing-contents">
        <Heading level={2} appearanceLevel={4} id="briefing-contents">
          {t('contents')}
        </Heading>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a className="nl-link" href={`#${section.id}`}>
                {section.title}
                {section.count === undefined ? '' : ` (${formatNumber(section.count, language)})`}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.id} className="db-section db-briefing__section" aria-labelledby={section.id}>
          <Heading level={2} appearanceLevel={3} id={section.id} tabIndex={-1}>
            {section.title}
          </Heading>
          {section.body}
        </section>
      ))}
    </article>
  );
};

const NoUpdateMark = () => {
  const { t } = useTranslation(briefingNamespace);
  return (
    <span className="db-badge db-badge--warning db-briefing__no-update" title={t('noUpdateExplained')}>
      {t('noUpdateMark')}
    </span>
  );
};

// "En nog 12." under a list that holds only its first lines, with a link to the full list where there is one.
const More = ({ count, to }: { count: number; to?: string }) => {
  const { t, i18n } = useTranslation(briefingNamespace);
  if (count <= 0) return null;
  return (
    <Paragraph className="db-briefing__more">
      {t('more', { number: formatNumber(count, i18n.resolvedLanguage ?? 'nl') })}
      {to ? (
        <>
          {' '}
          <AppLink to={to}>{t('moreLink')}</AppLink>
        </>
      ) : null}
    </Paragraph>
  );
};

const None = () => {
  const { t } = useTranslation(briefingNamespace);
  return <Paragraph className="db-table__muted">{t('none')}</Paragraph>;
};

const ItemLink = ({ item, stale }: { item: BriefingItemRefFragment; stale: Set<string> }) => (
  <>
    <AppLink to={itemPath(item)}>{item.title}</AppLink>
    {stale.has(item.id) ? (
      <>
        {' '}
        <NoUpdateMark />
      </>
    ) : null}
  </>
);

const DecisionsNeeded = ({ briefing, stale }: { briefing: Briefing; stale: Set<string> }) => {
  const { t } = useTranslation([briefingNamespace, 'common']);
  if (briefing.decisionsNeeded.length === 0) return <None />;
  return (
    <ol className="db-briefing__list">
      {briefing.decisionsNeeded.map((agendaItem) => (
        <li key={agendaItem.id}>
          <p className="db-briefing__title">
            {agendaItem.position}. {agendaItem.item ? <ItemLink item={agendaItem.item} stale={stale} /> : agendaItem.title}
            {!agendaItem.item && agendaItem.noUpdate ? (
              <>
                {' '}
                <NoUpdateMark />
              </>
            ) : null}
          </p>
          <p className="db-briefing__meta">
            {t(`agendaKind.${agendaItem.kind}`)}
            {agendaItem.item && agendaItem.item.title !== agendaItem.title ? ` · ${agendaItem.title}` : ''}
            {agendaItem.item?.rung ? ` · ${t('rung', { rung: t(`common:enums.rung.${agendaItem.item.rung}`) })}` : ''}
          </p>
        </li>
      ))}
    </ol>
  );
};

const NoUpdateList = ({ briefing, more }: { briefing: Briefing; more: ReactNode }) => {
  const { t } = useTranslation(briefingNamespace);
  if (briefing.noUpdate.length === 0) return <None />;
  return (
    <>
      <Paragraph>{t('noUpdateExplained')}</Paragraph>
      <ul className="db-briefing__list">
        {briefing.noUpdate.map((row) => {
          const path = row.vastloperId
            ? WEB_PATHS.vastloper(row.vastloperId)
            : row.doorbraakId
              ? WEB_PATHS.doorbraak(row.doorbraakId)
              : row.actionItemId
                ? WEB_PATHS.actionItem(row.actionItemId)
                : null;
          return (
            <li key={`${row.source}-${row.vastloperId ?? row.doorbraakId ?? row.actionItemId ?? row.title}`}>
              <p className="db-briefing__title">
                {path ? <AppLink to={path}>{row.title}</AppLink> : row.title} <NoUpdateMark />
              </p>
              <p className="db-briefing__meta">
                {t(`source.${row.source}`, { defaultValue: row.source })} · {row.ownerName ? t('owner', { name: row.ownerName }) : t('noOwner')}
              </p>
            </li>
          );
        })}
      </ul>
      {more}
    </>
  );
};

type LinesProps<T> = {
  items: readonly T[];
  more?: ReactNode;
  keyOf: (item: T) => string;
  title: (item: T) => ReactNode;
  children: (item: T) => ReactNode;
};

// The lines of one briefing section: "nothing" when there are none, else per line its title and what follows it.
const Lines = <T,>({ items, more, keyOf, title, children }: LinesProps<T>) => {
  if (items.length === 0) return <None />;
  return (
    <>
      <ul className="db-briefing__list">
        {items.map((item) => (
          <li key={keyOf(item)}>
            <p className="db-briefing__title">{title(item)}</p>
            {children(item)}
          </li>
        ))}
      </ul>
      {more}
    </>
  );
};

const Moves = ({ moves, stale, more }: { moves: BriefingMoveFieldsFragment[]; stale: Set<string>; more: ReactNode }) => {
  const { t, i18n } = useTranslation([briefingNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <Lines items={moves} more={more} keyOf={(move) => `${move.item.id}-${move.at}`} title={(move) => <ItemLink item={move.item} stale={stale} />}>
      {(move) => (
        <>
          <p className="db-briefing__meta">
            {move.fromRung
              ? t('move', { from: t(`common:enums.rung.${move.fromRung}`), to: t(`common:enums.rung.${move.toRung}`) })
              : t('moveFromNowhere', { to: t(`common:enums.rung.${move.toRung}`) })}{' '}
            · {t('moveAt', { date: formatDate(move.at, language), cause: t(`common:enums.cause.${move.cause}`) })}
          </p>
          {move.reason ? <p className="db-briefing__meta">{t('reason', { reason: move.reason })}</p> : null}
        </>
      )}
    </Lines>
  );
};

const Items = ({ items, stale, more }: { items: BriefingItemRefFragment[]; stale: Set<string>; more: ReactNode }) => {
  const { t } = useTranslation([briefingNamespace, 'common']);
  return (
    <Lines items={items} more={more} keyOf={(item) => item.id} title={(item) => <ItemLink item={item} stale={stale} />}>
      {(item) => (
        <p className="db-briefing__meta">
          {t(`itemKind.${item.kind}`)}
          {item.rung ? ` · ${t('rung', { rung: t(`common:enums.rung.${item.rung}`) })}` : ''}
          {item.answerFlag !== 'NONE' ? (
            <>
              {' '}
              <span className="db-badge db-badge--error">{t(`common:enums.answerFlag.${item.answerFlag}`)}</span>
            </>
          ) : null}
        </p>
      )}
    </Lines>
  );
};

const Doorbraken = ({ briefing, more }: { briefing: Briefing; more: ReactNode }) => {
  const { t, i18n } = useTranslation([briefingNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <Lines
      items={briefing.doorbrakenAchieved}
      more={more}
      keyOf={(doorbraak) => doorbraak.id}
      title={(doorbraak) => <AppLink to={WEB_PATHS.doorbraak(doorbraak.id)}>{doorbraak.title}</AppLink>}
    >
      {(doorbraak) => (
        <>
          {doorbraak.impact ? <p className="db-briefing__impact">{t('impact', { impact: doorbraak.impact })}</p> : null}
          <p className="db-briefing__meta">
            {doorbraak.achievedAtRung
              ? t('achievedAtRung', { date: formatDate(doorbraak.achievedAt, language), rung: t(`common:enums.rung.${doorbraak.achievedAtRung}`) })
              : t('achievedAt', { date: formatDate(doorbraak.achievedAt, language) })}
          </p>
        </>
      )}
    </Lines>
  );
};

const ActionItems = ({ items, stale, show, more }: { items: BriefingActionItemFragment[]; stale: Set<string>; show: 'due' | 'since'; more: ReactNode }) => {
  const { t, i18n } = useTranslation(briefingNamespace);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <Lines
      items={items}
      more={more}
      keyOf={(item) => item.id}
      title={(item) => (
        <>
          <AppLink to={WEB_PATHS.actionItem(item.id)}>{item.description}</AppLink>
          {stale.has(item.id) ? (
            <>
              {' '}
              <NoUpdateMark />
            </>
          ) : null}
        </>
      )}
    >
      {(item) => (
        <p className="db-briefing__meta">
          {item.owner ? t('owner', { name: item.owner.name }) : t('noOwner')}
          {item.committedBy ? ` · ${t('committedBy', { party: item.committedByPartner?.name ?? t(`party.${item.committedBy}`) })}` : ''}
          {' · '}
          {show === 'due' ? t('due', { date: formatDate(item.dueDate, language) }) : t('openSince', { date: formatDate(item.createdAt, language) })}
        </p>
      )}
    </Lines>
  );
};

// Measures down, action lines across: at most five columns, so the table fits a tablet in portrait.
const Figures = ({ briefing }: { briefing: Briefing }) => {
  const { t, i18n } = useTranslation([briefingNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  if (briefing.figures.length === 0) return <None />;
  const measures = [
    ['openVastlopers', 'figures.open'],
    ['newVastlopers', 'figures.new'],
    ['resolvedVastlopers', 'figures.resolved'],
    ['escalated', 'figures.escalated'],
    ['deEscalated', 'figures.deEscalated'],
    ['doorbrakenAchieved', 'figures.doorbraken'],
  ] as const;
  return (
    <div className="db-table-wrapper" role="region" aria-labelledby="briefing-figures-caption" tabIndex={0}>
      <Table className="db-table db-briefing__figures">
        <TableCaption id="briefing-figures-caption">{t('figures.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('figures.measure')}</TableHeaderCell>
            {briefing.figures.map((column) => (
              <TableHeaderCell key={column.actielijn} scope="col" className="db-table__numeric">
                {t(`common:enums.actielijn.${column.actielijn}`, { defaultValue: t('figures.noActielijn') })}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {measures.map(([key, label]) => (
            <TableRow key={key}>
              <TableHeaderCell scope="row">{t(label)}</TableHeaderCell>
              {briefing.figures.map((column) => (
                <TableCell key={column.actielijn} className="db-table__numeric">
                  {formatNumber(column[key], language)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
