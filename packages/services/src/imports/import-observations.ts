/**
 * Imports a file of observations, all or nothing: the file is parsed and every row checked
 * against the database first; any error means nothing is written and the report lists each
 * problem with its row and column. A dry run stops after the checks.
 */
import { createHash } from "node:crypto";
import type { Source } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  bumpDataVersion,
  createImportBatch,
  setImportRowCount,
  upsertSources,
  writeObservations,
} from "@circular-atlas/database";
import {
  type FormatDiagnostic,
  formatDiagnostic,
  isLongCsv,
  parseLongCsv,
  parseOpenSdgCsv,
  readCsv,
} from "@circular-atlas/formats";
import { invalidateReferenceCatalogue, referenceCatalogue } from "../reference/reference-catalogue.ts";
import { ServiceError } from "../service-error.ts";
import type { ImportFormatName, ImportReport } from "./import-report.ts";
import { type ImportRow, resolveImportRows } from "./resolve-import-rows.ts";
import { sdmxCsvRows } from "./sdmx-csv-rows.ts";

export interface ImportObservationsOptions {
  readonly db: AtlasDatabase;
  readonly fileName: string;
  readonly text: string;
  readonly format?: ImportFormatName | "auto";
  /** For files without an indicator column (Open SDG): the indicator code. */
  readonly indicator?: string | undefined;
  /** For national files without an area column: the ISO alpha-3 code. */
  readonly area?: string | undefined;
  /** For files without a source column: a source id, or a citation that becomes a new source. */
  readonly source?: string | undefined;
  readonly dryRun?: boolean;
}

export async function importObservations(options: ImportObservationsOptions): Promise<ImportReport> {
  const format =
    options.format === undefined || options.format === "auto" ? detectFormat(options.text) : options.format;
  const catalogue = await referenceCatalogue(options.db);
  const { rows, diagnostics } =
    format === "long-csv"
      ? longCsvRows(options.text)
      : format === "sdmx-csv"
        ? sdmxCsvRows(options.text, { areas: catalogue.areas, source: options.source })
        : openSdgRows(options);
  const resolved = resolveImportRows(rows, catalogue, diagnostics, citationSource);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  const base = {
    fileName: options.fileName,
    format,
    rowsRead: rows.length,
    observations: resolved.observations.length,
    diagnostics,
  };
  if (errors.length > 0) {
    throw new ServiceError(
      "import-invalid",
      `${options.fileName}: ${errors.length} error(s), nothing was imported:\n${errors.map((error) => `  ${formatDiagnostic(error, options.fileName)}`).join("\n")}`,
      { ...base, dryRun: options.dryRun ?? false },
    );
  }
  if (options.dryRun) return { ...base, dryRun: true, inserted: 0, updated: 0 };
  const counts = await options.db.transaction(async (tx) => {
    await upsertSources(tx, resolved.newSources);
    const importId = await createImportBatch(tx, {
      kind: "file",
      format,
      fileName: options.fileName,
      contentHash: createHash("sha256").update(options.text).digest("hex"),
    });
    const written = await writeObservations(tx, resolved.observations, importId, { keepImported: false });
    await setImportRowCount(tx, importId, written.inserted + written.updated);
    await bumpDataVersion(tx);
    return written;
  });
  invalidateReferenceCatalogue(options.db);
  return { ...base, dryRun: false, inserted: counts.inserted, updated: counts.updated };
}

function detectFormat(text: string): ImportFormatName {
  if (isLongCsv(text)) return "long-csv";
  // SDMX-CSV names itself in its first header cell: DATAFLOW (1.0) or STRUCTURE (2.0).
  if (/^\uFEFF?(DATAFLOW|STRUCTURE)[[,;\t]/.test(text)) return "sdmx-csv";
  const header =
    readCsv(text.split(/\r\n|\n|\r/, 1)[0] ?? "").records[0]?.cells.map((cell) => cell.trim()) ?? [];
  if (header.includes("Year") && header.includes("Value")) return "open-sdg-csv";
  throw new ServiceError(
    "import-invalid",
    `unrecognised file: the header must be "indicator,area,year,value,unit,source" (long CSV), an Open SDG data header with Year and Value columns, or SDMX-CSV starting with DATAFLOW or STRUCTURE (found "${header.join(",")}")`,
    {
      diagnostics: [
        { code: "import/unknown-format", severity: "error", message: "unrecognised header", row: 1 },
      ],
    },
  );
}

function longCsvRows(text: string): { rows: ImportRow[]; diagnostics: FormatDiagnostic[] } {
  const parsed = parseLongCsv(text);
  const rows = parsed.observations.map(
    (observation): ImportRow => ({
      line: observation.line,
      indicator: { code: observation.indicator, column: 1, columnName: "indicator" },
      area: { code: observation.area, column: 2, columnName: "area" },
      timePeriod: String(observation.year),
      year: observation.year,
      value: observation.value,
      dimensions: {},
      unit: { text: observation.unit, column: 5, columnName: "unit" },
      unitMult: 0,
      obsStatus: undefined,
      comment: undefined,
      source: { text: observation.source, column: 6, columnName: "source" },
    }),
  );
  return { rows, diagnostics: [...parsed.diagnostics] };
}

/** Columns of an Open SDG file that name the series or the area rather than a breakdown. */
const seriesColumn = "SERIES";
const areaColumns = ["REF_AREA", "GeoCode"];

function openSdgRows(options: ImportObservationsOptions): {
  rows: ImportRow[];
  diagnostics: FormatDiagnostic[];
} {
  const parsed = parseOpenSdgCsv(options.text, { fileName: options.fileName });
  const header =
    readCsv(options.text.split(/\r\n|\n|\r/, 1)[0] ?? "").records[0]?.cells.map((cell) => cell.trim()) ?? [];
  const columnOf = (name: string) => ({ column: header.indexOf(name) + 1, columnName: name });
  const rows = parsed.records.map((record): ImportRow => {
    const dimensions = { ...record.dimensions };
    const series = dimensions[seriesColumn];
    delete dimensions[seriesColumn];
    let area: ImportRow["area"] =
      options.area === undefined
        ? undefined
        : { code: options.area.toUpperCase(), column: 0, columnName: "--area" };
    for (const column of areaColumns) {
      const code = dimensions[column];
      delete dimensions[column];
      if (code !== undefined) area = { code, ...columnOf(column) };
    }
    const unitText = record.attributes["UNIT_MEASURE"] ?? record.attributes["Units"];
    const unitColumn = record.attributes["UNIT_MEASURE"] === undefined ? "Units" : "UNIT_MEASURE";
    return {
      line: record.line,
      indicator:
        series !== undefined
          ? { code: series.toUpperCase(), ...columnOf(seriesColumn) }
          : options.indicator === undefined
            ? undefined
            : { code: options.indicator.toUpperCase(), column: 0, columnName: "--indicator" },
      area,
      timePeriod: record.timePeriod,
      year: record.year,
      value: record.value,
      dimensions,
      unit: unitText === undefined ? undefined : { text: unitText, ...columnOf(unitColumn) },
      unitMult: Number(record.attributes["UNIT_MULT"] ?? "0") || 0,
      obsStatus: record.attributes["OBS_STATUS"],
      comment: record.attributes["COMMENT_OBS"],
      source:
        options.source === undefined
          ? undefined
          : { text: options.source, column: 0, columnName: "--source" },
    };
  });
  return { rows, diagnostics: [...parsed.diagnostics] };
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
