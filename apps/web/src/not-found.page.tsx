import { AppLink, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';

export const NotFoundPage = () => {
  const { t } = useTranslation('common');
  return (
    <section>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{t('notFound.message')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('notFound.home')}</AppLink>
      </Paragraph>
    </section>
  );
};
