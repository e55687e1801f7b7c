import { isErrorCode, toUserError } from '../errors/error-codes';

// A file the API serves over HTTP (proxied by the web server like /graphql), fetched with the bearer token.
export type DownloadOutcome = { kind: 'ok'; fileName: string } | { kind: 'failed'; code: string | null; messageKey: string };

const fileNameOf = (disposition: string | null, fallback: string): string => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

const errorKey = (code: unknown): string => `errors.${typeof code === 'string' && isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR'}`;

// The API authorises such a file like a query, with the access token held in memory: a plain link would carry
// no token, so the file is fetched and handed to the browser as a download.
export const downloadFile = async (
  path: string,
  fallbackName: string,
  token: () => Promise<string | null>,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<DownloadOutcome> => {
  try {
    const accessToken = await token();
    if (!accessToken) return { kind: 'failed', code: 'UNAUTHENTICATED', messageKey: errorKey('UNAUTHENTICATED') };
    const response = await fetchImpl(path, { headers: { authorization: `Bearer ${accessToken}` }, credentials: 'same-origin' });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { code?: unknown; extensions?: { code?: unknown } } | null;
      const code = body?.code ?? body?.extensions?.code ?? (response.status === 404 ? 'NOT_FOUND' : undefined);
      return { kind: 'failed', code: typeof code === 'string' ? code : null, messageKey: errorKey(code) };
    }
    const fileName = fileNameOf(response.headers.get('content-disposition'), fallbackName);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { kind: 'ok', fileName };
  } catch (error) {
    return { kind: 'failed', code: null, messageKey: toUserError(error).messageKey };
  }
};
