/**
 * Warm start (acceptance criterion 1): a second `npm start` on the same data directory, with the
 * web bundle built, serves in under 5 s. The data directory has been started once before (the
 * prepared copy), so this start finds the schema migrated and the baseline loaded.
 */
import type { BenchContext, Benchmark, BenchResult } from "./support/bench-context.ts";
import { isChromiumInstalled, launchChromium } from "./support/browser.ts";
import { formatSetting } from "./support/machine.ts";
import { formatMs, formatRatio, formatVerdict, markdownTable } from "./support/markdown.ts";
import { describeQuietChecks } from "./support/quiet-machine.ts";
import { measureStart, type StartTimeline } from "./support/start-timeline.ts";
import { median } from "./support/statistics.ts";

const targetMs = 5_000;
const defaultRuns = 5;

export const warmStart: Benchmark = {
  name: "warm-start",
  title: "Warm start",
  run: async (context) => {
    const prepared = await context.prepareCopy();
    const browser = isChromiumInstalled() ? await launchChromium() : undefined;
    const timelines: StartTimeline[] = [];
    try {
      for (let run = 1; run <= (context.runs ?? defaultRuns); run++) {
        const timeline = await measureStart({
          root: prepared.root,
          dataDir: prepared.dataDir,
          browser,
          timeoutMs: 120_000,
        });
        if (timeline.baselineLoaded || timeline.migrationsApplied > 0) {
          throw new Error("a warm start migrated or loaded the baseline again: not a warm start");
        }
        console.log(
          `warm start ${run}: ready ${formatMs(timeline.readyMs)}, map ${formatMs(timeline.mapMs ?? Number.NaN)}`,
        );
        timelines.push(timeline);
      }
    } finally {
      await browser?.close();
    }
    return { markdown: describeWarmStart(context, timelines) };
  },
};

function describeWarmStart(
  context: BenchContext,
  timelines: readonly StartTimeline[],
): BenchResult["markdown"] {
  const medianOf = (pick: (timeline: StartTimeline) => number | undefined) =>
    median(timelines.map((timeline) => pick(timeline) ?? Number.NaN));
  const headline = medianOf((t) => t.readyMs);
  const worst = Math.max(...timelines.map((t) => t.readyMs));
  const rows = timelines.map((t, index) => [
    String(index + 1),
    formatMs(t.bundleMs),
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
    formatMs(medianOf((t) => t.bootMs)),
    formatMs(medianOf((t) => t.startupMs)),
    formatMs(medianOf((t) => t.firstResponsesMs)),
    formatMs(headline),
    formatMs(medianOf((t) => t.mapMs)),
    medianOf((t) => t.otherCores).toFixed(2),
  ]);
  return `## Warm start

**Target** (criterion 1): a second start on the same data directory, with the web bundle built,
is under 5 s. No reference tool: compared with the target.

**Result**: ${formatVerdict(worst < targetMs)}. Median ${formatMs(headline)} from \`npm start\` to the
home page, \`/api/health\` and \`/api/geometry\` answering = ${formatRatio(headline, targetMs)}; slowest of
${timelines.length} runs ${formatMs(worst)} = ${formatRatio(worst, targetMs)}.

${markdownTable(
  [
    "run",
    "bundle check (npm start → up to date)",
    "server boot (Node, tsx, imports)",
    "startupMs (DB open, app, listen)",
    "listen → /, health, geometry answer",
    "total to HTTP ready",
    "total to map drawn",
    "other processes' load (cores)",
  ],
  rows,
)}

Every run is a full \`npm start\` (so it includes npm and the bundle-freshness check) on a PGlite
data directory that an earlier start created, migrated and loaded: each run checked that the
server applied no migration and did not reload the baseline. tsx's transform cache is the one an
earlier start left, as on a machine that has started the platform before. "Map drawn" (a fresh
Chromium page showing the ten member states) is given for reference; the target is the serving time.

${describeQuietChecks(timelines.map((t) => t.quiet))} The last column is the CPU that processes
outside the benchmark used during each run, in cores (a lower bound, from /proc).

${formatSetting(context.setting)} Reproduce: \`npm run bench -- warm-start\` (\`--runs=N\` for N runs).`;
}
