import { useQuery } from '@apollo/client/react';
import { alliancesOf, MeQuery, toUserError } from '@doorbraak/web-data-access';
import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** The alliances the viewer can log an item for, and whether they are still loading. */
export const useViewerAlliances = () => {
  const { data, loading } = useQuery(MeQuery);
  return { alliances: data ? alliancesOf(data.me) : [], loading: loading && !data };
};

/**
 * Saving a vastloper or doorbraak form: an input error that names a field (or the title) goes beside
 * that field, any other refusal into `failure`.
 */
export const useItemSave = <T extends FieldValues & { title: string }>(setError: UseFormSetError<T>) => {
  const { t } = useTranslation('common');
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (values: T, work: () => Promise<unknown>): Promise<void> => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      const userError = toUserError(error);
      const message = t(userError.messageKey);
      if (userError.field && userError.field in values) {
        setError(userError.field as FieldPath<T>, { message }, { shouldFocus: true });
      } else if (userError.code === 'TITLE_REQUIRED' || userError.code === 'TITLE_TOO_LONG') {
        setError('title' as FieldPath<T>, { message }, { shouldFocus: true });
      } else {
        setFailure(message);
      }
    }
  };
  return { failure, save };
};
