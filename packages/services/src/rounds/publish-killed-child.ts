/**
 * The process publish-killed.test.ts kills, and how the test runs it. The process opens the
 * database as `atlas serve` does (a PGlite data directory or a PostgreSQL URL), publishes one
 * approved submission, and prints a line on stdout at each step and before each statement of the
 * transaction, so the test can kill it at a chosen statement and know how far it got. Lines go
 * out with a synchronous write: what the test reads after the kill is what the process reached.
 */
import { spawn } from "node:child_process";
import { writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@circular-atlas/database";
import { getTableName, is, Table } from "drizzle-orm";
import type { UserActor } from "../accounts/actor.ts";
import { type KillableDatabase, withApplicationName } from "../testing/killable-database.ts";
import { publishSubmission } from "./publish-submission.ts";

/** What to publish; the process takes it as JSON, its one argument. */
export interface PublicationTarget {
  /** Who publishes: a reviewer. */
  readonly actor: UserActor;
  readonly roundId: number;
  readonly area: string;
  readonly baseRevision: number;
  readonly now: string;
}

/**
 * The lines the process prints: `statement` lines carry the method and table (`statement insert
 * kb_record`), `published` the number of records written.
 */
export const childSteps = {
  opened: "opened",
  transactionBegun: "transaction begun",
  statement: "statement",
  bodyDone: "transaction body done",
  published: "published",
} as const;

export interface ChildRun {
  readonly exit: { readonly code: number | null; readonly signal: NodeJS.Signals | null };
  /** The lines the process printed on stdout. */
  readonly lines: readonly string[];
  /** Its stdout and stderr, for failure messages. */
  readonly output: string;
  /** Whether PostgreSQL showed its transaction open just before the kill (undefined on PGlite). */
  readonly inTransactionAtKill: boolean | undefined;
}

/**
 * Runs the process on `database` to its end, or kills it with SIGKILL as soon as it has printed
 * line `kill.afterLine` (counted from 0); `kill.name` names its PostgreSQL connection.
 */
export function runPublishChild(
  database: KillableDatabase,
  target: PublicationTarget,
  kill: { readonly afterLine: number; readonly name: string } | undefined,
): Promise<ChildRun> {
  const { url, dataDir } = database.childOptions;
  const options = {
    ...target,
    dataDir,
    url: url === undefined || kill === undefined ? url : withApplicationName(url, kill.name),
    // The child stops after printing that line until the kill lands, so a loaded machine cannot
    // let it run past the chosen statement (or through COMMIT) in the meantime.
    holdAfterLine: kill?.afterLine,
  };
  const child = spawn(process.execPath, ["--import", "tsx", childScript, JSON.stringify(options)], {
    env: { ...process.env, TZ: "UTC" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let output = "";
  let inTransactionAtKill: boolean | undefined;
  let killing: Promise<void> | undefined;
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    output += chunk.toString();
    if (kill === undefined || killing !== undefined || stdout.split("\n").length - 1 <= kill.afterLine)
      return;
    killing = (async () => {
      inTransactionAtKill = await database.inTransaction(kill.name);
      child.kill("SIGKILL");
    })();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", async (code, signal) => {
      await killing;
      resolve({
        exit: { code, signal },
        lines: stdout.split("\n").slice(0, -1),
        output,
        inTransactionAtKill,
      });
    });
  });
}

const childScript = fileURLToPath(import.meta.url);
const statementMethods = new Set(["select", "insert", "update", "delete", "execute"]);

/**
 * The same database, whose outermost transaction says when its body starts (BEGIN has run) and
 * has finished (COMMIT is next), and whose transactions name each statement as it is built.
 */
export function announcing<Executor extends object>(
  executor: Executor,
  say: (line: string) => void,
  outermost = true,
): Executor {
  return new Proxy(executor, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "transaction")
        return async (body: (tx: object) => Promise<unknown>, config?: unknown) =>
          value.call(
            target,
            async (tx: object) => {
              if (outermost) say(childSteps.transactionBegun);
              const result = await body(announcing(tx, say, false));
              if (outermost) say(childSteps.bodyDone);
              return result;
            },
            config,
          );
      if (outermost || typeof property !== "string" || !statementMethods.has(property)) return value;
      return (...args: unknown[]) => {
        const table = is(args[0], Table) ? ` ${getTableName(args[0] as Table)}` : "";
        say(`${childSteps.statement} ${property}${table}`);
        return value.apply(target, args);
      };
    },
  });
}

// The test imports this file too; only a process started on it publishes.
if (process.argv[1] === childScript) {
  const options = JSON.parse(process.argv[2] ?? "{}") as PublicationTarget &
    KillableDatabase["childOptions"] & { holdAfterLine?: number };
  const handle = await openDatabase({ url: options.url, dataDir: options.dataDir, poolSize: 2 });
  let printed = 0;
  const say = (line: string) => {
    writeSync(1, `${line}\n`);
    // Blocks this thread (the transaction stays open) until SIGKILL; a minute at most.
    if (printed++ === options.holdAfterLine)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  };
  say(childSteps.opened);
  const report = await publishSubmission({ ...options, db: announcing(handle.db, say) });
  say(`${childSteps.published} ${report.records.length}`);
  await handle.close();
}
