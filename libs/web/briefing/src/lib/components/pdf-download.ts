import { isErrorCode, toUserError } from '@doorbraak/web-data-access';

export type PdfOutcome = { kind: 'ok' } | { kind: 'unavailable' } | { kind: 'failed'; messageKey: string };

// The API's PDF route (proxied by the web server like /graphql).
export const briefingPdfPath = (meetingId: string): string => `/meetings/${encodeURIComponent(meetingId)}/briefing.pdf`;

const fileNameOf = (disposition: string | null, meetingId: string): string =>
  /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? `briefing-${meetingId}.pdf`;

const errorKey = (code: unknown): string => `errors.${typeof code === 'string' && isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR'}`;

export const downloadBriefingPdf = async (
  meetingId: string,
  token: () => Promise<string | null>,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<PdfOutcome> => {
  try {
    const accessToken = await token();
    if (!accessToken) return { kind: 'failed', messageKey: errorKey('UNAUTHENTICATED') };
    const response = await fetchImpl(briefingPdfPath(meetingId), { headers: { authorization: `Bearer ${accessToken}` }, credentials: 'same-origin' });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { code?: unknown; extensions?: { code?: unknown } } | null;
      const code = body?.code ?? body?.extensions?.code;
      return code === 'PDF_UNAVAILABLE' ? { kind: 'unavailable' } : { kind: 'failed', messageKey: errorKey(code ?? (response.status === 404 ? 'NOT_FOUND' : undefined)) };
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(response.headers.get('content-disposition'), meetingId);
    document.body.append(link);
    link.click();
    link.remove();
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { kind: 'ok' };
  } catch (error) {
    return { kind: 'failed', messageKey: toUserError(error).messageKey };
  }
};
