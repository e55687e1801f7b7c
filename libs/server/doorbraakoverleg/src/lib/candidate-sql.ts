import { OPEN_VASTLOPER_STATUSES, type Actor, type EscalationRung } from '@doorbraak/domain';
import { dossierVisibility } from '@doorbraak/server-dossiers';
import { answerFlagSql } from '@doorbraak/server-escalation';
import { vastloperVisibility, type SqlCondition } from '@doorbraak/server-vastlopers';

// The rungs where a vastloper becomes a candidate for the doorbraakoverleg by itself.
export const CANDIDATE_RUNGS: readonly EscalationRung[] = ['INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'];

// Upward moves on the ladder: the rung history a candidate brings.
const ESCALATIONS = `e.cause IN ('STALLED', 'MANUAL')`;

const flagged = (alias: string): string => `NOT (${answerFlagSql('NONE', alias, ':now')})`;

// A vastloper is a candidate on its own when it is open at a national rung and no open dossier carries it
// (then the dossier is the candidate).
export const vastloperCandidateSql = (alias: string): string =>
  `${alias}.status IN (${OPEN_VASTLOPER_STATUSES.map((status) => `'${status}'`).join(', ')})
   AND ${alias}.rung IN (${CANDIDATE_RUNGS.map((rung) => `'${rung}'`).join(', ')})
   AND NOT EXISTS (SELECT 1 FROM dossier_membership cm JOIN dossier cd ON cd.id = cm.dossier_id
                    WHERE cm.vastloper_id = ${alias}.id AND cm.left_at IS NULL AND cd.status = 'OPEN')`;

export const dossierCandidateSql = (alias: string): string => `${alias}.status = 'OPEN'`;

export type CandidateInputRow = {
  readonly kind: 'DOSSIER' | 'VASTLOPER';
  readonly id: string;
  readonly stuck_since: Date;
  readonly alliances: number;
  readonly inhabitants: number;
  readonly escalations: number;
  readonly unanswered_ministries: number;
  readonly votes: number;
  readonly my_votes: number;
  readonly on_agenda: boolean;
};

// The inputs of the ranking formula for every candidate the actor may read, gathered in one statement.
// A dossier counts only the vastlopers it carries that the actor may read: its alliances, their inhabitants,
// their escalations and the ministries that owe them an answer. Parameters: :meetingId, :me, :now.
export const candidateInputsSql = (actor: Actor): SqlCondition => {
  const items = vastloperVisibility(actor, 'v');
  const carried = vastloperVisibility(actor, 'cv');
  const dossiers = dossierVisibility(actor, 'd');
  const votes = (column: string, id: string): string =>
    `(SELECT coalesce(sum(pv.votes), 0) FROM priority_vote pv WHERE pv.meeting_id = :meetingId AND pv.${column} = ${id})::int AS votes,
     (SELECT coalesce(sum(pv.votes), 0) FROM priority_vote pv WHERE pv.meeting_id = :meetingId AND pv.${column} = ${id} AND pv.voter_id = :me)::int AS my_votes`;
  const where = `
    WITH carried AS (
      SELECT m.dossier_id, cv.id, cv.alliance_id, cv.owning_ministry, ${flagged('cv')} AS flagged
        FROM dossier_membership m JOIN vastloper cv ON cv.id = m.vastloper_id
       WHERE m.left_at IS NULL AND ${carried.where}
    )
    SELECT 'VASTLOPER' AS kind, v.id, v.last_progress_at AS stuck_since, 1 AS alliances, fa.inhabitants,
           (SELECT count(*) FROM escalation_event e WHERE e.vastloper_id = v.id AND ${ESCALATIONS})::int AS escalations,
           CASE WHEN ${flagged('v')} THEN 1 ELSE 0 END AS unanswered_ministries,
           ${votes('vastloper_id', 'v.id')},
           EXISTS (SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = :meetingId AND ai.vastloper_id = v.id) AS on_agenda
      FROM vastloper v JOIN alliance a ON a.id = v.alliance_id JOIN focus_area fa ON fa.id = a.focus_area_id
     WHERE ${vastloperCandidateSql('v')} AND ${items.where}
    UNION ALL
    SELECT 'DOSSIER' AS kind, d.id,
           GREATEST(coalesce(d.accepted_at, d.created_at), (SELECT max(n.at) FROM dossier_note n WHERE n.dossier_id = d.id)) AS stuck_since,
           (SELECT count(DISTINCT c.alliance_id) FROM carried c WHERE c.dossier_id = d.id)::int AS alliances,
           (SELECT coalesce(sum(fa.inhabitants), 0) FROM alliance a JOIN focus_area fa ON fa.id = a.focus_area_id
             WHERE a.id IN (SELECT c.alliance_id FROM carried c WHERE c.dossier_id = d.id))::int AS inhabitants,
           (SELECT count(*) FROM escalation_event e WHERE e.vastloper_id IN (SELECT c.id FROM carried c WHERE c.dossier_id = d.id) AND ${ESCALATIONS})::int
             AS escalations,
           (SELECT count(DISTINCT coalesce(c.owning_ministry, d.owning_ministry)) FROM carried c WHERE c.dossier_id = d.id AND c.flagged)::int
             AS unanswered_ministries,
           ${votes('dossier_id', 'd.id')},
           EXISTS (SELECT 1 FROM agenda_item ai WHERE ai.meeting_id = :meetingId AND ai.dossier_id = d.id) AS on_agenda
      FROM dossier d
     WHERE ${dossierCandidateSql('d')} AND ${dossiers.where}`;
  return { where, params: { ...items.params, ...carried.params, ...dossiers.params } };
};
