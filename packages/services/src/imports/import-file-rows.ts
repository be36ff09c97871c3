/**
 * Rows of one file, whatever its format: format detection and the readers for the long CSV
 * template (as CSV or XLSX), Open SDG data CSVs, SDMX-CSV, SDMX-ML, SDMX-JSON, WDI and OWID CSVs, each giving located rows
 * and diagnostics.
 */
import type { Area } from "@circular-atlas/contracts";
import {
  type FormatDiagnostic,
  isLongCsv,
  isOwidCsv,
  isWdiCsv,
  parseLongCsv,
  parseOpenSdgCsv,
  readCsv,
  type SdmxStructure,
} from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";
import type { ImportFormatName } from "./import-report.ts";
import { owidRows } from "./owid-rows.ts";
import type { ImportRow } from "./resolve-import-rows.ts";
import { sdmxCsvRowBatches, sdmxJsonRows, sdmxMlRows } from "./sdmx-rows.ts";
import { wdiRows } from "./wdi-rows.ts";
import { detectBinaryFormat, xlsxRows } from "./xlsx-rows.ts";

/** What the command line (or the API call) says about files that do not say it themselves. */
export interface ImportDefaults {
  /** The file writes decimals with a comma (`12,4`), as `;`-separated SDMX-CSV may; never guessed. */
  readonly decimalComma?: boolean | undefined;
  /** For files without an indicator column (Open SDG): the indicator code. */
  readonly indicator?: string | undefined;
  /** For national files without an area column: the ISO alpha-3 code. */
  readonly area?: string | undefined;
  /** For files without a source column: a source id, or a citation that becomes a new source. */
  readonly source?: string | undefined;
  /** For Open SDG files that mix units without a SERIES column: one series per unit. */
  readonly seriesPerUnit?: boolean | undefined;
  /** The publisher's name of `indicator` (a datahub.io package's title), to register it when unknown. */
  readonly indicatorName?: string | undefined;
}

export interface FileRows {
  readonly rows: ImportRow[];
  readonly diagnostics: FormatDiagnostic[];
  /** Values read but not imported, by reason (areas outside the observatory: WDI, OWID). */
  readonly skippedByReason?: Readonly<Record<string, number>>;
  /** Series codes the file names, with the publisher's name (WDI), to register unknown ones. */
  readonly seriesNames?: ReadonlyMap<string, string>;
}

type FileRowsContext = {
  areas: readonly Area[];
  structure: SdmxStructure | undefined;
  defaults: ImportDefaults;
};

/**
 * The rows of one file in batches: SDMX-CSV, the format of large exchanges, is read a chunk at a
 * time; the other formats are read whole (their readers build a tree, or they are national files
 * of a few thousand rows) and come as one batch. Skipped counts and series names are each
 * batch's own; diagnostics may come with any batch.
 */
export function* fileRowBatches(
  file: { readonly fileName: string; readonly text: string; readonly bytes?: Uint8Array | undefined },
  format: ImportFormatName,
  context: FileRowsContext,
): Generator<FileRows> {
  if (format === "sdmx-csv") yield* sdmxCsvRowBatches(file.text, sdmxOptions(context));
  else yield fileRows(file, format, context);
}

const sdmxOptions = (context: FileRowsContext) => ({
  areas: context.areas,
  source: context.defaults.source,
  structure: context.structure,
  decimalComma: context.defaults.decimalComma === true,
});

function fileRows(
  file: { readonly fileName: string; readonly text: string; readonly bytes?: Uint8Array | undefined },
  format: Exclude<ImportFormatName, "sdmx-csv">,
  context: FileRowsContext,
): FileRows {
  const sdmx = sdmxOptions(context);
  switch (format) {
    case "long-csv":
      return longCsvRows(file.text);
    case "sdmx-ml":
      return sdmxMlRows(file.text, sdmx);
    case "sdmx-json":
      return sdmxJsonRows(file.text, sdmx);
    case "open-sdg-csv":
      return openSdgRows(file, context.defaults);
    case "xlsx":
      return xlsxRows(file);
    case "wdi":
      return wdiRows(file.text, context);
    case "owid":
      return owidRows(file.text, context);
  }
}

export function detectFormat(file: {
  readonly fileName: string;
  readonly text: string;
  readonly bytes?: Uint8Array | undefined;
}): ImportFormatName {
  const binary = detectBinaryFormat(file);
  if (binary !== undefined) return binary;
  const { text } = file;
  if (isLongCsv(text)) return "long-csv";
  // SDMX-CSV names itself in its first header cell: DATAFLOW (1.0) or STRUCTURE (2.0).
  if (/^\uFEFF?(DATAFLOW|STRUCTURE)[[,;\t]/.test(text)) return "sdmx-csv";
  if (/^\uFEFF?\s*</.test(text)) return "sdmx-ml";
  if (/^\uFEFF?\s*\{/.test(text)) return "sdmx-json";
  // Before Open SDG: datahub.io's WDI header has Year and Value columns too.
  if (isWdiCsv(text)) return "wdi";
  if (isOwidCsv(text)) return "owid";
  const header =
    readCsv(text.split(/\r\n|\n|\r/, 1)[0] ?? "").records[0]?.cells.map((cell) => cell.trim()) ?? [];
  if (header.includes("Year") && header.includes("Value")) return "open-sdg-csv";
  throw new ServiceError(
    "import-invalid",
    `unrecognised file: the header must be "indicator,area,year,value,unit,source" (long CSV; or an .xlsx workbook with it on a sheet named data), an Open SDG data header with Year and Value columns, SDMX-CSV starting with DATAFLOW or STRUCTURE, SDMX-ML, SDMX-JSON, a WDI CSV (Country Name,Country Code,…) or an OWID CSV (Entity,Code,Year,… or iso_code,country,year,…) (found "${header.join(",").slice(0, 200)}")`,
    {
      diagnostics: [
        { code: "import/unknown-format", severity: "error", message: "unrecognised header", row: 1 },
      ],
    },
  );
}

function longCsvRows(text: string): FileRows {
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

/**
 * Columns of an Open SDG file that name the series or the area rather than a breakdown. GeoCode
 * is the code of the site's boundary file; a row may give it beside REF_AREA, and both must then
 * name the same area.
 */
const seriesColumn = "SERIES";
const areaColumn = "REF_AREA";
const mapAreaColumn = "GeoCode";

function openSdgRows(
  file: { readonly fileName: string; readonly text: string },
  defaults: ImportDefaults,
): FileRows {
  const parsed = parseOpenSdgCsv(file.text, { fileName: file.fileName });
  const header =
    readCsv(file.text.split(/\r\n|\n|\r/, 1)[0] ?? "").records[0]?.cells.map((cell) => cell.trim()) ?? [];
  const columnOf = (name: string) => ({ column: header.indexOf(name) + 1, columnName: name });
  const rows = parsed.records.map((record): ImportRow => {
    const dimensions = { ...record.dimensions };
    const series = dimensions[seriesColumn];
    delete dimensions[seriesColumn];
    const areaCode = dimensions[areaColumn];
    const mapAreaCode = dimensions[mapAreaColumn];
    delete dimensions[areaColumn];
    delete dimensions[mapAreaColumn];
    const mapArea = mapAreaCode === undefined ? undefined : { code: mapAreaCode, ...columnOf(mapAreaColumn) };
    const area: ImportRow["area"] =
      areaCode !== undefined
        ? { code: areaCode, ...columnOf(areaColumn) }
        : (mapArea ??
          (defaults.area === undefined
            ? undefined
            : { code: defaults.area.toUpperCase(), column: 0, columnName: "--area" }));
    const unitText = record.attributes["UNIT_MEASURE"] ?? record.attributes["Units"];
    const unitColumn = record.attributes["UNIT_MEASURE"] === undefined ? "Units" : "UNIT_MEASURE";
    const base = series ?? defaults.indicator;
    const indicator =
      base === undefined
        ? undefined
        : defaults.seriesPerUnit === true && unitText !== undefined
          ? `${base}.${unitText}`
          : base;
    return {
      line: record.line,
      indicator:
        indicator === undefined
          ? undefined
          : {
              code: indicator.toUpperCase(),
              ...(series !== undefined ? columnOf(seriesColumn) : { column: 0, columnName: "--indicator" }),
            },
      area,
      ...(areaCode !== undefined && mapArea !== undefined ? { mapArea } : {}),
      timePeriod: record.timePeriod,
      year: record.year,
      value: record.value,
      dimensions,
      // UNIT_MEASURE holds SDMX codes, which belong to the observation; `Units` is free text.
      unit:
        unitText === undefined
          ? undefined
          : { text: unitText, ...columnOf(unitColumn), coded: unitColumn === "UNIT_MEASURE" },
      unitMult: Number(record.attributes["UNIT_MULT"] ?? "0") || 0,
      obsStatus: record.attributes["OBS_STATUS"],
      nature: record.attributes["NATURE"],
      sourceDetail: record.attributes["SOURCE_DETAIL"],
      comment: record.attributes["COMMENT_OBS"],
      source:
        defaults.source === undefined
          ? undefined
          : { text: defaults.source, column: 0, columnName: "--source" },
    };
  });
  return { rows, diagnostics: [...parsed.diagnostics] };
}
