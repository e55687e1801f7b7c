// HTTP as a client sends it, and what the drill counts of every answer: latency, 5xx (and whether a 503 came
// with its code), other errors by code, requests that got no answer, and every write the API acknowledged.
import { quantile } from '../bench/bench-support';

// No request may take longer than this (issue 14); a client gives up far later, so a hang is measured.
export const HANG_MS = 10_000;
const GIVE_UP_MS = 30_000;

export type Answer = {
  readonly status: number;
  readonly ms: number;
  // The parsed body, when it was JSON.
  readonly body: { data?: Record<string, unknown> | null; errors?: { message?: string; path?: readonly (string | number)[]; extensions?: { code?: unknown } }[] } | null;
  readonly text: string;
  // The first error's code.
  readonly code: string | undefined;
  // No answer at all (connection refused or reset, or given up).
  readonly failed: string | undefined;
};

export type RawRequest = { readonly method?: string; readonly path?: string; readonly contentType?: string | null; readonly body?: string; readonly token?: string };

export const send = async (baseUrl: string, request: RawRequest): Promise<Answer> => {
  const headers: Record<string, string> = {};
  if (request.contentType !== null) headers['content-type'] = request.contentType ?? 'application/json';
  if (request.token) headers['authorization'] = `Bearer ${request.token}`;
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${request.path ?? '/graphql'}`, {
      method: request.method ?? 'POST',
      headers,
      body: request.body,
      signal: AbortSignal.timeout(GIVE_UP_MS),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      body = null;
    }
    const code = body && typeof body === 'object' ? body.errors?.[0]?.extensions?.code : undefined;
    return { status: response.status, ms, body, text, code: typeof code === 'string' ? code : undefined, failed: undefined };
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { status: 0, ms: performance.now() - started, body: null, text: '', code: undefined, failed: cause };
  }
};

// The paths of an answer's errors with their codes, as "vastloper.timeline INTERNAL_SERVER_ERROR".
const errorPaths = (answer: Answer): string =>
  (answer.body?.errors ?? []).map((error) => `${error.path?.join('.') ?? '(request)'} ${String(error.extensions?.code ?? '-')}`).join(', ');

export const graphql = (baseUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> =>
  send(baseUrl, { body: JSON.stringify({ query, variables }), token });

export type Write = { readonly table: 'vastloper' | 'progress_update'; readonly id: string; readonly at: number };

export class Recorder {
  // Whether a 503 SERVICE_UNAVAILABLE is expected (a server is stopped on purpose) or worth showing.
  constructor(private readonly outage = false) {}

  requests = 0;
  readonly latencies: number[] = [];
  serverErrors = 0;
  // 503 SERVICE_UNAVAILABLE with Retry-After: an outage answered as one.
  outageAnswers = 0;
  uncodedServerErrors = 0;
  noAnswer = 0;
  readonly errorCodes = new Map<string, number>();
  readonly writes: Write[] = [];
  // The first few answers that were wrong, to show what went wrong.
  readonly examples: string[] = [];

  // Latencies per kind of request, for the breakdown.
  readonly byKind = new Map<string, number[]>();

  record(what: string, answer: Answer): Answer {
    this.requests += 1;
    this.latencies.push(answer.ms);
    const kind = this.byKind.get(what) ?? [];
    kind.push(answer.ms);
    this.byKind.set(what, kind);
    if (answer.failed) {
      this.noAnswer += 1;
      this.example(`${what}: no answer (${answer.failed}) after ${Math.round(answer.ms)} ms`);
    } else if (answer.status >= 500) {
      this.serverErrors += 1;
      if (answer.status === 503 && answer.code === 'SERVICE_UNAVAILABLE') {
        this.outageAnswers += 1;
        if (!this.outage) this.example(`${what}: 503 SERVICE_UNAVAILABLE`);
      } else {
        this.uncodedServerErrors += 1;
        this.example(`${what}: ${answer.status} ${answer.text.slice(0, 300)}`);
      }
    } else if (answer.code) {
      this.errorCodes.set(answer.code, (this.errorCodes.get(answer.code) ?? 0) + 1);
      // A bug answers 200 with INTERNAL_SERVER_ERROR: which request it was, and where in it, shows where to look.
      if (answer.code === 'INTERNAL_SERVER_ERROR') this.example(`${what}: ${answer.status} ${errorPaths(answer)}`);
    }
    return answer;
  }

  example(line: string): void {
    if (this.examples.length < 5) this.examples.push(line);
  }

  acknowledged(table: Write['table'], id: string): void {
    this.writes.push({ table, id, at: Date.now() });
  }

  get p99(): number {
    return this.latencies.length > 0 ? quantile(this.latencies, 0.99) : 0;
  }

  get max(): number {
    return this.latencies.reduce((max, ms) => Math.max(max, ms), 0);
  }

  get hangs(): number {
    return this.latencies.filter((ms) => ms > HANG_MS).length;
  }

  // Per kind of request: how many, p50 and p99 in ms.
  breakdown(): string[] {
    return [...this.byKind]
      .sort((left, right) => right[1].length - left[1].length)
      .map(([what, ms]) => `${what.padEnd(32)} ${String(ms.length).padStart(6)} × p50 ${quantile(ms, 0.5).toFixed(0).padStart(5)} ms, p99 ${quantile(ms, 0.99).toFixed(0).padStart(5)} ms`);
  }

  // Error codes other than the ones given, as "CODE ×n".
  otherErrors(expected: readonly string[] = []): string[] {
    return [...this.errorCodes].filter(([code]) => !expected.includes(code)).map(([code, count]) => `${code} ×${count}`);
  }
}
