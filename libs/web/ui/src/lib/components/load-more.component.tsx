import { Button } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type LoadMoreProps = {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => unknown;
  label?: string;
};

// "Meer tonen" under a list that is longer than the page shown. When the last page comes in through it, the
// button makes way for a line that says the whole list is shown, and focus moves there rather than to the page.
export const LoadMore = ({ hasMore, loading, onLoadMore, label }: LoadMoreProps) => {
  const { t } = useTranslation('common');
  const [used, setUsed] = useState(false);
  const awaiting = useRef(false);
  const wasLoading = useRef(loading);
  const end = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (awaiting.current && !hasMore) {
      awaiting.current = false;
      end.current?.focus();
    } else if (wasLoading.current && !loading) {
      awaiting.current = false;
    }
    wasLoading.current = loading;
  }, [hasMore, loading]);

  if (!hasMore) {
    return used ? (
      <p ref={end} tabIndex={-1} className="db-pager">
        {t('state.allShown')}
      </p>
    ) : null;
  }
  return (
    <div className="db-pager">
      <Button
        appearance="secondary-action-button"
        busy={loading}
        onClick={() => {
          awaiting.current = true;
          setUsed(true);
          void onLoadMore();
        }}
      >
        {label ?? t('state.loadMore')}
      </Button>
    </div>
  );
};
