// Rows that concern "an item" point at exactly one vastloper or doorbraak.
export const EXACTLY_ONE_ITEM = 'num_nonnulls("vastloper_id", "doorbraak_id") = 1';
export const AT_MOST_ONE_ITEM = 'num_nonnulls("vastloper_id", "doorbraak_id") <= 1';
// Rows that may also concern a national dossier (agenda items and a rung's "to schedule" list).
export const EXACTLY_ONE_SUBJECT = 'num_nonnulls("vastloper_id", "doorbraak_id", "dossier_id") = 1';
export const AT_MOST_ONE_SUBJECT = 'num_nonnulls("vastloper_id", "doorbraak_id", "dossier_id") <= 1';
