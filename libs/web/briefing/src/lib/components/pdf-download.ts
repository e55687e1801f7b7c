import { downloadFile } from '@doorbraak/web-data-access';

export type PdfOutcome = { kind: 'ok' } | { kind: 'unavailable' } | { kind: 'failed'; messageKey: string };

// The API's PDF route (proxied by the web server like /graphql).
export const briefingPdfPath = (meetingId: string): string => `/meetings/${encodeURIComponent(meetingId)}/briefing.pdf`;

export const downloadBriefingPdf = async (
  meetingId: string,
  token: () => Promise<string | null>,
  fetchImpl?: typeof fetch,
): Promise<PdfOutcome> => {
  const outcome = await downloadFile(briefingPdfPath(meetingId), `briefing-${meetingId}.pdf`, token, fetchImpl);
  if (outcome.kind === 'ok') return { kind: 'ok' };
  return outcome.code === 'PDF_UNAVAILABLE' ? { kind: 'unavailable' } : { kind: 'failed', messageKey: outcome.messageKey };
};
