// The part of autocannon's API the benches use (the package ships no types).
declare module 'autocannon' {
  type Options = {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
  };
  type Result = { requests: { total: number }; non2xx: number; errors: number; timeouts: number };
  type Instance = PromiseLike<Result> & {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): Instance;
  };
  const autocannon: (options: Options) => Instance;
  export default autocannon;
}
