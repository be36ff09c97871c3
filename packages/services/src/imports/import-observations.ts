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
import { type FormatDiagnostic, formatDiagnostic } from "@circular-atlas/formats";
import { invalidateReferenceCatalogue, referenceCatalogue } from "../reference/reference-catalogue.ts";
import { ServiceError } from "../service-error.ts";
import { type ClassifiedRows, classifyImportRows } from "./classify-import-rows.ts";
import { type CodeDictionary, sdmxDictionary } from "./code-dictionary.ts";
import { detectFormat, type FileRows, fileRowBatches, type ImportDefaults } from "./import-file-rows.ts";
import type { ImportDiagnostic, ImportFormatName, ImportReport } from "./import-report.ts";
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
import { FileGapTally, type ImportRow, type ResolvedRow, resolveImportRows } from "./resolve-import-rows.ts";
import { IntList, ResolvedRowStore } from "./resolved-row-store.ts";
import { countSkipped, mergeSkipped } from "./skipped-areas.ts";
import {
  noStructureSeries,
  RowCodeSummary,
  type StructureSeries,
  structureSeries,
} from "./structure-series.ts";
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
  const catalogue = await referenceCatalogue(options.db);
  const structure = options.structure === undefined ? undefined : readStructure(options.structure);
  const reads: FileRead[] = files.map((file) => ({
    file,
    format: options.format === undefined || options.format === "auto" ? detectFormat(file) : options.format,
    context: {
      areas: catalogue.areas,
      structure: structure?.structure,
      defaults: {
        ...options,
        indicator: file.indicator ?? options.indicator,
        indicatorName: file.indicatorName ?? options.indicatorName,
        seriesPerUnit: file.seriesPerUnit,
      },
    },
  }));

  // A dictionary (the DSD, the site's translations, a WDI file's own names) teaches series and
  // areas that the rows' checks need first: the codes the rows use are gathered in a pass of
  // their own. Without one, the files are read once.
  const firstPass =
    options.dictionary !== undefined || structure !== undefined || reads.some((read) => read.format === "wdi")
      ? summariseFiles(reads)
      : undefined;
  const newSources = new Map<string, Source>();
  const citation = (text: string) => newSources.get(text) ?? citationSource(text);
  const dictionary =
    options.dictionary ??
    (structure === undefined
      ? fileSeriesDictionary([{ seriesNames: firstPass?.seriesNames ?? new Map() }])
      : sdmxDictionary(structure));
  const series =
    dictionary === undefined || firstPass === undefined
      ? noStructureSeries
      : structureSeries(
          dictionary,
          firstPass.summary,
          (code) => catalogue.indicatorsByCode.has(code),
          options.source === undefined
            ? null
            : (catalogue.sourcesById.get(options.source)?.id ?? citation(options.source).id),
          catalogue.areas,
        );

  const store = new ResolvedRowStore();
  const addedDimensions = new Map<string, Set<string>>();
  const results: FileResult[] = reads.map((read, index) => {
    const resolve = (rows: readonly ImportRow[], diagnostics: FormatDiagnostic[]) => {
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
      return resolved.rows;
    };
    return readFile(
      read,
      firstPass?.kept.get(index) ?? fileRowBatches(read.file, read.format, read.context),
      {
        store,
        resolve,
        several: options.files !== undefined,
      },
    );
  });
  if (structure !== undefined)
    for (const diagnostic of structure.diagnostics)
      results[0]?.diagnostics.push({ ...diagnostic, file: options.structure?.fileName ?? "structure" });
  markDuplicateKeys(results, store);

  const outcome = rejections(results, store);
  const classified = await classifyImportRows(options.db, store, outcome.valid, catalogue.indicatorsByCode);
  const report = importReport(options, results, store, outcome, classified, series);
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (outcome.fileErrors > 0 || (errors.length > 0 && !report.partial)) {
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
    store,
    valid: outcome.valid,
    classified,
  });
  invalidateReferenceCatalogue(options.db);
  return report;
}

/** One file of an import with the format it is read as and what its readers are told. */
interface FileRead {
  readonly file: ImportFile;
  readonly format: ImportFormatName;
  readonly context: Parameters<typeof fileRowBatches>[2];
}

/**
 * The first pass: the codes every row uses and the series names files give. A file read in one
 * batch (every format but SDMX-CSV) is kept for the second pass, so it is parsed once; an
 * SDMX-CSV file is read again rather than held.
 */
function summariseFiles(reads: readonly FileRead[]): {
  summary: RowCodeSummary;
  seriesNames: Map<string, string>;
  kept: Map<number, FileRows[]>;
} {
  const summary = new RowCodeSummary();
  const seriesNames = new Map<string, string>();
  const kept = new Map<number, FileRows[]>();
  reads.forEach((read, index) => {
    let batches: FileRows[] | undefined = [];
    for (const batch of fileRowBatches(read.file, read.format, read.context)) {
      for (const row of batch.rows) summary.add(row, read.file.fileName);
      for (const [code, name] of batch.seriesNames ?? []) seriesNames.set(code, name);
      batches?.push(batch);
      if (batches !== undefined && batches.length > 1) batches = undefined;
    }
    if (batches !== undefined) kept.set(index, batches);
  });
  return { summary, seriesNames, kept };
}

/**
 * The second pass over one file: each batch of rows is checked and its valid rows go into the
 * store, so no more than a batch of rows is ever held as objects. The parser's diagnostics come
 * first, then the checks', as a reader of the report expects them.
 */
function readFile(
  read: FileRead,
  batches: Iterable<FileRows>,
  into: {
    readonly store: ResolvedRowStore;
    readonly resolve: (rows: readonly ImportRow[], diagnostics: FormatDiagnostic[]) => ResolvedRow[];
    readonly several: boolean;
  },
): FileResult {
  const { fileName } = read.file;
  const parserDiagnostics: FormatDiagnostic[] = [];
  let checkDiagnostics: FormatDiagnostic[] = [];
  const gaps = new FileGapTally();
  const rowLines = new IntList();
  const skippedByReason: Record<string, number> = {};
  const firstRow = into.store.length;
  for (const batch of batches) {
    for (const diagnostic of batch.diagnostics) parserDiagnostics.push(diagnostic);
    for (const [reason, count] of Object.entries(batch.skippedByReason ?? {}))
      skippedByReason[reason] = (skippedByReason[reason] ?? 0) + count;
    gaps.add(batch.rows);
    for (const row of batch.rows) rowLines.push(row.line);
    for (const row of into.resolve(batch.rows, checkDiagnostics)) into.store.add(row, fileName);
  }
  // A file that names no indicator, area or source anywhere gets one error, not one per row;
  // none of its rows was stored, as each lacked what the file lacks.
  const fileGaps = gaps.gaps();
  if (fileGaps.length > 0) checkDiagnostics = fileGaps;
  const diagnostics: ImportDiagnostic[] = [];
  for (const diagnostic of [parserDiagnostics, checkDiagnostics].flat())
    diagnostics.push(into.several ? { ...diagnostic, file: fileName } : diagnostic);
  return {
    fileName,
    format: read.format,
    rowsRead:
      rowLines.length + rejectedBeforeRows(parserDiagnostics, rowLines) + countSkipped(skippedByReason),
    skippedByReason,
    firstRow,
    endRow: into.store.length,
    diagnostics,
  };
}

interface Rejections {
  /** Store indexes of the rows no error names. */
  readonly valid: number[];
  /** How many of them each file holds. */
  readonly validPerFile: readonly number[];
  /** Per file, the lines an error names. */
  readonly rejectedLines: readonly ReadonlySet<number>[];
  readonly rejectedByReason: Record<string, number>;
  /** Errors without a row (a missing column, an unreadable file): they leave nothing to import. */
  readonly fileErrors: number;
}

function rejections(results: readonly FileResult[], store: ResolvedRowStore): Rejections {
  const rejectedByReason: Record<string, number> = {};
  let fileErrors = 0;
  const rejectedLines = results.map((result) => {
    const lines = new Set<number>();
    const seen = new Set<string>();
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity !== "error") continue;
      if (diagnostic.row === undefined) {
        fileErrors++;
        continue;
      }
      lines.add(diagnostic.row);
      if (seen.has(`${diagnostic.code}:${diagnostic.row}`)) continue;
      seen.add(`${diagnostic.code}:${diagnostic.row}`);
      rejectedByReason[diagnostic.code] = (rejectedByReason[diagnostic.code] ?? 0) + 1;
    }
    return lines;
  });
  const valid: number[] = [];
  const validPerFile = results.map((result, file) => {
    const rejected = rejectedLines[file] as ReadonlySet<number>;
    const before = valid.length;
    for (let index = result.firstRow; index < result.endRow; index++)
      if (!rejected.has(store.line(index))) valid.push(index);
    return valid.length - before;
  });
  return { valid, validPerFile, rejectedLines, rejectedByReason, fileErrors };
}

function importReport(
  options: ImportObservationsOptions,
  results: readonly FileResult[],
  store: ResolvedRowStore,
  outcome: Rejections,
  classified: ClassifiedRows,
  series: StructureSeries,
): ImportReport {
  const { valid, rejectedLines } = outcome;
  const skippedByReason = mergeSkipped(results);
  const validIndicators = new Set(valid.map((index) => store.indicator(index)));
  return {
    fileName: options.fileName,
    format: results[0]?.format ?? "long-csv",
    dryRun: options.dryRun ?? false,
    partial: options.partial ?? false,
    files: results.map((result, index) => ({
      fileName: result.fileName,
      format: result.format,
      rowsRead: result.rowsRead,
      observations: outcome.validPerFile[index] ?? 0,
      rejected: rejectedLines[index]?.size ?? 0,
      skipped: countSkipped(result.skippedByReason),
    })),
    rowsRead: results.reduce((sum, result) => sum + result.rowsRead, 0),
    series: new Set(valid.map((index) => store.seriesId(index))).size,
    observations: valid.length,
    inserted: classified.inserted,
    updated: classified.updated,
    unchanged: classified.unchanged,
    flagged: classified.held,
    rejected: rejectedLines.reduce((sum, lines) => sum + lines.size, 0),
    rejectedByReason: outcome.rejectedByReason,
    skipped: countSkipped(skippedByReason),
    skippedByReason,
    newIndicators: [...series.indicators.keys()].filter((code) => validIndicators.has(code)),
    flags: classified.flags,
    flagsByRule: classified.flagsByRule,
    diagnostics: results.flatMap((result) =>
      result.format === "xlsx" ? result.diagnostics.map(locateInSheet) : result.diagnostics,
    ),
  };
}
