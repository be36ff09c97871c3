/**
 * A child process whose output lines are kept with the time they arrived (on the bench's
 * `performance.now()` clock), so phases can be timed from what the process prints. It runs in a
 * process group of its own, so stopping it also stops what it started (npm → sh → node).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface OutputLine {
  readonly atMs: number;
  readonly stream: "stdout" | "stderr";
  readonly text: string;
}

export interface RunningProcess {
  readonly child: ChildProcess;
  readonly startedAtMs: number;
  readonly lines: OutputLine[];
  /** Resolves with the exit code (null when ended by a signal). */
  readonly exited: Promise<number | null>;
  hasExited(): boolean;
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the leader has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  readonly cwd: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Told of each line as it arrives (to show a long run's progress). */
  readonly onLine?: (line: OutputLine) => void;
}

const running = new Set<RunningProcess>();

// A benchmark that throws must not leave a server holding a port or a data directory.
process.once("exit", () => {
  for (const runningProcess of running) signalGroup(runningProcess.child, "SIGKILL");
});

export function spawnProcess(options: SpawnOptions): RunningProcess {
  const startedAtMs = performance.now();
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: OutputLine[] = [];
  for (const stream of ["stdout", "stderr"] as const) {
    const readable = child[stream];
    if (readable === null) continue;
    createInterface({ input: readable }).on("line", (text) => {
      const line = { atMs: performance.now(), stream, text };
      lines.push(line);
      options.onLine?.(line);
    });
  }
  let exitedFlag = false;
  const exited = new Promise<number | null>((resolve) => {
    // "close" rather than "exit": every line has been read, and every process of the group that
    // shared the pipes has gone.
    child.once("close", (code) => {
      exitedFlag = true;
      resolve(code);
    });
    child.once("error", () => {
      exitedFlag = true;
      resolve(null);
    });
  });
  const handle: RunningProcess = {
    child,
    startedAtMs,
    lines,
    exited,
    hasExited: () => exitedFlag,
    stop: async (graceMs = 10_000) => {
      if (!exitedFlag) {
        signalGroup(child, "SIGTERM");
        const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
        await exited;
        clearTimeout(timer);
      }
      running.delete(handle);
    },
  };
  running.add(handle);
  void exited.then(() => running.delete(handle));
  return handle;
}

/** Runs a command to completion; throws with its output when it fails. */
export async function runToCompletion(options: SpawnOptions): Promise<RunningProcess> {
  const handle = spawnProcess(options);
  const code = await handle.exited;
  if (code !== 0) {
    const output = handle.lines.map((line) => line.text).join("\n");
    throw new Error(`${options.command} ${options.args.join(" ")} exited with ${code}:\n${output}`);
  }
  return handle;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}
