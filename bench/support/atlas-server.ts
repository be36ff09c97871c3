/**
 * Starts the platform from a source copy as its users do (`npm start`, or `atlas serve` once the
 * bundle is built), in a child process of its own so that load generators and browsers never
 * share its event loop, listening on 127.0.0.1 only.
 */
import { type RunningProcess, spawnProcess } from "./child-process.ts";
import { findFreePort } from "./free-port.ts";

export interface AtlasServerOptions {
  /** Root of the source copy to run. */
  readonly root: string;
  readonly dataDir: string;
  /** `npm-start` builds the web bundle first when it is missing, as a fresh clone does. */
  readonly via: "npm-start" | "serve";
  readonly logLevel: "info" | "warn";
  /** PostgreSQL instead of PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  /** Extra variables, e.g. TMPDIR for an empty tsx cache. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface AtlasServer {
  readonly process: RunningProcess;
  readonly baseUrl: string;
}

/** What the server logs as JSON (pino), with the fields the benchmarks read. */
export interface PinoRecord {
  readonly time: number;
  readonly msg: string;
  readonly startupMs?: number;
  readonly migrationsApplied?: readonly string[];
  readonly baseline?: {
    readonly loaded: boolean;
    readonly observations: Readonly<Record<string, number>>;
  };
  readonly database?: string;
}

export async function spawnAtlas(options: AtlasServerOptions): Promise<AtlasServer> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // Each run says which database it uses; defaults inherited from the shell would blur that.
  for (const name of ["DATABASE_URL", "ATLAS_WEB_DIR", "ATLAS_BASELINE_DIR"]) delete env[name];
  Object.assign(env, {
    PORT: String(port),
    HOST: "127.0.0.1",
    ATLAS_DATA_DIR: options.dataDir,
    LOG_LEVEL: options.logLevel,
    ...(options.databaseUrl === undefined ? {} : { DATABASE_URL: options.databaseUrl }),
  });
  const running =
    options.via === "npm-start"
      ? spawnProcess({ cwd: options.root, command: "npm", args: ["start"], env })
      : spawnProcess({
          cwd: options.root,
          command: process.execPath,
          args: ["packages/cli/bin/atlas.mjs", "serve"],
          env,
        });
  return { process: running, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * Polls until the home page, a healthy `/api/health` and the map geometry all answer, and
 * returns the bench-clock time at which the last of them did.
 */
export async function waitUntilServing(server: AtlasServer, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (server.process.hasExited()) {
      throw new Error(`the server exited before serving:\n${describeOutput(server.process)}`);
    }
    if (await isServing(server.baseUrl)) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the server did not serve within ${timeoutMs} ms:\n${describeOutput(server.process)}`);
}

export async function startAtlas(options: AtlasServerOptions, timeoutMs = 120_000): Promise<AtlasServer> {
  const server = await spawnAtlas(options);
  try {
    await waitUntilServing(server, timeoutMs);
  } catch (error) {
    await server.process.stop();
    throw error;
  }
  return server;
}

export function readPinoRecords(running: RunningProcess): PinoRecord[] {
  const records: PinoRecord[] = [];
  for (const line of running.lines) {
    if (!line.text.startsWith("{")) continue;
    try {
      records.push(JSON.parse(line.text) as PinoRecord);
    } catch {
      // Not a log record (a progress line that happens to start with a brace).
    }
  }
  return records;
}

export function describeOutput(running: RunningProcess): string {
  return running.lines
    .slice(-40)
    .map((line) => `  ${line.stream}: ${line.text}`)
    .join("\n");
}

async function isServing(baseUrl: string): Promise<boolean> {
  try {
    const home = await fetch(`${baseUrl}/`);
    const homeHtml = await home.text();
    if (home.status !== 200 || !homeHtml.includes('<div id="root">')) return false;
    const health = await fetch(`${baseUrl}/api/health`);
    const healthBody = (await health.json()) as { status?: string };
    if (health.status !== 200 || healthBody.status !== "ok") return false;
    const geometry = await fetch(`${baseUrl}/api/geometry`);
    await geometry.arrayBuffer();
    return geometry.status === 200;
  } catch {
    // Not listening yet.
    return false;
  }
}
