import type { SimilarityTriageFilter, VastloperCategory } from '@doorbraak/web-data-access';

// The periods offered; the URL keeps the choice (Dutch parameter names), so reload and back keep it.
export const TRIAGE_WEEKS = [2, 4, 8] as const;
export const DEFAULT_WEEKS = 4;

export const triageFilterFrom = (params: URLSearchParams): SimilarityTriageFilter => {
  const weeks = Number(params.get('weken'));
  const filter: SimilarityTriageFilter = { weeks: (TRIAGE_WEEKS as readonly number[]).includes(weeks) ? weeks : DEFAULT_WEEKS };
  const alliance = params.get('alliantie');
  if (alliance) filter.allianceId = alliance;
  const category = params.get('categorie');
  if (category) filter.category = category as VastloperCategory;
  return filter;
};
