import { Button } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

export type LoadMoreProps = {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => unknown;
  label?: string;
};

// "Meer tonen" under a list that is longer than the page shown; nothing once the whole list is there.
export const LoadMore = ({ hasMore, loading, onLoadMore, label }: LoadMoreProps) => {
  const { t } = useTranslation('common');
  if (!hasMore) return null;
  return (
    <div className="db-pager">
      <Button appearance="secondary-action-button" busy={loading} onClick={() => void onLoadMore()}>
        {label ?? t('state.loadMore')}
      </Button>
    </div>
  );
};
