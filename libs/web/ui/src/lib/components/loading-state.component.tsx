import { useTranslation } from 'react-i18next';

export type LoadingStateProps = {
  label?: string;
};

export const LoadingState = ({ label }: LoadingStateProps) => {
  const { t } = useTranslation('common');
  return (
    <div className="db-state db-state--loading" role="status" aria-live="polite">
      <span className="db-spinner" aria-hidden="true" />
      <span>{label ?? t('state.loading')}</span>
    </div>
  );
};
