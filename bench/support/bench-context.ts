/**
 * What every benchmark gets from the dispatcher: the repository, one source copy shared by the
 * run, and that copy prepared for serving (web bundle built, a PGlite data directory created,
 * migrated and loaded by a first start), each made once and only when a benchmark asks.
 */

import { startAtlas } from "./atlas-server.ts";
import { runToCompletion } from "./child-process.ts";
import type { MeasurementSetting } from "./machine.ts";
import { createSourceCopy, type SourceCopy, type SourceName } from "./source-copy.ts";
import { createTempDir } from "./temp-dirs.ts";

export interface PreparedCopy extends SourceCopy {
  /** A PGlite data directory that has been started once (migrated, baseline loaded). */
  readonly dataDir: string;
}

export interface BenchContext {
  readonly repositoryRoot: string;
  readonly setting: MeasurementSetting;
  /** Runs per start-up measurement (`--runs=N`). */
  readonly runs: number | undefined;
  /** The copy as a fresh clone has it; benchmarks may delete its build. */
  copy(): SourceCopy;
  /** The copy with its web bundle built and a data directory that has been started once. */
  prepareCopy(): Promise<PreparedCopy>;
}

export interface BenchResult {
  /** The section of docs/benchmarks.md, which is also what the console shows. */
  readonly markdown: string;
}

export interface Benchmark {
  readonly name: string;
  readonly title: string;
  run(context: BenchContext): Promise<BenchResult>;
}

export function createBenchContext(options: {
  repositoryRoot: string;
  source: SourceName;
  setting: MeasurementSetting;
  runs: number | undefined;
}): BenchContext {
  let copy: SourceCopy | undefined;
  let dataDir: Promise<string> | undefined;
  const getCopy = () => {
    copy ??= createSourceCopy({ repositoryRoot: options.repositoryRoot, source: options.source });
    return copy;
  };
  return {
    repositoryRoot: options.repositoryRoot,
    setting: options.setting,
    runs: options.runs,
    copy: getCopy,
    prepareCopy: async () => {
      const source = getCopy();
      // Cheap when the bundle is current; rebuilds it when an earlier benchmark deleted it.
      await runToCompletion({
        cwd: source.root,
        command: process.execPath,
        args: ["scripts/ensure-web-build.mjs"],
        env: process.env,
      });
      dataDir ??= initialiseDataDir(source.root);
      return { ...source, dataDir: await dataDir };
    },
  };
}

async function initialiseDataDir(root: string): Promise<string> {
  const dataDir = createTempDir("data");
  const server = await startAtlas({ root, dataDir, via: "serve", logLevel: "warn" });
  await server.process.stop();
  return dataDir;
}
