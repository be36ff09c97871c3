/**
 * How the search benchmark times queries and weighs memory, the same way for both engines:
 * warm-up queries first (not recorded), a wait for a quiet machine, then every query of the mix
 * in order, `rounds` times, one at a time; memory after forced garbage collection.
 */
import type { BenchQuery, QueryClassName } from "./search-queries.ts";
import { startOtherLoadMeter } from "./support/other-load.ts";
import { type QuietCheck, waitForQuietMachine } from "./support/quiet-machine.ts";

export interface QueryTiming {
  readonly queryClass: QueryClassName;
  readonly ms: number;
  /** Results the query found (visible ones, all pages). */
  readonly total: number;
}

export interface TimedRun {
  readonly timings: readonly QueryTiming[];
  readonly quiet: QuietCheck;
  /** Cores other processes kept busy while the queries ran. */
  readonly otherCores: number;
}

export interface MemorySnapshot {
  readonly heapUsed: number;
  readonly external: number;
  readonly arrayBuffers: number;
  readonly rss: number;
}

/** Memory after two full collections (the second picks up what finalizers of the first freed). */
export function measureMemory(): MemorySnapshot {
  if (gc === undefined) throw new Error("run with node --expose-gc: memory is measured after a collection");
  gc();
  gc();
  const usage = process.memoryUsage();
  return {
    heapUsed: usage.heapUsed,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    rss: usage.rss,
  };
}

export async function timeQueries(options: {
  label: string;
  warmup: readonly BenchQuery[];
  queries: readonly BenchQuery[];
  rounds: number;
  run: (query: BenchQuery) => Promise<{ ms: number; total: number }>;
}): Promise<TimedRun> {
  for (const query of options.warmup) await options.run(query);
  const quiet = await waitForQuietMachine();
  const otherLoad = startOtherLoadMeter();
  const timings: QueryTiming[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const query of options.queries) {
      const { ms, total } = await options.run(query);
      timings.push({ queryClass: query.queryClass, ms, total });
    }
    console.log(`  ${options.label}: round ${round} of ${options.rounds} done`);
  }
  return { timings, quiet, otherCores: otherLoad.stop() };
}
