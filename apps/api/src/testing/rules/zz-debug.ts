/* eslint-disable */
import { appendFileSync } from 'node:fs';
const original = globalThis.fetch;
globalThis.fetch = (async (input: any, init?: any) => {
  const response = await original(input, init);
  if (String(input).endsWith('/graphql') && init?.body) {
    const clone = response.clone();
    try {
      const body: any = await clone.json();
      const errs = (body.errors ?? []).filter((e: any) => !['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(e.extensions?.code));
      if (errs.length) appendFileSync('/tmp/matrix-debug.log', JSON.stringify({ q: String(JSON.parse(init.body).query).slice(0, 90), e: errs.map((e: any) => `${e.extensions?.code}: ${e.message}`) }) + '\n');
    } catch {}
  }
  return response;
}) as typeof fetch;
