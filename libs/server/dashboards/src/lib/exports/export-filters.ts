import {
  ACTIELIJNEN,
  DOSSIER_STATUSES,
  ESCALATION_RUNGS,
  MINISTRIES,
  TEXT_RULES,
  textProblem,
  VASTLOPER_CATEGORIES,
  VASTLOPER_STATUSES,
  type Actielijn,
  type DossierStatus,
  type EscalationRung,
  type Ministry,
  type VastloperCategory,
  type VastloperStatus,
} from '@doorbraak/domain';
import { AccessError, requireUuid } from '@doorbraak/server-core';

// The filters of the screens, as query parameters: the same names and values as the GraphQL filters.
export type VastloperExportFilter = {
  allianceId?: string;
  statuses?: VastloperStatus[];
  rung?: EscalationRung;
  category?: VastloperCategory;
  actielijn?: Actielijn;
  ministry?: Ministry;
  stalledOnly?: boolean;
  overdueAtTop?: boolean;
  search?: string;
};

export type DossierExportFilter = { allianceId?: string; statuses?: DossierStatus[]; owningMinistry?: Ministry };

export type QueryParameters = Record<string, unknown>;

const invalidFilter = (message: string): AccessError => new AccessError('BAD_USER_INPUT', message, 'INVALID_FILTER');

// One value per parameter, except `status`, which may be repeated or comma-separated.
const single = (query: QueryParameters, name: string): string | undefined => {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidFilter(`The filter "${name}" takes one value.`);
  }
  return value.trim();
};

const oneOf = <T extends string>(query: QueryParameters, name: string, allowed: readonly T[]): T | undefined => {
  const value = single(query, name);
  if (value !== undefined && !allowed.includes(value as T)) {
    throw invalidFilter(`The filter "${name}" takes one of ${allowed.join(', ')}; "${value}" is none of them.`);
  }
  return value as T | undefined;
};

const statusesOf = <T extends string>(query: QueryParameters, allowed: readonly T[]): T[] | undefined => {
  const raw = query['status'];
  if (raw === undefined) return undefined;
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((value) => (typeof value === 'string' ? value.split(',') : [null]));
  if (values.some((value) => value === null || !allowed.includes(value.trim() as T))) {
    throw invalidFilter(`The filter "status" takes one or more of ${allowed.join(', ')}, separated by commas.`);
  }
  return [...new Set(values.map((value) => (value as string).trim() as T))];
};

const refuseUnknown = (query: QueryParameters, known: readonly string[]): void => {
  const unknown = Object.keys(query).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw invalidFilter(`Unknown filter ${unknown.map((name) => `"${name}"`).join(', ')}; the filters are ${known.join(', ')}.`);
  }
};

// A switch of the screen: only `true` narrows the list.
const flag = (query: QueryParameters, name: string): boolean | undefined => {
  const value = oneOf(query, name, ['true', 'false'] as const);
  return value === undefined ? undefined : value === 'true';
};

// The search box's text, under the same rules as the GraphQL filter's.
const searchOf = (query: QueryParameters): string | undefined => {
  const value = single(query, 'search');
  const problem = value === undefined ? null : textProblem(value, TEXT_RULES.search);
  if (problem) throw new AccessError('BAD_USER_INPUT', problem.message, problem.reason);
  return value;
};

const allianceOf = (query: QueryParameters): string | undefined => {
  const id = single(query, 'allianceId');
  return id === undefined ? undefined : requireUuid(id);
};

export const vastloperExportFilter = (query: QueryParameters): VastloperExportFilter => {
  refuseUnknown(query, ['allianceId', 'status', 'rung', 'category', 'actielijn', 'ministry', 'stalledOnly', 'overdueAtTop', 'search']);
  return {
    allianceId: allianceOf(query),
    statuses: statusesOf(query, VASTLOPER_STATUSES),
    rung: oneOf(query, 'rung', ESCALATION_RUNGS),
    category: oneOf(query, 'category', VASTLOPER_CATEGORIES),
    actielijn: oneOf(query, 'actielijn', ACTIELIJNEN),
    ministry: oneOf(query, 'ministry', MINISTRIES),
    stalledOnly: flag(query, 'stalledOnly'),
    overdueAtTop: flag(query, 'overdueAtTop'),
    search: searchOf(query),
  };
};

export const dossierExportFilter = (query: QueryParameters): DossierExportFilter => {
  refuseUnknown(query, ['allianceId', 'status', 'ministry']);
  return { allianceId: allianceOf(query), statuses: statusesOf(query, DOSSIER_STATUSES), owningMinistry: oneOf(query, 'ministry', MINISTRIES) };
};
