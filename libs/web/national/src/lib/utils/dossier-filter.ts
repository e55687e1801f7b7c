import type { DossierFilter, DossierStatus } from '@doorbraak/web-data-access';

// The statuses offered, in the order a dossier passes them; the URL keeps the choice.
export const DOSSIER_STATUSES: readonly DossierStatus[] = ['PROPOSED', 'OPEN', 'CLOSED'];

// An unknown status in the URL shows every dossier rather than an error.
export const dossierFilterFrom = (params: URLSearchParams): DossierFilter => {
  const status = params.get('status');
  return DOSSIER_STATUSES.some((known) => known === status) ? { statuses: [status as DossierStatus] } : {};
};
