// The open vastlopers (OPEN or IN_BEHANDELING) per alliance_id, rung, category, owning_ministry and confidential,
// as column `n`: kept by triggers on vastloper, exact at every moment (see migration CountOpenVastlopers).
// Read it with the columns' names and sum(n); never count the vastloper table for these figures.
export const OPEN_VASTLOPER_FIGURES = 'vastloper_open_figures';
