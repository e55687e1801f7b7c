import { alliancesWhere, type Actor } from '@doorbraak/domain';
import { vastloperVisibility, type SqlCondition } from '@doorbraak/server-vastlopers';

// Nobody judged the pair of the stored match under `alias` (a similar_vastloper row) "not similar".
// Dismissals are kept once per pair, the smaller id first, whichever side they were made from.
export const notDismissed = (alias: string): string =>
  `NOT EXISTS (SELECT 1 FROM similar_dismissal d WHERE d.first_id = LEAST(${alias}.vastloper_id, ${alias}.similar_id) AND d.second_id = GREATEST(${alias}.vastloper_id, ${alias}.similar_id))`;

// The items under `alias` whose similar items the caller may look at: readable, in an alliance where
// the policy grants 'similar.read' (DOMAIN §5 rule 3).
export const similarScope = (actor: Actor, alias: string): SqlCondition => {
  const visibility = vastloperVisibility(actor, alias);
  const alliances = alliancesWhere(actor, 'similar.read');
  if (alliances === 'ALL') {
    return visibility;
  }
  return {
    where: `${visibility.where} AND ${alias}.alliance_id = ANY(:similarAlliances)`,
    params: { ...visibility.params, similarAlliances: [...alliances] },
  };
};

// The ordered pair a dismissal is kept under.
export const pairOf = (left: string, right: string): [string, string] => (left < right ? [left, right] : [right, left]);
