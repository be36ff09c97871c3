/**
 * How much CPU processes outside this benchmark used while it ran, from /proc: the processes
 * alive at both ends of the run that are not descendants of the bench process. Short-lived
 * processes that start and end within the run are missed, so this is a lower bound.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface OtherLoadMeter {
  /** Average number of cores the other processes kept busy since the meter started. */
  stop(): number;
}

interface ProcessTimes {
  readonly parent: number;
  /** utime + stime, in clock ticks. */
  readonly ticks: number;
}

// USER_HZ is 100 on every Linux architecture Node.js runs on.
const ticksPerSecond = 100;

export function startOtherLoadMeter(): OtherLoadMeter {
  const startedAt = performance.now();
  const before = readOthers();
  return {
    stop: () => {
      const after = readOthers();
      let ticks = 0;
      for (const [pid, times] of after) {
        const earlier = before.get(pid);
        if (earlier !== undefined) ticks += Math.max(0, times - earlier);
      }
      const seconds = (performance.now() - startedAt) / 1_000;
      return seconds <= 0 ? 0 : ticks / ticksPerSecond / seconds;
    },
  };
}

/** CPU ticks by pid, for every process that is not this one or one of its descendants. */
function readOthers(): Map<number, number> {
  const table = readProcessTable();
  const ours = new Set<number>([process.pid]);
  // Parents have lower pids only until pids wrap, so iterate to a fixed point.
  let grown = true;
  while (grown) {
    grown = false;
    for (const [pid, times] of table) {
      if (!ours.has(pid) && ours.has(times.parent)) {
        ours.add(pid);
        grown = true;
      }
    }
  }
  const others = new Map<number, number>();
  for (const [pid, times] of table) if (!ours.has(pid)) others.set(pid, times.ticks);
  return others;
}

function readProcessTable(): Map<number, ProcessTimes> {
  const table = new Map<number, ProcessTimes>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return table; // Not Linux: no measure.
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name (field 2) may contain spaces; fields after its closing parenthesis are fixed.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the name: state(3) ppid(4) … utime(14) stime(15), so indexes 1, 11 and 12 here.
      table.set(Number(entry), {
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // The process ended while we read.
    }
  }
  return table;
}
