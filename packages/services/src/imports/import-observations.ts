/**
 * Imports observations from one file or from a folder's files, all or nothing by default: every
 * file is parsed and every row checked against the database and the data-quality rules first.
 * Any rejected row means nothing is written and the error lists each one with its file, row,
 * column and reason; with `partial` the valid rows are written and the rejected ones listed.
 * Rows the rules flag are stored as pending versions, unpublished until a reviewer confirms
 * them; rows equal to the published value change nothing. A dry run stops before writing and
 * reports the same counts.
 */
import type { Source } from "@circular-atlas/contracts";
import type { AtlasDatabase } from "@circular-atlas/database";
import { formatDiagnostic } from "@circular-atlas/formats";
import { invalidateReferenceCatalogue, referenceCatalogue } from "../reference/reference-catalogue.ts";
import { ServiceError } from "../service-error.ts";
import { classifyImportRows } from "./classify-import-rows.ts";
import { type CodeDictionary, sdmxDictionary } from "./code-dictionary.ts";
import { detectFormat, fileRows, type ImportDefaults } from "./import-file-rows.ts";
import type { ImportFormatName, ImportReport } from "./import-report.ts";
import {
  citationSource,
  contentHash,
  type FileResult,
  type ImportFile,
  markDuplicateKeys,
  readStructure,
  rejectedBeforeRows,
} from "./import-row-checks.ts";
import { fileSeriesDictionary } from "./named-series-dictionary.ts";
import { resolveImportRows } from "./resolve-import-rows.ts";
import { countSkipped, mergeSkipped } from "./skipped-areas.ts";
import { noStructureSeries, structureSeries } from "./structure-series.ts";
import { writeImport } from "./write-import.ts";
import { locateInSheet } from "./xlsx-rows.ts";

export type { ImportFile } from "./import-row-checks.ts";

export interface ImportObservationsOptions extends ImportDefaults {
  readonly db: AtlasDatabase;
  /** One file: its name and text. */
  readonly fileName: string;
  readonly text?: string | undefined;
  /** One binary file (an .xlsx workbook): its bytes, instead of `text`. */
  readonly bytes?: Uint8Array | undefined;
  /** Several files imported as one (a folder); `fileName` then names the folder. */
  readonly files?: readonly ImportFile[];
  readonly format?: ImportFormatName | "auto";
  /**
   * An SDMX-ML structure message (DSD with codelists): codes are checked against it, and the
   * national series it defines that the observatory lacks are registered as indicators.
   */
  readonly structure?: ImportFile | undefined;
  /** What the publisher's codes mean, when it gives them otherwise (an Open SDG site's translations). */
  readonly dictionary?: CodeDictionary | undefined;
  readonly dryRun?: boolean;
  /** Write the valid rows and list the rejected ones, instead of writing nothing. */
  readonly partial?: boolean;
}

/** How many errors the exception's message lists; the report in its details holds all of them. */
const errorsInMessage = 50;

export async function importObservations(options: ImportObservationsOptions): Promise<ImportReport> {
  const files = options.files ?? [
    { fileName: options.fileName, text: options.text ?? "", bytes: options.bytes },
  ];
  const several = options.files !== undefined;
  const catalogue = await referenceCatalogue(options.db);
  const structure = options.structure === undefined ? undefined : readStructure(options.structure);
  const formats = files.map((file) =>
    options.format === undefined || options.format === "auto" ? detectFormat(file) : options.format,
  );
  const parsed = files.map((file, index) => ({
    file,
    format: formats[index] as ImportFormatName,
    ...fileRows(file, formats[index] as ImportFormatName, {
      areas: catalogue.areas,
      structure: structure?.structure,
      defaults: {
        ...options,
        indicator: file.indicator ?? options.indicator,
        indicatorName: file.indicatorName ?? options.indicatorName,
        seriesPerUnit: file.seriesPerUnit,
      },
    }),
  }));

  const newSources = new Map<string, Source>();
  const citation = (text: string) => newSources.get(text) ?? citationSource(text);
  const dictionary =
    options.dictionary ??
    (structure === undefined ? fileSeriesDictionary(parsed) : sdmxDictionary(structure));
  const series =
    dictionary === undefined
      ? noStructureSeries
      : structureSeries(
          dictionary,
          parsed.map(({ file, rows }) => ({ fileName: file.fileName, rows })),
          (code) => catalogue.indicatorsByCode.has(code),
          options.source === undefined
            ? null
            : (catalogue.sourcesById.get(options.source)?.id ?? citation(options.source).id),
          catalogue.areas,
        );
  const addedDimensions = new Map<string, Set<string>>();
  const results: FileResult[] = parsed.map(({ file, format, rows, diagnostics, skippedByReason = {} }) => {
    const resolved = resolveImportRows(
      rows,
      catalogue,
      diagnostics,
      citation,
      series.indicators,
      (dimension) => dictionary?.definesDimension(dimension) ?? false,
      series.areas,
    );
    for (const source of resolved.newSources) newSources.set(source.citation ?? source.title, source);
    for (const [code, dimensions] of resolved.addedDimensions)
      addedDimensions.set(code, new Set([...(addedDimensions.get(code) ?? []), ...dimensions]));
    return {
      fileName: file.fileName,
      format,
      rowsRead: rows.length + rejectedBeforeRows(diagnostics, rows) + countSkipped(skippedByReason),
      skippedByReason,
      rows: resolved.rows,
      diagnostics: diagnostics.map((diagnostic) =>
        several ? { ...diagnostic, file: file.fileName } : diagnostic,
      ),
    };
  });
  if (structure !== undefined)
    for (const diagnostic of structure.diagnostics)
      results[0]?.diagnostics.push({ ...diagnostic, file: options.structure?.fileName ?? "structure" });
  markDuplicateKeys(results);

  // Errors without a row (a missing column, an unreadable file) leave nothing to import.
  const fileErrors = results.flatMap((result) =>
    result.diagnostics.filter(
      (diagnostic) => diagnostic.severity === "error" && diagnostic.row === undefined,
    ),
  );
  const rejectedLines = results.map(
    (result) =>
      new Set(
        result.diagnostics
          .filter((diagnostic) => diagnostic.severity === "error" && diagnostic.row !== undefined)
          .map((diagnostic) => diagnostic.row as number),
      ),
  );
  const valid = results.flatMap((result, index) =>
    result.rows
      .filter((row) => !rejectedLines[index]?.has(row.line))
      .map((row) => ({ ...row, fileName: result.fileName })),
  );
  const rejectedByReason: Record<string, number> = {};
  results.forEach((result) => {
    const seen = new Set<string>();
    for (const diagnostic of result.diagnostics)
      if (
        diagnostic.severity === "error" &&
        diagnostic.row !== undefined &&
        !seen.has(`${diagnostic.code}:${diagnostic.row}`)
      ) {
        seen.add(`${diagnostic.code}:${diagnostic.row}`);
        rejectedByReason[diagnostic.code] = (rejectedByReason[diagnostic.code] ?? 0) + 1;
      }
  });
  const rejected = rejectedLines.reduce((sum, lines) => sum + lines.size, 0);
  const skippedByReason = mergeSkipped(results);

  const { toPublish, toHold, flags, inserted, updated, unchanged } = await classifyImportRows(
    options.db,
    valid,
    catalogue.indicatorsByCode,
  );
  const allDiagnostics = results.flatMap((result) =>
    result.format === "xlsx" ? result.diagnostics.map(locateInSheet) : result.diagnostics,
  );
  const report: ImportReport = {
    fileName: options.fileName,
    format: formats[0] ?? "long-csv",
    dryRun: options.dryRun ?? false,
    partial: options.partial ?? false,
    files: results.map((result, index) => ({
      fileName: result.fileName,
      format: result.format,
      rowsRead: result.rowsRead,
      observations: result.rows.filter((row) => !rejectedLines[index]?.has(row.line)).length,
      rejected: rejectedLines[index]?.size ?? 0,
      skipped: countSkipped(result.skippedByReason),
    })),
    rowsRead: results.reduce((sum, result) => sum + result.rowsRead, 0),
    series: new Set(
      valid.map(
        (row) =>
          `${row.observation.indicatorCode}\u0000${row.observation.areaCode}\u0000${row.observation.dimensionKey ?? ""}`,
      ),
    ).size,
    observations: valid.length,
    inserted,
    updated,
    unchanged,
    flagged: toHold.length,
    rejected,
    rejectedByReason,
    skipped: countSkipped(skippedByReason),
    skippedByReason,
    newIndicators: [...series.indicators.keys()].filter((code) =>
      valid.some((row) => row.observation.indicatorCode === code),
    ),
    flags,
    diagnostics: allDiagnostics,
  };
  const errors = allDiagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (fileErrors.length > 0 || (errors.length > 0 && !report.partial)) {
    const listed = errors
      .slice(0, errorsInMessage)
      .map((error) => `  ${formatDiagnostic(error, error.file ?? options.fileName)}`)
      .join("\n");
    const more = errors.length > errorsInMessage ? `\n  … and ${errors.length - errorsInMessage} more` : "";
    throw new ServiceError(
      "import-invalid",
      `${options.fileName}: ${errors.length} error(s), nothing was imported:\n${listed}${more}`,
      { ...report },
    );
  }
  if (report.dryRun) return report;

  await writeImport(options.db, {
    fileName: options.fileName,
    format: report.format,
    contentHash: contentHash(files),
    catalogue,
    newSources: [...newSources.values()],
    series,
    agency: dictionary?.agency ?? "SDMX",
    addedDimensions,
    toPublish: toPublish.map((row) => row.observation),
    toHold,
  });
  invalidateReferenceCatalogue(options.db);
  return report;
}
