import { useMutation, useQuery } from '@apollo/client/react';
import { toUserError, type NotificationDelivery, type NotificationKind } from '@doorbraak/web-data-access';
import {
  ErrorState,
  LoadingState,
  PageHeading,
  Radio,
  StatusMessage,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationPreferencesQuery } from './graphql/preferences.query';
import { SetNotificationPreferenceMutation } from './graphql/set-preference.mutation';
import { notificationsNamespace } from './i18n/notifications.translations';

const DELIVERIES: readonly NotificationDelivery[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'OFF'];

export const PreferencesPage = () => {
  const { t } = useTranslation([notificationsNamespace, 'common']);
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery);
  const [setPreference] = useMutation(SetNotificationPreferenceMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const choose = (kind: NotificationKind, delivery: NotificationDelivery) =>
    void setPreference({ variables: { kind, delivery } })
      .then(() =>
        setMessage({
          ok: true,
          text: t('preferences.saved', { kind: t(`common:enums.notificationKind.${kind}`), delivery: t(`common:enums.delivery.${delivery}`) }),
        }),
      )
      .catch((failure: unknown) => setMessage({ ok: false, text: t(`common:${toUserError(failure).messageKey}`) }));

  let content;
  if (loading && !data) content = <LoadingState />;
  else if (error || !data) {
    content = <ErrorState title={t('preferences.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch()} />;
  } else {
    content = (
      <Table className="db-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('title')}</TableHeaderCell>
            {DELIVERIES.map((delivery) => (
              <TableHeaderCell key={delivery} scope="col">
                {t(`common:enums.delivery.${delivery}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.notificationPreferences.map((preference) => (
            <TableRow key={preference.kind}>
              <TableHeaderCell scope="row" id={`kind-${preference.kind}`}>
                {t(`common:enums.notificationKind.${preference.kind}`)}
              </TableHeaderCell>
              {DELIVERIES.map((delivery) => (
                <TableCell key={delivery}>
                  <Radio
                    name={`delivery-${preference.kind}`}
                    aria-label={`${t(`common:enums.notificationKind.${preference.kind}`)}: ${t(`common:enums.delivery.${delivery}`)}`}
                    defaultChecked={preference.delivery === delivery}
                    onChange={() => choose(preference.kind, delivery)}
                  />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }

  return (
    <section>
      <PageHeading intro={t('preferences.intro')}>{t('preferences.title')}</PageHeading>
      <StatusMessage message={message} />
      {content}
    </section>
  );
};
