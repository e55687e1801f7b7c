import { useMutation, useQuery } from '@apollo/client/react';
import { AgendaChangedSubscription, MeQuery, toUserError, useLiveReconnected, useLiveSubscription, useSerialRefetch, type AgendaItemFieldsFragment } from '@doorbraak/web-data-access';
import { ConfirmAction, ErrorState, Heading, LoadingState, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AgendaAmendments } from '../components/agenda-amendments.component';
import { AgendaItemForm, type AgendaItemFormValues } from '../components/agenda-item-form.component';
import { AgendaList, type AgendaItemMarks } from '../components/agenda-list.component';
import { AgendaSearch, type AgendaCandidate } from '../components/agenda-search.component';
import { AgendaTime } from '../components/agenda-time.component';
import { MeetingHeader } from '../components/meeting-header.component';
import { OpenCommitments } from '../components/open-commitments.component';
import { AddAgendaItemMutation } from '../graphql/add-agenda-item.mutation';
import { CarryOverAgendaItemMutation } from '../graphql/carry-over-agenda-item.mutation';
import { MeetingAgendaQuery } from '../graphql/meeting-agenda.query';
import { MoveAgendaItemMutation } from '../graphql/move-agenda-item.mutation';
import { PublishAgendaMutation } from '../graphql/publish-agenda.mutation';
import { RemoveAgendaItemMutation } from '../graphql/remove-agenda-item.mutation';
import { UpdateAgendaItemMutation } from '../graphql/update-agenda-item.mutation';
import { agendaNamespace } from '../i18n/agenda.translations';
import '../agenda.css';

type Person = { id: string; name: string };

export const AgendaPage = () => {
  const { t } = useTranslation([agendaNamespace, 'common']);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MeetingAgendaQuery, { variables: { id } });
  const me = useQuery(MeQuery).data?.me;
  // Announcements for screen readers (and shown): moves, additions, live changes by others, failures.
  const [message, setMessage] = useState<{ text: string; failed: boolean; n: number } | null>(null);
  const announce = (text: string, failed = false) => setMessage((previous) => ({ text, failed, n: (previous?.n ?? 0) + 1 }));
  const fail = (cause: unknown) => {
    announce(t('items.failed', { reason: t(`common:${toUserError(cause).messageKey}`) }), true);
    return false;
  };
  const reload = useSerialRefetch(refetch);

  const [add, addState] = useMutation(AddAgendaItemMutation);
  const [update] = useMutation(UpdateAgendaItemMutation);
  const [remove] = useMutation(RemoveAgendaItemMutation);
  const [move] = useMutation(MoveAgendaItemMutation);
  const [carryOver] = useMutation(CarryOverAgendaItemMutation);
  const [publish, publishState] = useMutation(PublishAgendaMutation);

  // Someone changed the agenda (this person too, in another tab, or the escalation ladder): read it afresh.
  useLiveSubscription(
    AgendaChangedSubscription,
    ({ agendaChanged }) => {
      reload();
      // What is recorded during the meeting (minutes, decisions) does not change the agenda itself.
      if (agendaChanged.actor?.id !== me?.id && agendaChanged.kind !== 'RECORDED') {
        announce(agendaChanged.actor ? t('items.liveUpdate', { name: agendaChanged.actor.name }) : t('items.liveUpdateSystem'));
      }
    },
    { meetingId: id },
  );
  useLiveReconnected(reload);

  const meeting = data?.meeting;
  const presenters = useMemo(() => {
    if (!meeting) return [];
    const people = new Map<string, string>();
    const note = (person: Person | null | undefined) => person && people.set(person.id, person.name);
    meeting.attendees.forEach((attendee) => note(attendee.person));
    note(meeting.alliance?.chair);
    meeting.alliance?.rijksvertegenwoordigers.forEach((rv) => note(rv.person));
    meeting.alliance?.partners.forEach((partner) => partner.representatives.forEach(note));
    meeting.agenda.forEach((item) => note(item.presenter));
    return [...people].map(([personId, name]) => ({ id: personId, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, [meeting]);
  const marks = useMemo(() => {
    const byItem = new Map<string, AgendaItemMarks>();
    for (const amendment of meeting?.amendments ?? []) {
      if (amendment.agendaItemId && amendment.change !== 'REMOVED') {
        const previous = byItem.get(amendment.agendaItemId);
        byItem.set(amendment.agendaItemId, { amended: true, urgent: Boolean(previous?.urgent) || amendment.urgent });
      }
    }
    return byItem;
  }, [meeting]);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !meeting) {
    return (
      <>
        <PageHeading>{t('loadError')}</PageHeading>
        <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={reload} />
      </>
    );
  }

  const published = meeting.status === 'AGENDA_PUBLISHED';
  const can = meeting.viewerCan;
  // On a published agenda editing is the programme director's (meeting.manage), who may also add urgent items.
  const canAddUrgent = published && can.editAgenda;

  const addItem = async (input: { title: string; kind: AgendaItemFormValues['kind']; minutesAllotted?: number; presenterId?: string | null; vastloperId?: string; doorbraakId?: string; urgent?: boolean }) => {
    try {
      const result = await add({ variables: { meetingId: meeting.id, input } });
      const item = result.data?.addAgendaItem;
      await refetch();
      if (item) announce(t('add.added', { title: item.title, position: item.position }));
      return true;
    } catch (cause) {
      return fail(cause);
    }
  };

  const onAddCandidate = (candidate: AgendaCandidate, urgent: boolean) =>
    addItem({
      title: candidate.title,
      kind: urgent ? 'ESCALATION' : 'DISCUSSION',
      ...(candidate.kind === 'VASTLOPER' ? { vastloperId: candidate.id } : { doorbraakId: candidate.id }),
      ...(urgent ? { urgent: true } : {}),
    });

  return (
    <article className="db-agenda-page">
      <MeetingHeader meeting={meeting} current="agenda" />
      <div role="status" aria-live="polite" className={message ? `db-agenda-status${message.failed ? ' db-agenda-status--failed' : ''}` : undefined}>
        {message ? <span key={message.n}>{message.text}</span> : null}
      </div>
      {can.publishAgenda ? (
        <section className="db-section db-card" aria-labelledby="publish-heading">
          <Heading level={2} id="publish-heading">
            {t('publish.heading')}
          </Heading>
          <Paragraph>{t('publish.intro')}</Paragraph>
          <ConfirmAction
            label={t('publish.button')}
            question={t('publish.question')}
            confirmLabel={t('publish.confirm')}
            danger={false}
            busy={publishState.loading}
            onConfirm={() =>
              void publish({ variables: { meetingId: meeting.id } })
                .then(() => announce(t('publish.done')))
                .catch(fail)
            }
          />
        </section>
      ) : null}
      <section className="db-section" aria-labelledby="agenda-items-heading">
        <Heading level={2} id="agenda-items-heading">
          {t('items.heading')}
        </Heading>
        <AgendaTime {...meeting.agendaTime} />
        <AgendaList
          items={meeting.agenda}
          canEdit={can.editAgenda}
          canCarryOver={can.carryOver}
          published={published}
          marks={marks}
          presenters={presenters}
          announce={announce}
          onMove={(itemId, position) =>
            move({ variables: { id: itemId, position } })
              .then(() => true)
              .catch(fail)
          }
          onSave={(itemId, values) =>
            update({ variables: { id: itemId, input: { title: values.title, kind: values.kind, minutesAllotted: values.minutesAllotted, presenterId: values.presenterId || null } } })
              .then(async ({ data: saved }) => {
                await refetch();
                announce(t('items.saved', { title: saved?.updateAgendaItem.title ?? values.title }));
                return true;
              })
              .catch(fail)
          }
          onRemove={(item: AgendaItemFieldsFragment) =>
            remove({ variables: { id: item.id } })
              .then(() => {
                announce(t('items.removed', { title: item.title }));
                return true;
              })
              .catch(fail)
          }
          onCarryOver={(item: AgendaItemFieldsFragment) =>
            carryOver({ variables: { id: item.id } })
              .then(() => {
                announce(t('items.carriedOverDone', { title: item.title }));
                return true;
              })
              .catch(fail)
          }
        />
      </section>
      {can.editAgenda ? (
        <section className="db-section" aria-labelledby="agenda-add-heading">
          <Heading level={2} id="agenda-add-heading">
            {t('add.heading')}
          </Heading>
          {published ? <Paragraph className="db-agenda__note">{t('add.amendmentNote')}</Paragraph> : null}
          <div className="db-agenda-add">
            <AgendaSearch allianceId={meeting.alliance?.id ?? null} canAddUrgent={canAddUrgent} onAdd={onAddCandidate} />
            <AgendaItemForm
              heading={t('add.freeHeading')}
              headingId="agenda-free-heading"
              submitLabel={t('add.freeSubmit')}
              presenters={presenters}
              busy={addState.loading}
              onSubmit={(values) => addItem({ title: values.title, kind: values.kind, minutesAllotted: values.minutesAllotted, presenterId: values.presenterId || null })}
            />
          </div>
        </section>
      ) : null}
      {published || meeting.amendments.length > 0 ? <AgendaAmendments amendments={meeting.amendments} /> : null}
      {meeting.type === 'ALLIANTIE' ? <OpenCommitments commitments={meeting.openCommitments} /> : null}
    </article>
  );
};
