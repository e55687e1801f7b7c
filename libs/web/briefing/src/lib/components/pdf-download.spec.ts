import { briefingPdfPath, downloadBriefingPdf } from './pdf-download';

const answer = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the briefing PDF download', () => {
  it('asks the API for the meeting’s PDF with the bearer token', async () => {
    const calls: { url: string; authorization: string | null }[] = [];
    await downloadBriefingPdf('m-1', async () => 'token-1', async (input, init) => {
      calls.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
      return new Response('{}', { status: 404 });
    });
    expect(calls).toEqual([{ url: briefingPdfPath('m-1'), authorization: 'Bearer token-1' }]);
    expect(briefingPdfPath('a/b')).toBe('/meetings/a%2Fb/briefing.pdf');
  });

  it('does not ask without a session', async () => {
    const fetchImpl = jest.fn();
    expect(await downloadBriefingPdf('m-1', async () => null, fetchImpl)).toEqual({ kind: 'failed', messageKey: 'errors.UNAUTHENTICATED' });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('says so when the server cannot render PDFs', async () => {
    expect(await downloadBriefingPdf('m-1', async () => 't', answer(503, { code: 'PDF_UNAVAILABLE' }))).toEqual({ kind: 'unavailable' });
  });

  it('maps a refusal to its code, and anything unknown to the general message', async () => {
    expect(await downloadBriefingPdf('m-1', async () => 't', answer(403, { extensions: { code: 'FORBIDDEN' } }))).toEqual({ kind: 'failed', messageKey: 'errors.FORBIDDEN' });
    expect(await downloadBriefingPdf('m-1', async () => 't', answer(404, {}))).toEqual({ kind: 'failed', messageKey: 'errors.NOT_FOUND' });
    expect(await downloadBriefingPdf('m-1', async () => 't', answer(500, { code: 'SOMETHING_ELSE' }))).toEqual({
      kind: 'failed',
      messageKey: 'errors.INTERNAL_SERVER_ERROR',
    });
  });
});
