/**
 * Imports observations from one file or from a folder's files, all or nothing by default: every
 * file is parsed and every row checked against the database and the data-quality rules first.
 * Any rejected row means nothing is written and the error lists each one with its file, row,
 * column and reason; with `partial` the valid rows are written and the rejected ones listed.
 * Rows the rules flag are stored as pending versions, unpublished until a reviewer confirms
 * them; rows equal to the published value change nothing. A dry run stops before writing and
 * reports the same counts.
 */
import { createHash } from "node:crypto";
import type { Area, Indicator, Source } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  bumpDataVersion,
  createImportBatch,
  findObservations,
  type NewQualityFlag,
  type ObservationRow,
  type PendingWrite,
  sameContent,
  setImportRowCount,
  upsertAreas,
  upsertDimensionCodes,
  upsertIndicators,
  upsertSources,
  writeObservations,
  writePendingVersions,
} from "@circular-atlas/database";
import { checkObservations, type QualityFinding, type QualityObservation } from "@circular-atlas/engines";
import { formatDiagnostic, parseSdmxStructure, type SdmxStructureMessage } from "@circular-atlas/formats";
import { loadQualityRules } from "../quality/quality-rules.ts";
import { invalidateReferenceCatalogue, referenceCatalogue } from "../reference/reference-catalogue.ts";
import { ServiceError } from "../service-error.ts";
import { detectFormat, fileRows, type ImportDefaults } from "./import-file-rows.ts";
import type { ImportDiagnostic, ImportFlag, ImportFormatName, ImportReport } from "./import-report.ts";
import { type ResolvedRow, resolveImportRows } from "./resolve-import-rows.ts";
import { structureSeries } from "./structure-series.ts";

export interface ImportFile {
  readonly fileName: string;
  readonly text: string;
}

export interface ImportObservationsOptions extends ImportDefaults {
  readonly db: AtlasDatabase;
  /** One file: its name and text. */
  readonly fileName: string;
  readonly text?: string;
  /** Several files imported as one (a folder); `fileName` then names the folder. */
  readonly files?: readonly ImportFile[];
  readonly format?: ImportFormatName | "auto";
  /**
   * An SDMX-ML structure message (DSD with codelists): codes are checked against it, and the
   * national series it defines that the observatory lacks are registered as indicators.
   */
  readonly structure?: ImportFile | undefined;
  readonly dryRun?: boolean;
  /** Write the valid rows and list the rejected ones, instead of writing nothing. */
  readonly partial?: boolean;
}

/** How many errors the exception's message lists; the report in its details holds all of them. */
const errorsInMessage = 50;

const keyOf = (observation: {
  indicatorCode: string;
  areaCode: string;
  timePeriod: string;
  dimensionKey?: string | undefined;
}) =>
  `${observation.indicatorCode}\u0000${observation.areaCode}\u0000${observation.timePeriod}\u0000${observation.dimensionKey ?? ""}`;

interface FileResult {
  readonly fileName: string;
  readonly format: ImportFormatName;
  readonly rowsRead: number;
  readonly rows: ResolvedRow[];
  readonly diagnostics: ImportDiagnostic[];
}

export async function importObservations(options: ImportObservationsOptions): Promise<ImportReport> {
  const files = options.files ?? [{ fileName: options.fileName, text: options.text ?? "" }];
  const several = options.files !== undefined;
  const catalogue = await referenceCatalogue(options.db);
  const structure = options.structure === undefined ? undefined : readStructure(options.structure);
  const formats = files.map((file) =>
    options.format === undefined || options.format === "auto" ? detectFormat(file.text) : options.format,
  );
  const parsed = files.map((file, index) => ({
    file,
    format: formats[index] as ImportFormatName,
    ...fileRows(file, formats[index] as ImportFormatName, {
      areas: catalogue.areas,
      structure: structure?.structure,
      defaults: options,
    }),
  }));

  const newSources = new Map<string, Source>();
  const citation = (text: string) => newSources.get(text) ?? citationSource(text);
  const series =
    structure === undefined
      ? { indicators: new Map<string, Indicator>(), dimensionCodes: [], areas: new Map<string, Area>() }
      : structureSeries(
          structure,
          parsed.map(({ file, rows }) => ({ fileName: file.fileName, rows })),
          (code) => catalogue.indicatorsByCode.has(code),
          options.source === undefined
            ? null
            : (catalogue.sourcesById.get(options.source)?.id ?? citation(options.source).id),
          catalogue.areas,
        );
  const structureDimensions = new Set(
    structure?.structure?.dimensions.filter(
      (id) => !["FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA"].includes(id),
    ) ?? [],
  );
  const addedDimensions = new Map<string, Set<string>>();
  const results: FileResult[] = parsed.map(({ file, format, rows, diagnostics }) => {
    const resolved = resolveImportRows(
      rows,
      catalogue,
      diagnostics,
      citation,
      series.indicators,
      structureDimensions,
      series.areas,
    );
    for (const source of resolved.newSources) newSources.set(source.citation ?? source.title, source);
    for (const [code, dimensions] of resolved.addedDimensions)
      addedDimensions.set(code, new Set([...(addedDimensions.get(code) ?? []), ...dimensions]));
    return {
      fileName: file.fileName,
      format,
      rowsRead: rows.length + rejectedBeforeRows(diagnostics, rows),
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

  const published = await publishedValues(
    options.db,
    valid.map((row) => row.observation),
  );
  const findings = await runQualityRules(options.db, valid, published, catalogue.indicatorsByCode);
  const flagsByKey = new Map<string, QualityFinding[]>();
  for (const finding of findings) {
    const key = keyOf({
      indicatorCode: finding.indicator,
      areaCode: finding.area,
      timePeriod: finding.timePeriod,
      dimensionKey: finding.dimensionKey,
    });
    flagsByKey.set(key, [...(flagsByKey.get(key) ?? []), finding]);
  }
  const toPublish: ResolvedRow[] = [];
  const toHold: PendingWrite[] = [];
  const flags: ImportFlag[] = [];
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of valid) {
    const key = keyOf(row.observation);
    const current = published.get(key);
    if (current !== undefined && sameContent(current, row.observation)) {
      unchanged++;
      continue;
    }
    const raised = flagsByKey.get(key);
    if (raised !== undefined) {
      toHold.push({ observation: row.observation, flags: flagsOf(raised) });
      for (const finding of raised)
        flags.push({ file: row.fileName, row: row.line, ...importFlagOf(finding) });
      continue;
    }
    toPublish.push(row);
    if (current === undefined) inserted++;
    else updated++;
  }

  const allDiagnostics = results.flatMap((result) => result.diagnostics);
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

  const written = new Set(valid.map((row) => row.observation.indicatorCode));
  await options.db.transaction(async (tx) => {
    await upsertSources(tx, [...newSources.values()]);
    const areasUsed = new Set(valid.map((row) => row.observation.areaCode));
    await upsertAreas(
      tx,
      [...series.areas.entries()]
        .filter(([, area]) => areasUsed.has(area.code) && !catalogue.areasByCode.has(area.code))
        .map(([code, area], index) => ({
          ...area,
          nationalCodes: { [structure?.structure?.ref?.agency ?? "SDMX"]: code },
          sortOrder: 1_000 + index,
        })),
    );
    await upsertIndicators(
      tx,
      [...series.indicators.values()]
        .filter((indicator) => written.has(indicator.code))
        .map(({ coverage: _coverage, ...indicator }, index) => ({
          ...indicator,
          sortOrder: 10_000 + index,
        })),
    );
    for (const [code, dimensions] of addedDimensions) {
      const known = catalogue.indicatorsByCode.get(code);
      if (known === undefined) continue;
      const { coverage: _coverage, ...indicator } = known;
      await upsertIndicators(tx, [
        { ...indicator, dimensions: [...new Set([...known.dimensions, ...dimensions])] },
      ]);
    }
    const knownCodes = new Set(catalogue.dimensionCodes.map((code) => `${code.dimension}\u0000${code.code}`));
    await upsertDimensionCodes(
      tx,
      series.dimensionCodes.filter((code) => !knownCodes.has(`${code.dimension}\u0000${code.code}`)),
    );
    const importId = await createImportBatch(tx, {
      kind: "file",
      format: report.format,
      fileName: options.fileName,
      contentHash: contentHash(files),
    });
    await writeObservations(
      tx,
      toPublish.map((row) => row.observation),
      importId,
      { keepImported: false },
    );
    await writePendingVersions(tx, toHold, importId);
    await setImportRowCount(tx, importId, toPublish.length + toHold.length);
    await bumpDataVersion(tx);
  });
  invalidateReferenceCatalogue(options.db);
  return report;
}

function readStructure(file: ImportFile): SdmxStructureMessage {
  const message = parseSdmxStructure(file.text);
  if (message.structure === undefined) {
    const reasons = message.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, file.fileName));
    throw new ServiceError(
      "import-invalid",
      `${file.fileName}: no data structure definition in it${reasons.length > 0 ? `:\n  ${reasons.join("\n  ")}` : ""}`,
      { diagnostics: message.diagnostics.map((diagnostic) => ({ ...diagnostic, file: file.fileName })) },
    );
  }
  return message;
}

/** Rows the parser itself rejected (they never became rows), so `rowsRead` counts every row. */
function rejectedBeforeRows(
  diagnostics: readonly ImportDiagnostic[],
  rows: readonly { line: number }[],
): number {
  const lines = new Set(rows.map((row) => row.line));
  return new Set(
    diagnostics
      .filter(
        (diagnostic) =>
          diagnostic.severity === "error" && diagnostic.row !== undefined && !lines.has(diagnostic.row),
      )
      .map((diagnostic) => diagnostic.row),
  ).size;
}

/**
 * Two rows of one import for the same key (after codes are mapped: `KG` and `KGZ`, a blank and
 * `_T`) cannot both be stored: the later one is rejected, naming the first, as the parsers do
 * within a file.
 */
function markDuplicateKeys(results: FileResult[]): void {
  const first = new Map<string, { result: FileResult; line: number }>();
  for (const result of results)
    for (const row of result.rows) {
      const key = keyOf(row.observation);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, { result, line: row.line });
        continue;
      }
      const { indicatorCode, areaCode, timePeriod, dimensionKey } = row.observation;
      const where =
        earlier.result === result ? `row ${earlier.line}` : `${earlier.result.fileName} row ${earlier.line}`;
      result.diagnostics.push({
        code: "import/duplicate-key",
        severity: "error",
        message: `${indicatorCode} ${areaCode} ${timePeriod}${dimensionKey ? ` [${dimensionKey}]` : ""} is already given at ${where}`,
        row: row.line,
        ...(results.length > 1 ? { file: result.fileName } : {}),
      });
    }
}

/** The published value of every key the import touches, by key. */
async function publishedValues(
  db: AtlasDatabase,
  observations: readonly { indicatorCode: string; areaCode: string }[],
): Promise<Map<string, ObservationRow>> {
  const indicators = [...new Set(observations.map((observation) => observation.indicatorCode))];
  const areas = [...new Set(observations.map((observation) => observation.areaCode))];
  if (indicators.length === 0) return new Map();
  const rows = await findObservations(db, { indicators, areas, totalsOnly: false });
  return new Map(rows.map((row) => [keyOf(row), row]));
}

/** The rules in force over the valid rows, against the published values of the same series. */
async function runQualityRules(
  db: AtlasDatabase,
  rows: readonly ResolvedRow[],
  published: ReadonlyMap<string, ObservationRow>,
  indicators: ReadonlyMap<string, Indicator>,
): Promise<QualityFinding[]> {
  if (rows.length === 0) return [];
  const { rules } = await loadQualityRules(db);
  const asQuality = (
    observation: ResolvedRow["observation"] | ObservationRow,
    rawValue?: string,
  ): QualityObservation => ({
    indicator: observation.indicatorCode,
    area: observation.areaCode,
    timePeriod: observation.timePeriod,
    year: observation.year,
    dimensionKey: observation.dimensionKey ?? "",
    dimensions: observation.dimensions ?? {},
    value: observation.value,
    rawValue,
    unit: observation.unit,
    unitMult: observation.unitMult ?? 0,
    source: observation.sourceId,
  });
  // A series this import registers has no published unit yet: its own rows define it.
  const publishedUnits = new Map(
    [...indicators.values()].map((indicator) => [indicator.code, { unit: indicator.unit, unitMult: 0 }]),
  );
  return checkObservations({
    candidates: rows.map((row) => asQuality(row.observation, row.rawValue)),
    accepted: [...published.values()].map((row) => asQuality(row)),
    rules,
    publishedUnits,
  });
}

/**
 * One stored flag per rule and value: a rule may find a value twice (a jump from the year
 * before and to the year after), and the reviewer decides once, so the messages are joined.
 */
function flagsOf(findings: readonly QualityFinding[]): NewQualityFlag[] {
  const byRule = new Map<string, NewQualityFlag>();
  for (const finding of findings) {
    const earlier = byRule.get(finding.ruleId);
    byRule.set(
      finding.ruleId,
      earlier === undefined
        ? {
            ruleId: finding.ruleId,
            kind: finding.kind,
            severity: finding.severity,
            message: finding.message,
            details: { ...finding.details },
          }
        : { ...earlier, message: `${earlier.message}; ${finding.message}` },
    );
  }
  return [...byRule.values()];
}

function importFlagOf(finding: QualityFinding): Omit<ImportFlag, "file" | "row"> {
  return {
    indicator: finding.indicator,
    area: finding.area,
    timePeriod: finding.timePeriod,
    dimensionKey: finding.dimensionKey,
    value: finding.value,
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    details: finding.details,
  };
}

function contentHash(files: readonly ImportFile[]): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.fileName).update("\u0000").update(file.text).update("\u0000");
  return hash.digest("hex");
}

/** A free-text citation becomes a source of its own, with its licence honestly "not stated". */
function citationSource(text: string): Source {
  return {
    id: `cited-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`,
    title: text,
    publisher: text,
    licence: "not stated",
    licenceUrl: null,
    url: /^https?:\/\//.test(text) ? text : null,
    retrievedOn: null,
    version: null,
    citation: text,
    notes: "Created from a citation in an imported file.",
  };
}
