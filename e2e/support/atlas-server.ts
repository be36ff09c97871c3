/**
 * The real platform for the browser journeys: `atlas serve` in a child process on a free port,
 * serving the current web bundle from a fresh data directory (PGlite) that is removed afterwards.
 * The journeys always run on PGlite, even when `DATABASE_URL` is set for the database suites, so
 * the two never share (or wipe) a database.
 *
 * Two things keep a run fast and steady. Loading the baseline into a new database takes about
 * ten seconds, so the first test file of a vitest run loads it once into a template directory
 * and every file serves a copy of it (the server still migrates and checks the baseline version
 * on start). And the server serves a copy of packages/web/dist, so a rebuild by someone else
 * mid-run (hashed file names change) cannot pull the assets from under a journey.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface AtlasServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** The last part of what the server printed, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

const startTimeoutMs = 150_000;
const templatePrefix = "atlas-e2e-template-";

export interface AtlasServerOptions {
  /**
   * Arranges this file's data before the server opens it (e.g. `atlas import` of a file with
   * flagged values: PGlite admits one process at a time, and observations have no HTTP import).
   */
  readonly prepareData?: (dataDir: string) => void;
}

export async function startAtlasServer(options: AtlasServerOptions = {}): Promise<AtlasServer> {
  const workDir = mkdtempSync(join(tmpdir(), "atlas-e2e-"));
  const webDir = join(workDir, "web");
  const dataDir = join(workDir, "atlas");
  let server: AtlasServer | undefined;
  try {
    snapshotWebBundle(webDir);
    await copyLoadedDatabase(dataDir, webDir);
    options.prepareData?.(dataDir);
    server = await spawnAtlasServer({ dataDir, webDir });
  } finally {
    if (!server) rmSync(workDir, { recursive: true, force: true });
  }
  const { url, output, close } = server;
  return {
    url,
    output,
    async close() {
      await close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds packages/web/dist when it is older than its sources (scripts/ensure-web-build.mjs).
 * Vitest sets NODE_ENV=test, and Vite builds with whatever NODE_ENV it inherits: React's
 * development build would ship (three times the JavaScript). The bundle is built for production.
 */
export function ensureWebBuild(): void {
  const result = spawnSync(process.execPath, ["scripts/ensure-web-build.mjs"], {
    cwd: repositoryRoot,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    throw new Error(`building the web bundle failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Copies the built bundle into `target` and checks that every asset index.html names is there
 * (a copy taken while a build rewrites dist/ is not); tries again after another build if not.
 */
function snapshotWebBundle(target: string): void {
  const dist = join(repositoryRoot, "packages/web/dist");
  for (let attempt = 1; ; attempt++) {
    ensureWebBuild();
    rmSync(target, { recursive: true, force: true });
    cpSync(dist, target, { recursive: true });
    const indexFile = join(target, "index.html");
    const html = existsSync(indexFile) ? readFileSync(indexFile, "utf8") : "";
    const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1] ?? "");
    if (html !== "" && assets.length > 0 && assets.every((asset) => existsSync(join(target, asset)))) return;
    if (attempt === 3)
      throw new Error(`packages/web/dist is incomplete (index.html names ${assets.join(", ")})`);
  }
}

/**
 * Fills `target` with a copy of this run's template database, creating the template first if
 * this is the run's first test file. A run is the vitest process that forked this worker; the
 * templates of runs that have ended are removed here.
 */
async function copyLoadedDatabase(target: string, webDir: string): Promise<void> {
  removeTemplatesOfEndedRuns();
  const template = join(tmpdir(), `${templatePrefix}${process.ppid}`);
  const ready = join(template, "ready");
  if (!existsSync(ready)) {
    rmSync(template, { recursive: true, force: true });
    const loader = await spawnAtlasServer({ dataDir: join(template, "atlas"), webDir });
    // A clean stop, so the copy holds a consistent database and no lock.
    await loader.close();
    writeFileSync(ready, `${new Date().toISOString()}\n`);
  }
  cpSync(join(template, "atlas"), target, { recursive: true });
}

function removeTemplatesOfEndedRuns(): void {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(templatePrefix)) continue;
    const pid = Number(entry.slice(templatePrefix.length));
    if (Number.isInteger(pid) && pid > 0 && !isRunning(pid)) {
      rmSync(join(tmpdir(), entry), { recursive: true, force: true });
    }
  }
}

/** Runs an `atlas` command against a data directory, as an operator would before starting the server. */
export function runAtlasCommand(dataDir: string, args: readonly string[]): string {
  const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_DATA_DIR: dataDir, TZ: "UTC" };
  delete env["DATABASE_URL"];
  delete env["NODE_ENV"];
  const result = spawnSync(process.execPath, ["packages/cli/bin/atlas.mjs", ...args], {
    cwd: repositoryRoot,
    encoding: "utf8",
    env,
  });
  if (result.status !== 0)
    throw new Error(`atlas ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function spawnAtlasServer(paths: { dataDir: string; webDir: string }): Promise<AtlasServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    ATLAS_DATA_DIR: paths.dataDir,
    ATLAS_WEB_DIR: paths.webDir,
    LOG_LEVEL: "info",
    TZ: "UTC",
  };
  delete env["DATABASE_URL"];
  delete env["NODE_ENV"];
  const child = spawn(process.execPath, ["packages/cli/bin/atlas.mjs", "serve"], {
    cwd: repositoryRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // Should the test process end without closing it (a crash, a killed run), the server goes too.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.off("exit", killOnExit);
    await stopChild(child);
  };

  try {
    const url = await waitForAddress(child, () => output);
    await waitForHealth(url);
    return { url, output: () => output, close: stop };
  } catch (error) {
    await stop();
    throw new Error(`the atlas server did not start: ${String(error)}\n--- server output ---\n${output}`, {
      cause: error,
    });
  }
}

/** Resolves with the address from the server's "Circular Atlas serving at …" log line. */
function waitForAddress(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`no address after ${startTimeoutMs} ms`)),
      startTimeoutMs,
    );
    const onData = () => {
      const match = /Circular Atlas serving at (http:\/\/[^"\s]+)/.exec(output());
      if (match?.[1]) finish(null, match[1].replace(/\/$/, ""));
    };
    const onExit = (code: number | null) => finish(new Error(`the server exited early (code ${code})`));
    function finish(error: Error | null, url?: string) {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      if (error || url === undefined) reject(error);
      else resolve(url);
    }
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) return;
      last = `status ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`/api/health did not answer 200 (${last})`);
}

/** SIGTERM (the server closes its database cleanly), then SIGKILL if it hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
