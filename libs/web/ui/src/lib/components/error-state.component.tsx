import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ErrorStateProps = {
  message: ReactNode;
  title?: string;
  onRetry?: () => void;
  retryLabel?: string;
};

export const ErrorState = ({ message, title, onRetry, retryLabel }: ErrorStateProps) => {
  const { t } = useTranslation('common');
  return (
    <div className="db-state db-state--error" role="alert">
      <p className="db-state__title">{title ?? t('state.errorTitle')}</p>
      <p className="db-state__message">{message}</p>
      {onRetry ? (
        <button type="button" className="db-button" onClick={onRetry}>
          {retryLabel ?? t('state.retry')}
        </button>
      ) : null}
    </div>
  );
};
