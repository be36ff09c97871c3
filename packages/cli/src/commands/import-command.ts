import { readFile } from "node:fs/promises";
import path from "node:path";
import { type ImportReport, importObservations, ServiceError } from "@circular-atlas/services";
import type { Command } from "commander";
import { exitCodes, UsageError } from "../exit-codes.ts";
import { withAtlas } from "../open-for-command.ts";
import { note, writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

interface ImportOptions {
  format: string;
  indicator?: string;
  area?: string;
  source?: string;
  dryRun?: boolean;
  report: string;
}

export function registerImportCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("import")
    .argument("<file>", "a long CSV (indicator,area,year,value,unit,source) or an Open SDG data CSV")
    .description("import observations from a file, all or nothing: any error leaves the database unchanged")
    .option("--format <format>", "auto, long-csv, open-sdg-csv or sdmx-csv", "auto")
    .option("--indicator <code>", "indicator code, for Open SDG files (which carry none)")
    .option("--area <ISO3>", "area code, for national Open SDG files")
    .option("--source <id-or-citation>", "source id or citation, for Open SDG files")
    .option("--dry-run", "check the file and report what would change, without writing")
    .option("--report <format>", "report format on stdout: text or json", "text")
    .action(async (file: string, options: ImportOptions) => {
      setExitCode(
        await runCommand(async () => {
          if (!["auto", "long-csv", "open-sdg-csv", "sdmx-csv"].includes(options.format)) {
            throw new UsageError(
              `--format must be auto, long-csv, open-sdg-csv or sdmx-csv (got ${options.format})`,
            );
          }
          if (!["text", "json"].includes(options.report))
            throw new UsageError(`--report must be text or json (got ${options.report})`);
          const text = await readFile(file, "utf8");
          return withAtlas({ loadBaseline: true }, async (atlas) => {
            try {
              const report = await importObservations({
                db: atlas.handle.db,
                fileName: path.basename(file),
                text,
                format: options.format as "auto",
                indicator: options.indicator,
                area: options.area,
                source: options.source,
                dryRun: options.dryRun === true,
              });
              await writeResult(
                options.report === "json" ? JSON.stringify(report, null, 2) : describeReport(report),
                undefined,
              );
              return exitCodes.ok;
            } catch (error) {
              if (error instanceof ServiceError && options.report === "json") {
                await writeResult(
                  JSON.stringify({ error: error.code, message: error.message, ...error.details }, null, 2),
                  undefined,
                );
              }
              throw error;
            }
          });
        }),
      );
    });
}

function describeReport(report: ImportReport): string {
  const warnings = report.diagnostics.filter((diagnostic) => diagnostic.severity === "warning");
  for (const warning of warnings) {
    note(
      `${report.fileName}${warning.row === undefined ? "" : `, row ${warning.row}`}: warning: ${warning.message}`,
    );
  }
  const action = report.dryRun ? "would import" : "imported";
  return `${report.fileName} (${report.format}): ${action} ${report.observations} observation(s) from ${report.rowsRead} row(s)${
    report.dryRun ? "" : `: ${report.inserted} new, ${report.updated} updated`
  }${warnings.length > 0 ? `; ${warnings.length} warning(s)` : ""}`;
}
