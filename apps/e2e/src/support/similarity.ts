import { apiCall } from './web-client';

type TriageAnswer = { similarityTriage: { edges: { node: { id: string; similar: { vastloper: { title: string } }[] } }[] } };

// Newest first: the item just reported is among the first 30 (30 × 10 matches stay within the API's cost limit).
const TRIAGE = `query ($allianceId: ID!) { similarityTriage(first: 30, filter: { allianceId: $allianceId, weeks: 2 }) {
  edges { node { id similar(first: 10) { vastloper { title } } } } } }`;

/** The match titles the triage shows for a new item of the alliance, as `email` sees them. */
export const triageMatches = async (allianceId: string, itemId: string, email: string): Promise<string[]> => {
  const answer = await apiCall<TriageAnswer>(TRIAGE, { allianceId }, email);
  const node = answer.similarityTriage.edges.find((edge) => edge.node.id === itemId)?.node;
  return (node?.similar ?? []).map((similar) => similar.vastloper.title);
};

/** The worker indexes each new item in the background: waits until the triage shows `match` for it. */
export const waitForMatch = async (allianceId: string, itemId: string, match: string, email: string): Promise<void> => {
  const deadline = Date.now() + 300_000;
  for (;;) {
    if ((await triageMatches(allianceId, itemId, email)).includes(match)) return;
    if (Date.now() > deadline) throw new Error(`no match “${match}” for ${itemId} in the triage`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
};
