/**
 * Cold start (acceptance criterion 1): from a fresh clone (no packages/web/dist, an empty data
 * directory), `npm start` serves the home page with the map in under 30 s, web build included.
 * Each run deletes the copy's build and Vite caches, and gives the server a new data directory
 * and a new TMPDIR (so tsx's transform cache is empty too).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { BenchContext, Benchmark, BenchResult } from "./support/bench-context.ts";
import { isChromiumInstalled, launchChromium } from "./support/browser.ts";
import { formatSetting } from "./support/machine.ts";
import { formatMs, formatRatio, formatVerdict, markdownTable } from "./support/markdown.ts";
import { describeQuietChecks } from "./support/quiet-machine.ts";
import { measureStart, type StartTimeline } from "./support/start-timeline.ts";
import { median } from "./support/statistics.ts";
import { createTempDir } from "./support/temp-dirs.ts";

const targetMs = 30_000;
const defaultRuns = 3;

export const coldStart: Benchmark = {
  name: "cold-start",
  title: "Cold start",
  run: async (context) => {
    const root = context.copy().root;
    const browser = isChromiumInstalled() ? await launchChromium() : undefined;
    const timelines: StartTimeline[] = [];
    try {
      for (let run = 1; run <= (context.runs ?? defaultRuns); run++) {
        resetToFreshClone(root);
        const timeline = await measureStart({
          root,
          dataDir: createTempDir("cold-data"),
          browser,
          env: { TMPDIR: createTempDir("cold-tmp") },
          timeoutMs: 300_000,
        });
        console.log(
          `cold start ${run}: ready ${formatMs(timeline.readyMs)}, map ${formatMs(timeline.mapMs ?? Number.NaN)}`,
        );
        timelines.push(timeline);
      }
    } finally {
      await browser?.close();
    }
    return { markdown: describeColdStart(context, timelines, browser) };
  },
};

function resetToFreshClone(root: string): void {
  for (const generated of [
    "packages/web/dist",
    "packages/web/node_modules/.vite",
    "packages/web/node_modules/.vite-temp",
  ]) {
    rmSync(path.join(root, generated), { recursive: true, force: true });
  }
}

function describeColdStart(
  context: BenchContext,
  timelines: readonly StartTimeline[],
  browser: Browser | undefined,
): BenchResult["markdown"] {
  const medianOf = (pick: (timeline: StartTimeline) => number | undefined) =>
    median(timelines.map((timeline) => pick(timeline) ?? Number.NaN));
  const headline = browser === undefined ? medianOf((t) => t.readyMs) : medianOf((t) => t.mapMs);
  const worst = Math.max(
    ...timelines.map((t) => (browser === undefined ? t.readyMs : (t.mapMs ?? Number.NaN))),
  );
  const rows = timelines.map((t, index) => [
    String(index + 1),
    formatMs(t.bundleMs),
    t.viteReportedMs === undefined ? "–" : formatMs(t.viteReportedMs),
    formatMs(t.bootMs),
    formatMs(t.startupMs),
    formatMs(t.firstResponsesMs),
    formatMs(t.readyMs),
    t.mapMs === undefined ? "–" : formatMs(t.mapMs),
    t.otherCores.toFixed(2),
  ]);
  rows.push([
    "median",
    formatMs(medianOf((t) => t.bundleMs)),
    formatMs(medianOf((t) => t.viteReportedMs)),
    formatMs(medianOf((t) => t.bootMs)),
    formatMs(medianOf((t) => t.startupMs)),
    formatMs(medianOf((t) => t.firstResponsesMs)),
    formatMs(medianOf((t) => t.readyMs)),
    formatMs(medianOf((t) => t.mapMs)),
    medianOf((t) => t.otherCores).toFixed(2),
  ]);
  const first = timelines[0];
  return `## Cold start

**Target** (criterion 1): from a fresh clone, \`npm start\` serves the home page with the map in
under 30 s on this machine, web bundle build included. No reference tool: compared with the target.

**Result**: ${formatVerdict(worst < targetMs)}. Median ${formatMs(headline)} from \`npm start\` to
${browser === undefined ? "the three URLs answering (no Chromium: map not timed)" : "the map drawn in Chromium"} = ${formatRatio(headline, targetMs)}; slowest of
${timelines.length} runs ${formatMs(worst)} = ${formatRatio(worst, targetMs)}.

${markdownTable(
  [
    "run",
    "bundle step (npm start → build done)",
    "Vite's own build time",
    "server boot (Node, tsx, imports)",
    "startupMs (DB open, migrate, baseline load, app, listen)",
    "listen → /, health, geometry answer",
    "total to HTTP ready",
    "total to map drawn",
    "other processes' load (cores)",
  ],
  rows,
)}

Each run starts from the state of a fresh clone after \`npm install\`: the copy's
\`packages/web/dist\` and Vite caches deleted, a new empty \`ATLAS_DATA_DIR\` (PGlite) and a new
\`TMPDIR\` (empty tsx cache). The operating system's file cache is warm (node_modules has been
read before), as it is on a machine that has just run \`npm install\`. The first start
${first === undefined ? "" : `applied ${first.migrationsApplied} migration(s) and loaded ${first.observationsInserted.toLocaleString("en")} baseline observations`};
\`startupMs\` is what the server logs, so "server boot" is the time before \`startServer\` runs.
"HTTP ready" means \`GET /\` returns the app shell, \`GET /api/health\` says \`ok\` and
\`GET /api/geometry\` returns 200; "map drawn" means a fresh Chromium page at \`/\` shows the
ten member states as paths of the choropleth (no request left 127.0.0.1).

${describeQuietChecks(timelines.map((t) => t.quiet))} The last column is the CPU that processes
outside the benchmark used during each run, in cores (a lower bound, from /proc).

${formatSetting(context.setting)} Reproduce: \`npm run bench -- cold-start\` (\`--runs=N\` for N runs).`;
}
