import { stat } from "node:fs/promises";
import path from "node:path";
import {
  type CodeDictionary,
  type ImportFile,
  type ImportReport,
  type IndicatorMetadataReport,
  importFormatNames,
  importIndicatorMetadata,
  importObservations,
  type OpenSdgRepositoryMetadata,
  readImportFile,
  readImportFolder,
  readOpenSdgRepository,
  readWorldBankPackages,
  ServiceError,
} from "@circular-atlas/services";
import type { Command } from "commander";
import { type ExitCode, exitCodes, UsageError } from "../exit-codes.ts";
import { withAtlas } from "../open-for-command.ts";
import { note, writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

interface ImportOptions {
  format: string;
  indicator?: string;
  area?: string;
  source?: string;
  structure?: string;
  dryRun?: boolean;
  decimalComma?: boolean;
  partial?: boolean;
  json?: boolean;
  report: string;
}

/** `--format` names: the service's, with the issue's short aliases. */
const formatAliases: Record<string, string> = { csv: "long-csv", opensdg: "open-sdg-csv" };

export function registerImportCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("import")
    .argument(
      "<file-or-folder>",
      "a data file, or a folder (an Open SDG data repository: data/ with an SDMX structure message beside it; a datahub.io World Bank package, or a folder of them)",
    )
    .description(
      "import observations, all or nothing: any rejected row leaves the database unchanged (exit 1); flagged rows wait for a reviewer",
    )
    .option("--format <format>", `auto, csv (long CSV), opensdg, ${importFormatNames.join(", ")}`, "auto")
    .option(
      "--indicator <code>",
      'indicator code, for files that carry none (Open SDG, datahub.io WDI, an OWID file with one value column); for OWID columns "column=CODE,…"',
    )
    .option("--area <ISO3>", "area code, for national Open SDG files")
    .option("--source <id-or-citation>", "source id or citation, for files without a source column")
    .option("--structure <file>", "SDMX-ML structure message (DSD and codelists) the data use")
    .option("--decimal-comma", "the SDMX file writes decimals with a comma (12,4); never guessed")
    .option("--dry-run", "check everything and report what would change, without writing")
    .option("--partial", "write the valid rows and list every rejected one")
    .option("--json", "print the report as JSON (same as --report json)")
    .option("--report <format>", "report format on stdout: text or json", "text")
    .action(async (target: string, options: ImportOptions) => {
      setExitCode(await runCommand(() => runImport(target, options)));
    });
}

/** Reads the input, then imports its values (and an Open SDG repository's metadata) in one run. */
async function runImport(target: string, options: ImportOptions): Promise<ExitCode | undefined> {
  const format = formatAliases[options.format] ?? options.format;
  if (format !== "auto" && !(importFormatNames as readonly string[]).includes(format))
    throw new UsageError(
      `--format must be auto, csv, opensdg or one of ${importFormatNames.join(", ")} (got ${options.format})`,
    );
  const json = options.json === true || options.report === "json";
  if (!["text", "json"].includes(options.report))
    throw new UsageError(`--report must be text or json (got ${options.report})`);
  const input = await readInput(target, options.area);
  const structure =
    options.structure === undefined ? input.structure : await readImportFile(options.structure);
  return withAtlas({ loadBaseline: true }, async (atlas) => {
    try {
      const metadata = input.metadata;
      const area = options.area?.toUpperCase() ?? "";
      // Read (and check) the metadata before any value is written; write it only after them.
      if (metadata !== undefined)
        await importIndicatorMetadata({
          db: atlas.handle.db,
          metadata,
          areaCode: area,
          dryRun: true,
        });
      const report = await importObservations({
        db: atlas.handle.db,
        fileName: path.basename(target),
        ...(input.file !== undefined
          ? { text: input.file.text, bytes: input.file.bytes }
          : { files: input.files ?? [] }),
        structure,
        dictionary: input.dictionary,
        format: format as "auto",
        indicator: options.indicator,
        area: options.area,
        source: options.source,
        dryRun: options.dryRun === true,
        partial: options.partial === true,
        decimalComma: options.decimalComma === true,
      });
      const metadataReport =
        metadata === undefined
          ? undefined
          : await importIndicatorMetadata({
              db: atlas.handle.db,
              metadata,
              areaCode: area,
              dryRun: options.dryRun === true,
            });
      await writeResult(
        json
          ? JSON.stringify(
              metadataReport === undefined ? report : { ...report, metadata: metadataReport },
              null,
              2,
            )
          : describeReport(report) +
              (metadataReport === undefined ? "" : describeMetadata(metadataReport, report.dryRun)),
        undefined,
      );
      return exitCodes.ok;
    } catch (error) {
      if (error instanceof ServiceError && json) {
        await writeResult(
          JSON.stringify({ error: error.code, message: error.message, ...error.details }, null, 2),
          undefined,
        );
      }
      throw error;
    }
  });
}

/**
 * A file, a datahub.io World Bank package (datapackage.json naming the indicator of its data.csv)
 * or a folder of them,
 * an Open SDG CSV repository (data/indicator_*.csv with translations/: one country's, so --area
 * names it), or a folder of data files with an SDMX structure message beside them.
 */
async function readInput(
  target: string,
  area: string | undefined,
): Promise<{
  file?: ImportFile;
  files?: ImportFile[];
  structure?: ImportFile | undefined;
  dictionary?: CodeDictionary;
  metadata?: OpenSdgRepositoryMetadata;
}> {
  if (!(await stat(target)).isDirectory()) return { file: await readImportFile(target) };
  const worldBankPackages = await readWorldBankPackages(target);
  if (worldBankPackages !== null) return { files: worldBankPackages };
  if (area !== undefined) {
    const repository = await readOpenSdgRepository(target, area.toUpperCase());
    if (repository !== null) return { ...repository, structure: undefined };
  }
  const folder = await readImportFolder(target);
  if (area === undefined && folder.files.some((file) => /(^|\/)indicator_[^/]+\.csv$/i.test(file.fileName)))
    throw new UsageError(
      `${target} looks like an Open SDG data repository: name its country with --area (ISO3)`,
    );
  return folder;
}

function describeMetadata(report: IndicatorMetadataReport, dryRun: boolean): string {
  for (const warning of report.warnings)
    note(
      `${warning.file}${warning.row === undefined ? "" : `, row ${warning.row}`}: warning: ${warning.message}`,
    );
  return `\nmetadata: ${dryRun ? "would store" : "stored"} ${report.indicators.length} indicator(s): ${report.inserted} new, ${report.replaced} replaced`;
}

function describeReport(report: ImportReport): string {
  const where = (diagnostic: ImportReport["diagnostics"][number]) =>
    `${diagnostic.file ?? report.fileName}${diagnostic.cell !== undefined ? `, ${diagnostic.cell}` : diagnostic.row === undefined ? "" : `, row ${diagnostic.row}`}`;
  const warnings = report.diagnostics.filter((diagnostic) => diagnostic.severity === "warning");
  for (const warning of warnings) note(`${where(warning)}: warning: ${warning.message}`);
  const lines: string[] = [];
  for (const rejected of report.diagnostics.filter((diagnostic) => diagnostic.severity === "error"))
    lines.push(`${where(rejected)}: rejected: ${rejected.message}`);
  for (const flag of report.flags)
    lines.push(
      `${flag.file}, row ${flag.row}: held for review: ${flag.area} ${flag.indicator}${flag.dimensionKey === "" ? "" : ` [${flag.dimensionKey}]`} ${flag.timePeriod} = ${flag.value}: ${flag.severity} ${flag.ruleId}: ${flag.message}`,
    );
  const raised = Object.values(report.flagsByRule).reduce((sum, count) => sum + count, 0);
  if (raised > report.flags.length)
    lines.push(
      `… and ${raised - report.flags.length} more flag(s); all ${raised} by rule: ${Object.entries(
        report.flagsByRule,
      )
        .map(([rule, count]) => `${count} ${rule}`)
        .join(", ")} (atlas flags lists them once stored)`,
    );
  const action = report.dryRun ? "would import" : "imported";
  const reasons = Object.entries(report.rejectedByReason)
    .map(([code, count]) => `${count} ${code}`)
    .join(", ");
  const skipped = Object.entries(report.skippedByReason)
    .map(([code, count]) => `${count} ${code}`)
    .join(", ");
  lines.push(
    `${report.fileName} (${report.format}${report.files.length > 1 ? `, ${report.files.length} files` : ""}): ${action} ${report.rowsRead} row(s) of ${report.series} series: ${report.inserted} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.flagged} held for review, ${report.rejected} rejected${reasons === "" ? "" : ` (${reasons})`}${report.skipped > 0 ? `, ${report.skipped} skipped (${skipped})` : ""}${report.newIndicators.length > 0 ? `; ${report.newIndicators.length} new series` : ""}${warnings.length > 0 ? `; ${warnings.length} warning(s)` : ""}`,
  );
  return lines.join("\n");
}
