import { can, type Actor } from '@doorbraak/domain';
import { vastloperVisibility } from '@doorbraak/server-vastlopers';

export type SqlCondition = { readonly where: string; readonly params: Record<string, unknown> };

// The stays a dossier counts as carrying: the current ones, and for a closed dossier those its closing
// (or its merge into another) ended, so a closed dossier still shows what it was about.
export const carriedBy = (membership: string): string => `(${membership}.left_at IS NULL OR ${membership}.left_via IN ('CLOSED', 'MERGE'))`;

export const seesAllDossiers = (actor: Actor): boolean => can(actor, 'national.read', { allianceId: null });

// Who acknowledges and answers for the ministry: the dossier's named owner there or, as for a vastloper at the
// national rungs, a national coordinator.
export const answersForMinistry = (actor: Actor, dossier: { ministryOwnerId: string | null }): boolean =>
  dossier.ministryOwnerId === actor.personId || can(actor, 'item.answerNationally', { allianceId: null });

// National coordinators read every dossier; the owner at the ministry the dossiers they own; anyone else the
// dossiers that carry a vastloper they may read (confidentiality included), in SQL.
export const dossierVisibility = (actor: Actor, alias: string): SqlCondition => {
  if (seesAllDossiers(actor)) {
    return { where: 'TRUE', params: {} };
  }
  const items = vastloperVisibility(actor, 'visible_v');
  return {
    where: `(${alias}.ministry_owner_id = :dossierViewer OR EXISTS (SELECT 1 FROM dossier_membership visible_m
                     JOIN vastloper visible_v ON visible_v.id = visible_m.vastloper_id
                     WHERE visible_m.dossier_id = ${alias}.id AND ${carriedBy('visible_m')} AND ${items.where}))`,
    params: { ...items.params, dossierViewer: actor.personId },
  };
};
