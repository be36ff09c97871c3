/**
 * One fixed-rate load run with autocannon's programmatic API: a given list of paths, each sent
 * once in order by whichever connection is free (so a shuffled list is what the server sees),
 * bounded by the list's length and by a time limit. Latencies are the per-response times
 * autocannon reports in its `response` event, kept raw.
 */
import autocannon, { type AutocannonResult } from "autocannon";

export interface LoadRunOptions {
  readonly baseUrl: string;
  readonly paths: readonly string[];
  readonly connections: number;
  readonly ratePerSecond: number;
  readonly headers: Readonly<Record<string, string>>;
}

export interface LoadRun {
  readonly sent: number;
  readonly completed: number;
  /** From the start of the run to the last response. */
  readonly durationMs: number;
  readonly latenciesMs: readonly number[];
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly cacheHits: number;
  readonly cacheMisses: number;
  readonly stoppedByTimeLimit: boolean;
}

export async function runLoad(options: LoadRunOptions): Promise<LoadRun> {
  const latenciesMs: number[] = [];
  let next = 0;
  let cacheHits = 0;
  let cacheMisses = 0;
  let stoppedByTimeLimit = false;
  const started = performance.now();
  let lastResponseAt = started;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        overallRate: options.ratePerSecond,
        amount: options.paths.length,
        timeout: 10,
        headers: { ...options.headers },
        requests: [
          {
            method: "GET",
            // Called once per request sent; the shared cursor hands out each path exactly once.
            setupRequest: (request) => {
              const path = options.paths[Math.min(next, options.paths.length - 1)] ?? "/";
              next++;
              return { ...request, path };
            },
            onResponse: (_status, _body, _context, headers) => {
              if (headers["x-cache"] === "hit") cacheHits++;
              else if (headers["x-cache"] === "miss") cacheMisses++;
            },
          },
        ],
      },
      (error, finished) => (error === null ? resolve(finished) : reject(error)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latenciesMs.push(responseTime);
      lastResponseAt = performance.now();
    });
    // At the intended rate the run takes paths / rate seconds; a slower server is cut off.
    const limitMs = (options.paths.length / options.ratePerSecond) * 1_000 * 2 + 10_000;
    const timer = setTimeout(() => {
      stoppedByTimeLimit = true;
      instance.stop();
    }, limitMs);
    instance.on("done", () => clearTimeout(timer));
  });
  return {
    sent: next,
    completed: latenciesMs.length,
    durationMs: lastResponseAt - started,
    latenciesMs,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    cacheHits,
    cacheMisses,
    stoppedByTimeLimit,
  };
}
