import { useTranslation } from 'react-i18next';
import { supportedLanguages } from '../i18n/i18n.setup';

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation('common');
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="db-language-switch" role="group" aria-label={t('languageSwitch.label')}>
      {supportedLanguages.map((language) => (
        <button
          key={language}
          type="button"
          className="db-language-switch__option"
          lang={language}
          aria-pressed={current === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {/* The accessible name must contain the visible code (WCAG 2.5.3), so the full name is only added. */}
          {t(`languageSwitch.${language}Short`)}
          <span className="db-visually-hidden"> {t(`languageSwitch.${language}`)}</span>
        </button>
      ))}
    </div>
  );
};
