/**
 * Other work on the machine (a test run, another server) steals cores from a benchmark on a
 * 2-core box and can double a start-up time. Before each measured run we wait, for a bounded
 * time, until the whole machine has been nearly idle for a second, and report how busy it was.
 */
import os from "node:os";

export interface QuietCheck {
  /** Share of all cores busy in the last window before the run (0–1). */
  readonly busyShare: number;
  readonly waitedMs: number;
  /** False when the machine never went quiet within the wait. */
  readonly quiet: boolean;
}

const busyThreshold = 0.15;

export async function waitForQuietMachine(maxWaitMs = 120_000): Promise<QuietCheck> {
  const started = performance.now();
  let busyShare = await sampleBusyShare(1_000);
  while (busyShare > busyThreshold && performance.now() - started < maxWaitMs) {
    busyShare = await sampleBusyShare(1_000);
  }
  const quiet = busyShare <= busyThreshold;
  if (!quiet) console.warn(`machine still ${(busyShare * 100).toFixed(0)}% busy: measuring anyway`);
  return { busyShare, waitedMs: performance.now() - started, quiet };
}

/** Share of all cores that were busy over `windowMs`, from the kernel's per-core counters. */
export async function sampleBusyShare(windowMs: number): Promise<number> {
  const before = os.cpus();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = os.cpus();
  let busy = 0;
  let total = 0;
  after.forEach((cpu, index) => {
    const earlier = before[index];
    if (earlier === undefined) return;
    const idle = cpu.times.idle - earlier.times.idle;
    const all =
      cpu.times.user +
      cpu.times.nice +
      cpu.times.sys +
      cpu.times.irq +
      cpu.times.idle -
      (earlier.times.user + earlier.times.nice + earlier.times.sys + earlier.times.irq + earlier.times.idle);
    busy += all - idle;
    total += all;
  });
  return total === 0 ? 0 : busy / total;
}

export function describeQuietChecks(checks: readonly QuietCheck[]): string {
  const busiest = Math.max(...checks.map((check) => check.busyShare));
  const noisy = checks.filter((check) => !check.quiet).length;
  return noisy === 0
    ? `Each run started once the machine had been at most ${(busyThreshold * 100).toFixed(0)}% busy for 1 s (busiest: ${(busiest * 100).toFixed(0)}%).`
    : `${noisy} of ${checks.length} runs started while other work kept the machine over ${(busyThreshold * 100).toFixed(0)}% busy (busiest: ${(busiest * 100).toFixed(0)}%): those numbers are pessimistic.`;
}
