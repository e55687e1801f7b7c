import type { EscalationRung, VastloperFilter, VastloperOrder, VastloperStatus, DoorbraakFilter, DoorbraakStatus } from '@doorbraak/web-data-access';

// Filters, page and view live in the URL (Dutch parameter names), so back/forward and reload keep them.
export const OPEN_STATUSES: VastloperStatus[] = ['OPEN', 'IN_BEHANDELING'];

export const vastloperFilterFrom = (params: URLSearchParams): VastloperFilter => {
  const filter: VastloperFilter = {};
  const search = params.get('zoek')?.trim();
  if (search) filter.search = search;
  const status = params.get('status');
  if (status === 'lopend' || status === null) filter.statuses = OPEN_STATUSES;
  else if (status !== 'alle') filter.statuses = [status as VastloperStatus];
  const rung = params.get('trede');
  if (rung) filter.rung = rung as EscalationRung;
  const category = params.get('categorie');
  if (category) filter.category = category as VastloperFilter['category'];
  const actielijn = params.get('actielijn');
  if (actielijn) filter.actielijn = actielijn as VastloperFilter['actielijn'];
  const ministry = params.get('ministerie');
  if (ministry) filter.ministry = ministry as VastloperFilter['ministry'];
  const alliance = params.get('alliantie');
  if (alliance) filter.allianceId = alliance;
  if (params.get('vastgelopen') === 'ja') filter.stalledOnly = true;
  if (params.get('overtijd') === 'ja') filter.overdueAtTop = true;
  return filter;
};

// The list's order: newest first unless the URL asks for the longest without progress first.
export const LONGEST_WITHOUT_PROGRESS = 'langst-zonder-voortgang';
export const vastloperOrderFrom = (params: URLSearchParams): VastloperOrder =>
  params.get('volgorde') === LONGEST_WITHOUT_PROGRESS ? 'LONGEST_WITHOUT_PROGRESS' : 'NEWEST';

export const doorbraakFilterFrom = (params: URLSearchParams): DoorbraakFilter => {
  const filter: DoorbraakFilter = {};
  const search = params.get('zoek')?.trim();
  if (search) filter.search = search;
  const status = params.get('status');
  if (status && status !== 'alle') filter.statuses = [status as DoorbraakStatus];
  const rung = params.get('trede');
  if (rung) filter.rung = rung as EscalationRung;
  const kind = params.get('soort');
  if (kind) filter.kind = kind as DoorbraakFilter['kind'];
  if (params.get('vastgelopen') === 'ja') filter.stalledOnly = true;
  return filter;
};

export { withParams } from '@doorbraak/web-ui';
