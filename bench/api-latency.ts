/**
 * API latency (acceptance criterion 5): the observations API answers a country–indicator query
 * at p95 under 20 ms at 200 requests/s on loopback. Every run gets a freshly started server (an
 * empty response cache) and sends country × indicator URLs over all indicators and member states:
 * each URL once (cold cache), a seeded random mix of them (mixed), and a mix in which every URL
 * is new (uncached); each under two load shapes (autocannon's, and a steady open-loop pace).
 * On PGlite always, and on a throw-away PostgreSQL database when one answers.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describeApiLatency, type MeasuredRun, type Scenario } from "./api-latency-report.ts";
import { startAtlas } from "./support/atlas-server.ts";
import type { Benchmark } from "./support/bench-context.ts";
import { type LoadRun, type LoadRunOptions, runLoad } from "./support/load-run.ts";
import { formatMs } from "./support/markdown.ts";
import { startOtherLoadMeter } from "./support/other-load.ts";
import { runPacedLoad } from "./support/paced-load.ts";
import { createThrowawayDatabase, findPostgres } from "./support/postgres.ts";
import { waitForQuietMachine } from "./support/quiet-machine.ts";
import { percentile, seededRandom, shuffled } from "./support/statistics.ts";
import { createTempDir } from "./support/temp-dirs.ts";

const latencySettings = {
  targetP95Ms: 20,
  ratePerSecond: 200,
  connections: 10,
  mixedRequests: 6_000,
  warmupRequests: 1_000,
  seed: 42,
  // What a browser sends; the server then compresses every response, cached or not.
  headers: { accept: "application/json", "accept-encoding": "gzip, deflate, br" },
} as const;
export type LatencySettings = typeof latencySettings;

const loadShapes: readonly { name: string; run: (options: LoadRunOptions) => Promise<LoadRun> }[] = [
  { name: "autocannon", run: runLoad },
  { name: "steady", run: runPacedLoad },
];

interface ServerTarget {
  readonly root: string;
  readonly database: string;
  readonly databaseUrl?: string;
  /** PGlite's data directory; a fresh empty one for PostgreSQL runs. */
  readonly dataDir: () => string;
}

export const apiLatency: Benchmark = {
  name: "api-latency",
  title: "API latency",
  run: async (context) => {
    const prepared = await context.prepareCopy();
    const { scenarios, warmupPaths } = buildScenarios(prepared.root);
    const measured: MeasuredRun[] = [];
    const measureAll = async (target: ServerTarget) => {
      for (const shape of loadShapes) {
        for (const scenario of scenarios)
          measured.push(await measureRun(target, shape, scenario, warmupPaths));
      }
    };
    await measureAll({
      root: prepared.root,
      database: "PGlite",
      dataDir: () => prepared.dataDir,
    });
    const adminUrl = await findPostgres();
    if (adminUrl !== undefined) {
      const database = await createThrowawayDatabase(adminUrl);
      try {
        // The first start migrates the new database and loads the baseline into it.
        const first = await startAtlas({
          root: prepared.root,
          dataDir: createTempDir("pg-data"),
          via: "serve",
          logLevel: "warn",
          databaseUrl: database.url,
        });
        await first.process.stop();
        await measureAll({
          root: prepared.root,
          database: database.description,
          databaseUrl: database.url,
          dataDir: () => createTempDir("pg-data"),
        });
      } finally {
        await database.drop();
      }
    }
    return { markdown: describeApiLatency(context, measured, adminUrl !== undefined, latencySettings) };
  },
};

/** Every indicator × every member state, as the profile and indicator pages ask for them. */
function buildScenarios(root: string): { scenarios: Scenario[]; warmupPaths: string[] } {
  const baseline = path.join(root, "data", "baseline");
  const readJson = <T>(name: string) => JSON.parse(readFileSync(path.join(baseline, name), "utf8")) as T;
  const indicators = readJson<{ code: string }[]>("indicators.json");
  const countries = readJson<{ code: string; level: string }[]>("areas.json").filter(
    (area) => area.level === "country",
  );
  const urls = indicators.flatMap((indicator) =>
    countries.map(
      (country) =>
        `/api/observations?indicator=${encodeURIComponent(indicator.code)}&area=${encodeURIComponent(country.code)}`,
    ),
  );
  const { mixedRequests, seed, warmupRequests } = latencySettings;
  const random = seededRandom(seed);
  const draw = () => urls[Math.floor(random() * urls.length)] ?? "";
  const combinations = `${indicators.length} indicators × ${countries.length} countries = ${urls.length} URLs`;
  const scenarios: Scenario[] = [
    {
      name: "cold cache",
      description: `each of the ${combinations} once, shuffled: every request is a first hit`,
      paths: shuffled(urls, random),
    },
    {
      name: "mixed",
      description: `${mixedRequests.toLocaleString("en")} requests drawn at random from the ${urls.length} URLs (seed ${seed}): first hits and repeats, as users make them`,
      paths: Array.from({ length: mixedRequests }, draw),
    },
    {
      name: "uncached",
      description: `${mixedRequests.toLocaleString("en")} requests drawn as in "mixed", each with a distinct \`_run\` parameter the API ignores, so none is answered from the response cache`,
      paths: Array.from({ length: mixedRequests }, (_, index) => `${draw()}&_run=${index}`),
    },
  ];
  const warmupPaths = Array.from({ length: warmupRequests }, (_, index) => `${draw()}&_warmup=${index}`);
  return { scenarios, warmupPaths };
}

async function measureRun(
  target: ServerTarget,
  shape: (typeof loadShapes)[number],
  scenario: Scenario,
  warmupPaths: readonly string[],
): Promise<MeasuredRun> {
  const atlas = await startAtlas({
    root: target.root,
    dataDir: target.dataDir(),
    via: "serve",
    logLevel: "warn",
    ...(target.databaseUrl === undefined ? {} : { databaseUrl: target.databaseUrl }),
  });
  const { connections, ratePerSecond, headers } = latencySettings;
  try {
    // JIT compilation of a just-started process is not what is measured: URLs outside the
    // measured set (an extra parameter) warm it without putting a measured URL in the cache.
    await runLoad({ baseUrl: atlas.baseUrl, paths: warmupPaths, connections, ratePerSecond: 1_000, headers });
    const quiet = await waitForQuietMachine();
    const otherLoad = startOtherLoadMeter();
    const run = await shape.run({
      baseUrl: atlas.baseUrl,
      paths: scenario.paths,
      connections,
      ratePerSecond,
      headers,
    });
    const otherCores = otherLoad.stop();
    console.log(
      `${target.database}, ${shape.name}, ${scenario.name}: p95 ${formatMs(percentile(run.latenciesMs, 95))} over ${run.completed} responses`,
    );
    return { database: target.database, shape: shape.name, scenario, run, quiet, otherCores };
  } finally {
    await atlas.process.stop();
  }
}
