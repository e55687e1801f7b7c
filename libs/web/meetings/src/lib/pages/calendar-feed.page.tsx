import { useMutation, useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError } from '@doorbraak/web-data-access';
import {
  ActionGroup,
  Alert,
  AppLink,
  Button,
  ConfirmAction,
  ErrorState,
  formatDate,
  Heading,
  LoadingState,
  OrderedList,
  OrderedListItem,
  PageHeading,
  Paragraph,
} from '@doorbraak/web-ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarFeedQuery } from '../graphql/calendar-feed.query';
import { CreateCalendarFeedMutation } from '../graphql/create-calendar-feed.mutation';
import { RevokeCalendarFeedMutation } from '../graphql/revoke-calendar-feed.mutation';
import { meetingsNamespace } from '../i18n/meetings.translations';

type Notice = { ok: boolean; text: string };

// The person's private iCalendar address: made, replaced or revoked here; shown only right after it is made.
export const CalendarFeedPage = () => {
  const { t, i18n } = useTranslation([meetingsNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const { data, loading, error, refetch } = useQuery(CalendarFeedQuery, { fetchPolicy: 'network-only' });
  const [create, creating] = useMutation(CreateCalendarFeedMutation);
  const [revoke, revoking] = useMutation(RevokeCalendarFeedMutation);
  const [address, setAddress] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = async (work: () => Promise<void>) => {
    setNotice(null);
    try {
      await work();
    } catch (failed) {
      setNotice({ ok: false, text: `${t('feed.failed')}: ${t(`common:${toUserError(failed).messageKey}`)}` });
    }
  };
  const makeAddress = () =>
    run(async () => {
      const result = await create();
      setAddress(result.data?.createCalendarFeed.url ?? null);
      await refetch();
    });
  const revokeAddress = () =>
    run(async () => {
      await revoke();
      setAddress(null);
      await refetch();
      setNotice({ ok: true, text: t('feed.revoked') });
    });

  const state = () => {
    if (loading && !data) return <LoadingState label={t('feed.loading')} />;
    if (error || !data) {
      return <ErrorState title={t('feed.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />;
    }
    const feed = data.calendarFeed;
    if (!feed.active) {
      return (
        <>
          <Paragraph>{t('feed.none')}</Paragraph>
          <Button appearance="primary-action-button" busy={creating.loading} onClick={() => void makeAddress()}>
            {t('feed.create')}
          </Button>
        </>
      );
    }
    return (
      <>
        {address ? <FeedAddress address={address} /> : null}
        <Paragraph>{t('feed.active', { date: feed.createdAt ? formatDate(feed.createdAt, language) : '' })}</Paragraph>
        {address ? null : <Paragraph>{t('feed.activeHidden')}</Paragraph>}
        <ActionGroup>
          <ReplaceAction busy={creating.loading} onConfirm={() => void makeAddress()} />
          <ConfirmAction
            label={t('feed.revoke')}
            question={t('feed.revokeQuestion')}
            confirmLabel={t('feed.revokeConfirm')}
            busy={revoking.loading}
            onConfirm={() => void revokeAddress()}
          />
        </ActionGroup>
      </>
    );
  };

  return (
    <section>
      <PageHeading intro={t('feed.intro')}>{t('feed.title')}</PageHeading>
      <Paragraph>{t('feed.what')}</Paragraph>
      <Heading level={2} className="db-section">
        {t('feed.howTitle')}
      </Heading>
      <OrderedList>
        <OrderedListItem>{t('feed.how1')}</OrderedListItem>
        <OrderedListItem>{t('feed.how2')}</OrderedListItem>
        <OrderedListItem>{t('feed.how3')}</OrderedListItem>
      </OrderedList>
      <Alert type="warning">
        <Paragraph>{t('feed.onceWarning')}</Paragraph>
      </Alert>
      <div className="db-section">
        <div role="status" aria-live="polite">
          {notice ? (
            <Alert type={notice.ok ? 'ok' : 'error'}>
              <Paragraph>{notice.text}</Paragraph>
            </Alert>
          ) : null}
        </div>
        {state()}
      </div>
      <Paragraph className="db-section">
        <AppLink to={WEB_PATHS.meetings()}>{t('feed.back')}</AppLink>
      </Paragraph>
    </section>
  );
};

// Replacing revokes the current address, so it asks first, like revoking (but it is not a danger action).
const ReplaceAction = ({ busy, onConfirm }: { busy: boolean; onConfirm: () => void }) => {
  const { t } = useTranslation([meetingsNamespace, 'common']);
  return <ConfirmAction label={t('feed.replace')} question={t('feed.replaceQuestion')} confirmLabel={t('feed.replaceConfirm')} busy={busy} danger={false} onConfirm={onConfirm} />;
};

const FeedAddress = ({ address }: { address: string }) => {
  const { t } = useTranslation([meetingsNamespace, 'common']);
  const [copied, setCopied] = useState<boolean | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
    } catch {
      // Without clipboard access the address is selected, so the person can copy it themselves.
      input.current?.select();
      setCopied(false);
    }
  };

  return (
    <div className="db-section">
      <Alert type="ok">
        <Paragraph>{t('feed.created')}</Paragraph>
      </Alert>
      <div className="db-feed-address">
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={id}>
              {t('feed.address')}
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <input
              ref={input}
              id={id}
              className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only"
              type="url"
              readOnly
              value={address}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
        </div>
        <Button appearance="secondary-action-button" onClick={() => void copy()}>
          {t('feed.copy')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {copied === null ? null : <Paragraph>{copied ? `✓ ${t('feed.copied')}` : t('feed.copyFailed')}</Paragraph>}
      </div>
    </div>
  );
};
