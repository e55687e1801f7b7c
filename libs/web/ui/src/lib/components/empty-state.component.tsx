import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type EmptyStateProps = {
  title?: string;
  children?: ReactNode;
};

export const EmptyState = ({ title, children }: EmptyStateProps) => {
  const { t } = useTranslation('common');
  return (
    <div className="db-state db-state--empty">
      <Paragraph className="db-state__title">{title ?? t('state.empty')}</Paragraph>
      {children ? <div className="db-state__message">{children}</div> : null}
    </div>
  );
};
