/**
 * `atlas index build|uncertainty`: the composite-index engine over CSV and JSON files, no
 * database. Outputs go to `--out DIR` as CSV in the layout the engine README documents.
 */
import { buildIndexFromFiles } from "@circular-atlas/services";
import type { Command } from "commander";
import { exitCodes } from "../exit-codes.ts";
import { note } from "../output.ts";
import { runCommand } from "../run-command.ts";

interface IndexInputOptions {
  data: string;
  meta: string;
  pipeline: string;
  out: string;
}

export function registerIndexCommand(program: Command, setExitCode: (code: number) => void): void {
  const index = program
    .command("index")
    .description("composite indicators the JRC/COINr way: build an index, analyse its uncertainty");
  index
    .command("build")
    .description(
      "run pipeline.json over iData and iMeta; writes dset_<Name>.csv per data set, ranks_<Name>.csv per aggregated one and results_index.csv",
    )
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
    .requiredOption("--out <dir>", "folder for the CSV outputs (created if absent)")
    .action(async (options: IndexInputOptions) => {
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
