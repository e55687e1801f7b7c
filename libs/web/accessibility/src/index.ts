export { accessibilityRoutes } from './lib/accessibility.routes';
export { accessibilityNamespace, accessibilityTranslations } from './lib/i18n/accessibility.translations';
