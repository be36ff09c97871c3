/**
 * An open-loop load at a steady rate: request i is due at start + i / rate, whether or not
 * earlier ones have been answered, over a keep-alive pool of `connections` sockets. Latency runs
 * from the due time to the last byte, so time spent waiting for a free socket counts (no
 * coordinated omission). This is the steady "200 requests/s" that autocannon's once-a-second
 * bursts are not; both are reported.
 */
import http from "node:http";
import type { LoadRun, LoadRunOptions } from "./load-run.ts";

export async function runPacedLoad(options: LoadRunOptions): Promise<LoadRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const intervalMs = 1_000 / options.ratePerSecond;
  const latenciesMs: number[] = [];
  const counts = { errors: 0, non2xx: 0, timeouts: 0, cacheHits: 0, cacheMisses: 0 };
  const started = performance.now();
  let lastResponseAt = started;
  const inFlight: Promise<void>[] = [];
  for (const [index, path] of options.paths.entries()) {
    const dueAt = started + index * intervalMs;
    const waitMs = dueAt - performance.now();
    if (waitMs > 1) await new Promise((resolve) => setTimeout(resolve, waitMs));
    inFlight.push(
      sendRequest(agent, new URL(path, options.baseUrl), options.headers).then(
        (response) => {
          lastResponseAt = performance.now();
          latenciesMs.push(lastResponseAt - dueAt);
          if (response.status < 200 || response.status > 299) counts.non2xx++;
          if (response.cache === "hit") counts.cacheHits++;
          else if (response.cache === "miss") counts.cacheMisses++;
        },
        (error: unknown) => {
          if (error instanceof Error && error.message === "timeout") counts.timeouts++;
          else counts.errors++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  return {
    sent: options.paths.length,
    completed: latenciesMs.length,
    durationMs: lastResponseAt - started,
    latenciesMs,
    ...counts,
    stoppedByTimeLimit: false,
  };
}

function sendRequest(
  agent: http.Agent,
  url: URL,
  headers: Readonly<Record<string, string>>,
): Promise<{ status: number; cache: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { ...headers }, timeout: 10_000 }, (response) => {
      response.on("data", () => {});
      response.on("end", () => {
        const cache = response.headers["x-cache"];
        resolve({ status: response.statusCode ?? 0, cache: Array.isArray(cache) ? cache[0] : cache });
      });
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}
