// One autocannon run in its own process, so the load generator does not share the server's event loop.
// Input: one JSON argument (LoadOptions). Output: one JSON line on stdout (LoadResult).
import autocannon from 'autocannon';

export type LoadOptions = {
  url: string;
  paths: string[];
  /** Without it the requests are anonymous. */
  cookie?: string;
  connections: number;
  durationSeconds: number;
  /** Defaults to GET; a write sends `body` as JSON with the CSRF token. */
  method?: 'GET' | 'PUT' | 'POST';
  body?: string;
  /** Bodies taken in turn (one per learner, say), instead of the one `body`. */
  bodies?: string[];
  csrfToken?: string;
  /** More request headers (an LRS credential's Authorization, the xAPI version). */
  headers?: Record<string, string>;
  /** Exactly this many requests instead of a duration (a one-off crowd: each request once). */
  amount?: number;
  /** Headers per request, taken in turn (one signed-in person each, with their CSRF token). */
  headerSets?: Record<string, string>[];
};

export type LoadResult = {
  requests: number;
  non2xx: number;
  errors: number;
  /** Milliseconds; null when no request completed. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  requestsPerSecond: number;
  /** How many answers had each HTTP status. */
  statuses?: Record<string, number>;
  /** How long the run took (with `amount`, the time the crowd needed). */
  seconds?: number;
};

export function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let nextBody = 0;
  let nextHeaders = 0;
  const latencies: number[] = [];
  let finish: (error: Error | null, result: autocannon.Result) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  // autocannon's own duration counts whole seconds (it ends on its one-second tick): a crowd answered in
  // 1.1 s would be told as 2 s. From the start to the last answer instead.
  const started = performance.now();
  let lastAnswer = started;
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds }),
      // Longer than the run: a request is never given up on and sent again while the first is still
      // being handled (that would pile work up in the server); slow answers count with their full time.
      timeout: options.durationSeconds * 6,
      headers: {
        ...(options.cookie ? { cookie: options.cookie } : {}),
        accept: 'application/json',
        ...(options.body || options.bodies
          ? { 'content-type': 'application/json', 'x-csrf-token': options.csrfToken ?? '' }
          : {}),
        ...options.headers,
      },
      requests: [
        {
          method: options.method ?? 'GET',
          ...(options.body ? { body: options.body } : {}),
          // Each request takes the next path in turn, so pages and search terms are spread over the run.
          setupRequest: (request) => ({
            ...request,
            path: options.paths[next++ % options.paths.length]!,
            ...(options.bodies ? { body: options.bodies[nextBody++ % options.bodies.length]! } : {}),
            ...(options.headerSets
              ? {
                  headers: {
                    ...request.headers,
                    ...options.headerSets[nextHeaders++ % options.headerSets.length],
                  },
                }
              : {}),
          }),
        },
      ],
    },
    (error, result) => finish(error, result),
  );
  // autocannon reports p97.5 but not p95, so the latencies are kept here.
  const statuses: Record<string, number> = {};
  instance.on('response', (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    lastAnswer = performance.now();
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await finished;
  const seconds = (lastAnswer - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    requestsPerSecond: result.requests.average,
    statuses,
    seconds,
  };
}

if (import.meta.main) {
  // The options come on stdin: commit bodies make them larger than one argument may be.
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  const options = JSON.parse(text || '{}') as LoadOptions;
  process.stdout.write(`${JSON.stringify(await runLoad(options))}\n`);
}
