/**
 * `atlas index build|uncertainty`: the composite-index engine over CSV and JSON files, no
 * database. Outputs go to `--out DIR` as CSV in the layout the engine README documents.
 */
import {
  analyseIndexFromFiles,
  buildIndexFromFiles,
  runIndexUncertaintyFromFiles,
} from "@circular-atlas/services";
import type { Command } from "commander";
import { exitCodes, UsageError } from "../exit-codes.ts";
import { note } from "../output.ts";
import { createProgressBar } from "../progress.ts";
import { runCommand } from "../run-command.ts";

interface IndexInputOptions {
  data: string;
  meta: string;
  pipeline: string;
  out: string;
}

interface UncertaintyOptions extends IndexInputOptions {
  uncertain: string;
  n: string;
  seed: string;
  sa?: boolean;
  sampler: string;
  design?: string;
  weights?: string;
  reuse: boolean;
  nboot?: string;
}

function wholeNumber(name: string, text: string, minimum: number): number {
  if (!/^-?\d+$/.test(text) || Number(text) < minimum || !Number.isSafeInteger(Number(text)))
    throw new UsageError(`${name} must be a whole number ≥ ${minimum} (got ${text})`);
  return Number(text);
}

function inputOptions(command: Command): Command {
  return command
    .requiredOption(
      "--data <iData.csv>",
      "units × indicators (uCode, uName, group columns, Time, one column per indicator)",
    )
    .requiredOption(
      "--meta <iMeta.csv>",
      "one row per indicator and aggregate (Level, iCode, Parent, Direction, Weight, Type, …)",
    )
    .requiredOption(
      "--pipeline <pipeline.json>",
      '{"compat": "coinr"|"strict", "steps": [...]} with COINr\'s argument names',
    )
    .requiredOption("--out <dir>", "folder for the CSV outputs (created if absent)");
}

export function registerIndexCommand(program: Command, setExitCode: (code: number) => void): void {
  const index = program
    .command("index")
    .description("composite indicators the JRC/COINr way: build an index, analyse its uncertainty");
  registerBuild(index, setExitCode);
  registerAnalyse(index, setExitCode);
  registerUncertainty(index, setExitCode);
}

function registerAnalyse(index: Command, setExitCode: (code: number) => void): void {
  inputOptions(
    index
      .command("analyse")
      .description(
        "the method's checks of a built index: effective_weights.csv, correlations.csv (each element with its parent), cronbach.csv, pca_weights.csv, remove_elements.csv",
      ),
  )
    .option("--dset <name>", "the data set analysed (default: the last Aggregate step's)")
    .action(async (options: IndexInputOptions & { dset?: string }) => {
      setExitCode(
        await runCommand(async () => {
          const report = await analyseIndexFromFiles({
            dataPath: options.data,
            metaPath: options.meta,
            pipelinePath: options.pipeline,
            outDir: options.out,
            ...(options.dset === undefined ? {} : { dset: options.dset }),
          });
          note(`analysed ${report.dset}; wrote ${report.files.join(", ")} to ${options.out}`);
          return exitCodes.ok;
        }),
      );
    });
}

function registerBuild(index: Command, setExitCode: (code: number) => void): void {
  inputOptions(
    index
      .command("build")
      .description(
        "run pipeline.json over iData and iMeta; writes dset_<Name>.csv per data set, ranks_<Name>.csv per aggregated one and results_index.csv",
      ),
  ).action(async (options: IndexInputOptions) => {
    setExitCode(
      await runCommand(async () => {
        const report = await buildIndexFromFiles({
          dataPath: options.data,
          metaPath: options.meta,
          pipelinePath: options.pipeline,
          outDir: options.out,
        });
        for (const diagnostic of report.diagnostics) note(`${diagnostic.severity}: ${diagnostic.message}`);
        note(`wrote ${report.files.length} file(s) to ${options.out} (${report.compat} mode)`);
        return exitCodes.ok;
      }),
    );
  });
}

function registerUncertainty(index: Command, setExitCode: (code: number) => void): void {
  inputOptions(
    index
      .command("uncertainty")
      .description(
        "rebuild the index N times with sampled choices; writes scores.csv, ranks.csv, rank_stats.csv, design.csv, parameters.csv (and sensitivity.csv with --sa, failures.csv when a replication fails)",
      ),
  )
    .requiredOption(
      "--uncertain <spec.json>",
      '[{"name", "step": <write_to>, "argument": "global_specs.f1_para.winmax", "alternatives": [...]}, {"name": "Weights", "weight_sets": "sets.csv"}]',
    )
    .option(
      "--n <N>",
      "replications (uncertainty) or the base sample (with --sa: N·(d+2) replications)",
      "1000",
    )
    .option("--seed <seed>", "seed of the sampler (the same seed gives the same sample)", "1")
    .option("--sa", "sensitivity analysis: Saltelli design, first-order and total indices")
    .option("--sampler <random|sobol>", "independent uniforms (COINr) or a Sobol sequence", "random")
    .option(
      "--design <design.csv>",
      "replay a sample: one row per replication, one column per uncertain input, values in [0, 1)",
    )
    .option(
      "--weights <sets.csv>",
      "replay weight sets (set,iCode,Weight) in place of the spec's Weights entry",
    )
    .option(
      "--nboot <draws>",
      "with --sa: bootstrap the indices (COINr's Nboot) and write their 5–95 % intervals to sensitivity_bootstrap.csv",
    )
    .option(
      "--no-reuse",
      "recompute replications whose choices repeat an earlier one instead of copying their result (same output; for timing comparisons)",
    )
    .action(async (options: UncertaintyOptions) => {
      setExitCode(
        await runCommand(async () => {
          if (options.sampler !== "random" && options.sampler !== "sobol")
            throw new UsageError(`--sampler must be random or sobol (got ${options.sampler})`);
          const progress = createProgressBar();
          const report = await runIndexUncertaintyFromFiles({
            dataPath: options.data,
            metaPath: options.meta,
            pipelinePath: options.pipeline,
            uncertainPath: options.uncertain,
            n: wholeNumber("--n", options.n, 1),
            seed: wholeNumber("--seed", options.seed, Number.MIN_SAFE_INTEGER),
            sa: options.sa === true,
            sampler: options.sampler,
            ...(options.design === undefined ? {} : { designPath: options.design }),
            ...(options.weights === undefined ? {} : { weightsPath: options.weights }),
            outDir: options.out,
            recomputeRepeats: !options.reuse,
            ...(options.nboot === undefined ? {} : { nboot: wholeNumber("--nboot", options.nboot, 0) }),
            onProgress: (done, total) => progress.onProgress(done, total, "replications"),
          });
          progress.finish();
          for (const diagnostic of report.diagnostics) note(`${diagnostic.severity}: ${diagnostic.message}`);
          note(
            `${report.replications} replication(s), ${report.failed === 0 ? "none failed" : `${report.failed} failed (listed in failures.csv)`}, in ${report.seconds.toFixed(3)} s; wrote ${report.files.join(", ")} to ${options.out}`,
          );
          return exitCodes.ok;
        }),
      );
    });
}
