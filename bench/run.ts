/**
 * `npm run bench` runs every benchmark, `npm run bench -- NAME…` some of them (always in the order
 * below), prints each result and rewrites its section of docs/benchmarks.md.
 * Options: `--source=worktree` measures the working tree instead of HEAD; `--runs=N` sets the
 * number of cold and warm starts; `--no-doc` prints without writing the page.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apiLatency } from "./api-latency.ts";
import { coldStart } from "./cold-start.ts";
import { compositeIndex } from "./composite-index.ts";
import { homeWeight } from "./home-weight.ts";
import { sdmxImport } from "./sdmx-import.ts";
import { search } from "./search.ts";
import { type Benchmark, createBenchContext } from "./support/bench-context.ts";
import { updateBenchmarksDoc } from "./support/benchmarks-doc.ts";
import { describeCommit, describeSetting } from "./support/machine.ts";
import type { SourceName } from "./support/source-copy.ts";
import { removeTempDirs } from "./support/temp-dirs.ts";
import { warmStart } from "./warm-start.ts";

const benchmarks: readonly Benchmark[] = [
  coldStart,
  warmStart,
  homeWeight,
  apiLatency,
  search,
  sdmxImport,
  compositeIndex,
];
const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));
const documentPath = path.join(repositoryRoot, "docs", "benchmarks.md");

interface RunOptions {
  readonly selected: readonly Benchmark[];
  readonly source: SourceName;
  readonly runs: number | undefined;
  readonly writeDoc: boolean;
}

function parseArguments(argv: readonly string[]): RunOptions {
  const names: string[] = [];
  let source: SourceName = "head";
  let runs: number | undefined;
  let writeDoc = true;
  for (const argument of argv) {
    if (argument === "--source=worktree" || argument === "--source=head") {
      source = argument === "--source=worktree" ? "worktree" : "head";
    } else if (argument.startsWith("--runs=")) {
      runs = Number(argument.slice("--runs=".length));
      if (!Number.isInteger(runs) || runs < 1)
        throw new Error(`--runs must be a positive integer: ${argument}`);
    } else if (argument === "--no-doc") {
      writeDoc = false;
    } else if (benchmarks.some((benchmark) => benchmark.name === argument)) {
      names.push(argument);
    } else {
      const known = benchmarks.map((benchmark) => benchmark.name).join(", ");
      throw new Error(`unknown benchmark or option: ${argument} (benchmarks: ${known})`);
    }
  }
  const selected = names.length === 0 ? benchmarks : benchmarks.filter((b) => names.includes(b.name));
  return { selected, source, runs, writeDoc };
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  const setting = describeSetting({
    repositoryRoot,
    commit: describeCommit(repositoryRoot, options.source === "worktree"),
  });
  const context = createBenchContext({ repositoryRoot, source: options.source, setting, runs: options.runs });
  const updated = new Map<string, string>();
  let failed = false;
  try {
    for (const benchmark of options.selected) {
      console.log(`\n=== ${benchmark.name} ===`);
      try {
        const result = await benchmark.run(context);
        console.log(`\n${result.markdown}\n`);
        updated.set(benchmark.name, result.markdown);
      } catch (error) {
        failed = true;
        console.error(`${benchmark.name} failed:`, error);
      }
    }
  } finally {
    removeTempDirs();
  }
  if (options.writeDoc && updated.size > 0) {
    updateBenchmarksDoc({ path: documentPath, sections: benchmarks, updated });
    console.log(`updated ${path.relative(process.cwd(), documentPath)}: ${[...updated.keys()].join(", ")}`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
