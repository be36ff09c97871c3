/**
 * Times one `npm start`, from spawning npm to the home page, `/api/health` and `/api/geometry`
 * answering, and then to the map being drawn in Chromium. Phases come from what the processes
 * print: the bundle step's last line, and the server's pino records (`startupMs`, the migration
 * and baseline report), whose epoch times convert to the bench clock via `performance.timeOrigin`.
 */
import type { Browser } from "playwright-core";
import { readPinoRecords, spawnAtlas, waitUntilServing } from "./atlas-server.ts";
import { openLocalOnlyContext, waitForMap } from "./browser.ts";
import { startOtherLoadMeter } from "./other-load.ts";
import { type QuietCheck, waitForQuietMachine } from "./quiet-machine.ts";

export interface StartTimeline {
  /** npm start → the bundle step done (a build on a fresh clone, a check afterwards). */
  readonly bundleMs: number;
  /** What Vite itself reports for the build ("built in"), when it built. */
  readonly viteReportedMs: number | undefined;
  /** Bundle step done → `startServer` called: Node, tsx and module loading. */
  readonly bootMs: number;
  /** As the server logs it: open the database, migrate, load the baseline, build the app, listen. */
  readonly startupMs: number;
  /** Listening → `/`, `/api/health` and `/api/geometry` all answered (25 ms polling). */
  readonly firstResponsesMs: number;
  /** npm start → all three answered. */
  readonly readyMs: number;
  /** npm start → the ten member states drawn on the map in Chromium (undefined without Chromium). */
  readonly mapMs: number | undefined;
  readonly migrationsApplied: number;
  readonly baselineLoaded: boolean;
  readonly observationsInserted: number;
  readonly quiet: QuietCheck;
  /** Cores other processes kept busy during the run (a lower bound). */
  readonly otherCores: number;
}

export interface MeasureStartOptions {
  readonly root: string;
  readonly dataDir: string;
  readonly browser: Browser | undefined;
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

const bundleStepEnd = /built in [\d.]+ ?m?s|web bundle is up to date/;

export async function measureStart(options: MeasureStartOptions): Promise<StartTimeline> {
  const quiet = await waitForQuietMachine();
  const otherLoad = startOtherLoadMeter();
  const server = await spawnAtlas({
    root: options.root,
    dataDir: options.dataDir,
    via: "npm-start",
    logLevel: "info",
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  try {
    const readyAt = await waitUntilServing(server, options.timeoutMs);
    const mapAt = options.browser === undefined ? undefined : await drawMap(options.browser, server.baseUrl);
    const otherCores = otherLoad.stop();
    const started = server.process.startedAtMs;
    const records = readPinoRecords(server.process);
    const serving = records.find((record) => record.startupMs !== undefined);
    const ready = records.find((record) => record.baseline !== undefined);
    if (serving?.startupMs === undefined || ready?.baseline === undefined) {
      throw new Error("the server logged no startupMs or baseline report (LOG_LEVEL=info expected)");
    }
    const listenAt = serving.time - performance.timeOrigin;
    const serverStartAt = listenAt - serving.startupMs;
    const bundleLine = server.process.lines.findLast((line) => bundleStepEnd.test(line.text));
    const bundleEnd = bundleLine?.atMs ?? Number.NaN;
    const viteReport = server.process.lines
      .map((line) => /built in ([\d.]+) ?(m?s)/.exec(line.text))
      .findLast((match) => match !== null);
    return {
      bundleMs: bundleEnd - started,
      viteReportedMs:
        viteReport?.[1] === undefined
          ? undefined
          : Number(viteReport[1]) * (viteReport[2] === "s" ? 1_000 : 1),
      bootMs: serverStartAt - bundleEnd,
      startupMs: serving.startupMs,
      firstResponsesMs: readyAt - listenAt,
      readyMs: readyAt - started,
      mapMs: mapAt === undefined ? undefined : mapAt - started,
      migrationsApplied: ready.migrationsApplied?.length ?? 0,
      baselineLoaded: ready.baseline.loaded,
      observationsInserted: ready.baseline.observations["inserted"] ?? 0,
      quiet,
      otherCores,
    };
  } finally {
    await server.process.stop();
  }
}

/** Opens the home page in a fresh browser context and returns when the map is drawn. */
async function drawMap(browser: Browser, baseUrl: string): Promise<number> {
  const { context, blockedUrls } = await openLocalOnlyContext(browser, baseUrl);
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await waitForMap(page, 60_000);
    const drawnAt = performance.now();
    if (blockedUrls.length > 0) throw new Error(`the home page asked for ${blockedUrls.join(", ")}`);
    return drawnAt;
  } finally {
    await context.close();
  }
}
