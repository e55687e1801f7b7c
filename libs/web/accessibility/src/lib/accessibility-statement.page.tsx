import { Heading, PageHeading, Paragraph, UnorderedList, UnorderedListItem } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { accessibilityNamespace } from './i18n/accessibility.translations';

export const AccessibilityStatementPage = () => {
  const { t } = useTranslation(accessibilityNamespace);
  return (
    <article>
      <PageHeading intro={t('intro')}>{t('title')}</PageHeading>
      <Heading level={2}>{t('standard')}</Heading>
      <Paragraph>{t('standardText')}</Paragraph>
      <Heading level={2}>{t('checks')}</Heading>
      <UnorderedList>
        <UnorderedListItem>{t('checkAxe')}</UnorderedListItem>
        <UnorderedListItem>{t('checkKeyboard')}</UnorderedListItem>
        <UnorderedListItem>{t('checkLanguage')}</UnorderedListItem>
        <UnorderedListItem>{t('checkFocus')}</UnorderedListItem>
        <UnorderedListItem>{t('checkScreens')}</UnorderedListItem>
      </UnorderedList>
      <Heading level={2}>{t('status')}</Heading>
      <Paragraph>{t('statusText')}</Paragraph>
      <Heading level={2}>{t('contact')}</Heading>
      <Paragraph>{t('contactText')}</Paragraph>
      <Paragraph>{t('date')}</Paragraph>
    </article>
  );
};
