import { Alert, AppLink, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { meetingsNamespace } from './i18n/meetings.translations';

type Screen = 'meetings';

// The API already links here (e-mails, notifications); part 2 of the web client fills these screens.
export const PlaceholderPage = ({ screen }: { screen: Screen }) => {
  const { t } = useTranslation(meetingsNamespace);
  return (
    <section>
      <PageHeading>{t(screen)}</PageHeading>
      <Alert type="info">
        <Paragraph>{t('comingSoon')}</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to="/">{t('back')}</AppLink>
      </Paragraph>
    </section>
  );
};
