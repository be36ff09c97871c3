/**
 * SDMX observations (CSV, ML or JSON) as import rows: SERIES names the indicator, REF_AREA the area
 * (ISO alpha-3, M49 numeric or alpha-2, as SDMX publishers write it), every other dimension that
 * is not FREQ, REPORTING_TYPE or the total `_T` is a breakdown; UNIT_MEASURE (a code),
 * UNIT_MULT, OBS_STATUS, NATURE, SOURCE_DETAIL and COMMENT_OBS travel with the value. Deletions
 * and rows of attributes for partial keys are reported, not silently skipped: the observatory
 * cannot apply them yet.
 */
import type { Area } from "@circular-atlas/contracts";
import {
  type FormatDiagnostic,
  parseSdmxJson,
  parseSdmxMl,
  type SdmxCsvLayout,
  SdmxCsvReader,
  type SdmxObservation,
  type SdmxStructure,
  timePeriodYear,
} from "@circular-atlas/formats";
import type { ImportRow } from "./resolve-import-rows.ts";

/** Dimensions that place the observation rather than break it down. */
const placingDimensions = new Set(["FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA"]);

/** REF_AREA codes as SDMX writes them (398, KZ, KAZ) → the platform's area codes. */
export function areaCodeLookup(areas: readonly Area[]): (code: string) => string {
  const codes = new Map<string, string>();
  for (const area of areas) {
    codes.set(area.code, area.code);
    if (area.m49 !== null) codes.set(String(area.m49), area.code);
    if (area.iso2 !== null) codes.set(area.iso2, area.code);
  }
  return (code) => codes.get(code) ?? code;
}

interface SdmxRowOptions {
  readonly areas: readonly Area[];
  readonly source: string | undefined;
  readonly structure?: SdmxStructure | undefined;
  /** Declared by the caller (`atlas import --decimal-comma`): `12,4` reads as 12.4. */
  readonly decimalComma?: boolean | undefined;
}

const parseOptions = (options: SdmxRowOptions) => ({
  ...(options.structure === undefined ? {} : { structure: options.structure }),
  decimalComma: options.decimalComma === true,
});

/** Text handed to the SDMX-CSV reader at a time: rows become import rows batch by batch. */
const csvChunkLength = 1 << 20;

/**
 * The rows of an SDMX-CSV file batch by batch, as the reader goes through its text a chunk at a
 * time: the import checks each batch and keeps only what it needs of it, so neither the parsed
 * observations nor the import rows of the whole file are ever held at once. The last batch
 * carries the diagnostics of the whole file.
 */
export function* sdmxCsvRowBatches(
  text: string,
  options: SdmxRowOptions,
): Generator<{ rows: ImportRow[]; diagnostics: FormatDiagnostic[] }> {
  const reader = new SdmxCsvReader(parseOptions(options));
  const builder = new SdmxRowBuilder(options, (id) =>
    reader.layout === undefined ? { column: 0, columnName: id } : csvColumnOf(reader.layout, id),
  );
  for (let start = 0; start < text.length; start += csvChunkLength) {
    for (const observation of reader.push(text.slice(start, start + csvChunkLength)))
      builder.add(observation);
    const rows = builder.take();
    if (rows.length > 0) yield { rows, diagnostics: [] };
  }
  for (const observation of reader.end()) builder.add(observation);
  if (reader.layout === undefined) {
    yield { rows: [], diagnostics: [...reader.diagnostics] };
    return;
  }
  yield builder.finish(reader.diagnostics);
}

export function sdmxMlRows(
  text: string,
  options: SdmxRowOptions,
): { rows: ImportRow[]; diagnostics: FormatDiagnostic[] } {
  const parsed = parseSdmxMl(text, parseOptions(options));
  // XML has no columns: the diagnostic names the attribute instead.
  return sdmxRows(parsed.observations, parsed.diagnostics, options, (id) => ({ column: 0, columnName: id }));
}

export function sdmxJsonRows(
  text: string,
  options: SdmxRowOptions,
): { rows: ImportRow[]; diagnostics: FormatDiagnostic[] } {
  const parsed = parseSdmxJson(text, options.structure === undefined ? {} : { structure: options.structure });
  // JSON has no columns either: the diagnostic names the component.
  return sdmxRows(parsed.observations, parsed.diagnostics, options, (id) => ({ column: 0, columnName: id }));
}

function csvColumnOf(layout: SdmxCsvLayout, id: string): { column: number; columnName: string } {
  const found = layout.columns.find((column) => column.id === id);
  return { column: found === undefined ? 0 : found.index + 1, columnName: id };
}

function sdmxRows(
  observations: readonly SdmxObservation[],
  parserDiagnostics: readonly FormatDiagnostic[],
  options: SdmxRowOptions,
  columnOf: (id: string) => { column: number; columnName: string },
): { rows: ImportRow[]; diagnostics: FormatDiagnostic[] } {
  const builder = new SdmxRowBuilder(options, columnOf);
  for (const observation of observations) builder.add(observation);
  return builder.finish(parserDiagnostics);
}

/** SDMX observations to import rows, one at a time. */
class SdmxRowBuilder {
  #rows: ImportRow[] = [];
  readonly #diagnostics: FormatDiagnostic[] = [];
  readonly #options: SdmxRowOptions;
  readonly #columnOf: (id: string) => { column: number; columnName: string };
  readonly #areaCode: (code: string) => string;
  #missing = 0;

  constructor(options: SdmxRowOptions, columnOf: (id: string) => { column: number; columnName: string }) {
    this.#options = options;
    this.#columnOf = columnOf;
    this.#areaCode = areaCodeLookup(options.areas);
  }

  add(observation: SdmxObservation): void {
    if (observation.action === "delete" || observation.kind === "partial") {
      this.#diagnostics.push({
        code: "import/unsupported-sdmx-row",
        severity: "error",
        message:
          observation.action === "delete"
            ? "SDMX deletions (ACTION D) are not imported yet; correct a value by sending it again"
            : "rows of attributes for partial keys are not imported yet; give the attributes on each observation",
        row: observation.line,
      });
      return;
    }
    if (observation.value === null) {
      this.#missing++;
      return;
    }
    const columnOf = this.#columnOf;
    const series = observation.dimensions["SERIES"];
    const area = observation.dimensions["REF_AREA"];
    const breakdowns = Object.fromEntries(
      Object.entries(observation.dimensions).filter(
        ([id, code]) => !placingDimensions.has(id) && code !== "_T",
      ),
    );
    const unit = observation.attributes["UNIT_MEASURE"];
    this.#rows.push({
      line: observation.line,
      indicator: series === undefined ? undefined : { code: series, ...columnOf("SERIES") },
      area: area === undefined ? undefined : { code: this.#areaCode(area), ...columnOf("REF_AREA") },
      timePeriod: observation.timePeriod ?? "",
      year: timePeriodYear(observation.timePeriod ?? "") ?? 0,
      value: observation.value,
      dimensions: breakdowns,
      unit: unit === undefined ? undefined : { text: unit, coded: true, ...columnOf("UNIT_MEASURE") },
      unitMult: Number(observation.attributes["UNIT_MULT"] ?? "0") || 0,
      obsStatus: observation.attributes["OBS_STATUS"],
      nature: observation.attributes["NATURE"],
      sourceDetail: observation.attributes["SOURCE_DETAIL"],
      comment: observation.attributes["COMMENT_OBS"],
      source:
        this.#options.source === undefined
          ? undefined
          : { text: this.#options.source, column: 0, columnName: "--source" },
    });
  }

  /** The rows built since the last call. */
  take(): ImportRow[] {
    const rows = this.#rows;
    this.#rows = [];
    return rows;
  }

  /** The rows, and the parser's diagnostics followed by the conversion's. */
  finish(parserDiagnostics: readonly FormatDiagnostic[]): {
    rows: ImportRow[];
    diagnostics: FormatDiagnostic[];
  } {
    const diagnostics = [...parserDiagnostics, ...this.#diagnostics];
    if (this.#missing > 0)
      diagnostics.push({
        code: "import/missing-values",
        severity: "warning",
        message: `${this.#missing} row(s) mark the value as missing (NaN, #N/A, : or empty); they are not imported, and never as zero`,
      });
    return { rows: this.#rows, diagnostics };
  }
}
