export { daysBetween, formatDate, formatDateTime, formatNumber, TIME_ZONE, toLocale } from './lib/format.util';
export {
  commonNamespace,
  commonTranslations,
  createI18n,
  defaultLanguage,
  isSupportedLanguage,
  supportedLanguages,
} from './lib/i18n/i18n.setup';
export type { SupportedLanguage, TranslationBundle, TranslationTree } from './lib/i18n/i18n.setup';
export { missingTranslationKeys } from './lib/i18n/translation-keys';
export * from './lib/design-system/design-system';
export { CheckboxField, SelectField, TextareaField, TextField } from './lib/forms/form-fields.component';
export type { SelectFieldProps, TextFieldProps } from './lib/forms/form-fields.component';
export { errorSummaryItems, fieldId, formFields, useFormWithSummary } from './lib/forms/form-errors';
export type { FormFields } from './lib/forms/form-errors';
export { AppLink, AppNavLink } from './lib/components/app-link.component';
export { PageLinks } from './lib/components/page-links.component';
export { ConfirmAction } from './lib/components/confirm-action.component';
export type { ConfirmActionProps } from './lib/components/confirm-action.component';
export { ErrorSummary } from './lib/components/error-summary.component';
export type { ErrorSummaryItem } from './lib/components/error-summary.component';
export { Dialog, DialogForm } from './lib/components/dialog.component';
export type { DialogFormProps, DialogProps } from './lib/components/dialog.component';
export { EmptyState } from './lib/components/empty-state.component';
export { LoadMore } from './lib/components/load-more.component';
export type { EmptyStateProps } from './lib/components/empty-state.component';
export { ErrorState } from './lib/components/error-state.component';
export type { ErrorStateProps } from './lib/components/error-state.component';
export { LanguageSwitch } from './lib/components/language-switch.component';
export { LoadingState } from './lib/components/loading-state.component';
export type { LoadingStateProps } from './lib/components/loading-state.component';
export { PageHeading } from './lib/components/page-heading.component';
export type { PageHeadingProps } from './lib/components/page-heading.component';
export { DataTable } from './lib/components/data-table.component';
export type { DataTableColumn, DataTableProps } from './lib/components/data-table.component';
export { FailureAlert, FormButtons, FormShell } from './lib/components/form-shell.component';
export type { FormButtonsProps, FormShellProps } from './lib/components/form-shell.component';
export { StatusMessage } from './lib/components/status-message.component';
export { DownloadButtons, type DownloadButtonsProps, type DownloadGroup } from './lib/components/download-buttons.component';
export type { StatusMessageValue } from './lib/components/status-message.component';
export { Facts } from './lib/components/facts.component';
export { SimilarMatch, similarStrength } from './lib/components/similar-match.component';
export type { SimilarMatchView, SimilarReasonView } from './lib/components/similar-match.component';
export { withParams } from './lib/url-params.util';
export { MinistryAnswer, type MinistryAnswerActions, type MinistryAnswerProps, type MinistryAnswerTime } from './lib/components/ministry-answer.component';
export { EscalationEventLine, type EscalationEventView } from './lib/components/escalation-event-line.component';
