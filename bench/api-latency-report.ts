/** The docs/benchmarks.md section for bench/api-latency.ts. */
import type { LatencySettings } from "./api-latency.ts";
import type { BenchContext } from "./support/bench-context.ts";
import type { LoadRun } from "./support/load-run.ts";
import { formatSetting } from "./support/machine.ts";
import { formatMs, formatRatio, formatVerdict, markdownTable } from "./support/markdown.ts";
import { describeQuietChecks, type QuietCheck } from "./support/quiet-machine.ts";
import { percentile } from "./support/statistics.ts";

export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly paths: readonly string[];
}

export interface MeasuredRun {
  readonly database: string;
  readonly shape: string;
  readonly scenario: Scenario;
  readonly run: LoadRun;
  readonly quiet: QuietCheck;
  readonly otherCores: number;
}

const p95 = (item: MeasuredRun) => percentile(item.run.latenciesMs, 95);

const isClean = (item: MeasuredRun) =>
  item.run.errors === 0 &&
  item.run.non2xx === 0 &&
  item.run.timeouts === 0 &&
  !item.run.stoppedByTimeLimit &&
  item.run.completed === item.scenario.paths.length;

export function describeApiLatency(
  context: BenchContext,
  measured: readonly MeasuredRun[],
  postgresMeasured: boolean,
  settings: LatencySettings,
): string {
  const { targetP95Ms, connections, ratePerSecond, warmupRequests } = settings;
  const verdictFor = (shape: string, label: string) => {
    const runs = measured.filter((item) => item.shape === shape);
    const worst = runs.reduce((a, b) => (p95(b) > p95(a) ? b : a));
    const met = runs.every((item) => isClean(item) && p95(item) < targetP95Ms);
    const dirty = runs.filter((item) => !isClean(item)).length;
    return `- ${label}: ${formatVerdict(met)}. Worst p95 ${formatMs(p95(worst))} = ${formatRatio(p95(worst), targetP95Ms)} (${worst.database}, ${worst.scenario.name})${dirty === 0 ? "; no error, non-2xx answer or timeout in any run" : `; ${dirty} run(s) with errors, non-2xx answers, timeouts or missing responses`}.`;
  };
  const rows = measured.map((item) => {
    const run = item.run;
    return [
      item.database,
      item.shape,
      item.scenario.name,
      `${run.completed.toLocaleString("en")} / ${item.scenario.paths.length.toLocaleString("en")}`,
      `${(run.completed / (run.durationMs / 1_000)).toFixed(0)}/s`,
      formatMs(percentile(run.latenciesMs, 50)),
      `**${formatMs(p95(item))}** (${formatRatio(p95(item), targetP95Ms)})`,
      formatMs(percentile(run.latenciesMs, 99)),
      formatMs(Math.max(...run.latenciesMs)),
      `${run.errors} / ${run.non2xx} / ${run.timeouts}`,
      `${run.cacheHits} / ${run.cacheMisses}`,
      item.otherCores.toFixed(2),
    ];
  });
  const scenarios = measured
    .map((item) => item.scenario)
    .filter((scenario, index, all) => all.findIndex((other) => other.name === scenario.name) === index);
  return `## API latency

**Target** (criterion 5): the observations API answers a country–indicator query at p95 under
20 ms at 200 requests/s on loopback. No reference tool: compared with the target.

**Result**, by the shape of the load (both at ${ratePerSecond} requests/s over ${connections} connections):

${verdictFor("steady", "steady, one request every 5 ms")}
${verdictFor("autocannon", `autocannon, \`overallRate: ${ratePerSecond}\` (bursts of ${connections} concurrent requests)`)}
${postgresMeasured ? "" : "\nPostgreSQL not measured: neither DATABASE_URL nor 127.0.0.1:5432 answered.\n"}
${markdownTable(
  [
    "database",
    "load",
    "run",
    "responses",
    "achieved rate (responses ÷ time to the last)",
    "p50",
    "p95",
    "p99",
    "max",
    "errors / non-2xx / timeouts",
    "cache hits / misses",
    "other processes' load (cores)",
  ],
  rows,
)}

The runs:

${scenarios.map((scenario) => `- **${scenario.name}**: ${scenario.description}.`).join("\n")}

The two load shapes:

- **autocannon**: autocannon's programmatic API with \`connections: ${connections}\`,
  \`overallRate: ${ratePerSecond}\` and \`amount\` = the run's length. Its rate limit gives each connection
  ${ratePerSecond / connections} requests a second and lets it send them back to back from the start of each second, so
  the server sees ${connections} concurrent requests until the second's quota is done: each request
  waits for up to ${connections - 1} others, and p95 is close to ${connections} × the time one request takes.
  Latency is per response, as autocannon's \`response\` event reports it (send to last byte).
  autocannon's own histogram is not used: with a rate set, it adds coordinated-omission samples
  at a 1 ms expected interval, which is not the 50 ms each connection waits between requests here.
- **steady**: an open-loop pacer in \`bench/support/paced-load.ts\` (node:http, keep-alive, at
  most ${connections} sockets): request i is due at i × 5 ms, sent whether or not earlier ones are done,
  and timed from its due time, so waiting for a socket counts.

Under autocannon the first burst leaves at once, so a short run's rate reads above 200/s (480
requests in three bursts are answered about 2.2 s after the first); over 6,000 requests it is
close to 200/s.

Method: the server runs as its own process (\`node packages/cli/bin/atlas.mjs serve\`,
\`LOG_LEVEL=warn\`, 127.0.0.1) with the headers a browser sends (\`accept-encoding: gzip, deflate,
br\`, so responses are compressed as the web app receives them). Each run starts a new server,
so its in-process response cache is empty, then warms it with ${warmupRequests.toLocaleString("en")} requests to URLs outside the
measured set (an extra \`_warmup\` parameter), so that JIT compilation of a just-started process is
not what is measured; the database keeps its own caches between runs. Percentiles are
nearest-rank over the raw latencies. The PostgreSQL runs use a database created for the
benchmark and dropped after it, which the first server start migrated and loaded with the
baseline. Cache hits and misses are counted from the server's \`x-cache\` header.
${describeQuietChecks(measured.map((item) => item.quiet))} The last column is the CPU that processes outside the
benchmark used during each run, in cores (a lower bound, from /proc).

${formatSetting(context.setting)} Reproduce: \`npm run bench -- api-latency\` (PostgreSQL runs when
\`DATABASE_URL\` is set or a server answers on 127.0.0.1:5432).`;
}
