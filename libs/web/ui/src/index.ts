export { formatNumber, toLocale } from './lib/format.util';
export {
  commonNamespace,
  commonTranslations,
  createI18n,
  defaultLanguage,
  isSupportedLanguage,
  supportedLanguages,
} from './lib/i18n/i18n.setup';
export type { SupportedLanguage, TranslationBundle, TranslationTree } from './lib/i18n/i18n.setup';
export { EmptyState } from './lib/components/empty-state.component';
export type { EmptyStateProps } from './lib/components/empty-state.component';
export { ErrorState } from './lib/components/error-state.component';
export type { ErrorStateProps } from './lib/components/error-state.component';
export { LanguageSwitch } from './lib/components/language-switch.component';
export { LoadingState } from './lib/components/loading-state.component';
export type { LoadingStateProps } from './lib/components/loading-state.component';
export { PageHeading } from './lib/components/page-heading.component';
export type { PageHeadingProps } from './lib/components/page-heading.component';
