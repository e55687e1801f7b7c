import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
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
    <div role="alert" className="db-state db-state--error">
      <Alert type="error">
        <Heading level={2} appearanceLevel={4} className="db-state__title">
          {title ?? t('state.errorTitle')}
        </Heading>
        <Paragraph className="db-state__message">{message}</Paragraph>
        {onRetry ? (
          <Button appearance="secondary-action-button" onClick={onRetry}>
            {retryLabel ?? t('state.retry')}
          </Button>
        ) : null}
      </Alert>
    </div>
  );
};
