/**
 * SDMX-CSV 1.0 and 2.0 data messages in, `SdmxObservation`s out, from text, bytes or a stream of
 * byte chunks (bounded memory: rows are returned as they complete). Every row that cannot be
 * read is reported with its line and column and left out; nothing is guessed: missing markers
 * stay missing, TIME_PERIOD stays as written, codes are compared case-sensitively with the
 * structure's codelists, a decimal comma is read only when the caller declares it.
 */
import { CsvReader, type CsvRecord, isBlankRecord } from "../csv/csv-reader.ts";
import type { FormatDiagnostic } from "../diagnostic.ts";
import { decodeUtf8 } from "../text-bytes.ts";
import { readLayout, readPreamble, type SdmxCsvLayout, type SdmxCsvPreamble } from "./sdmx-csv-layout.ts";
import {
  ObservationKeys,
  readObservationValue,
  type SdmxAction,
  type SdmxObservation,
  sdmxActionLetters,
} from "./sdmx-observation.ts";
import { parseStructureRef, type SdmxStructure, type SdmxStructureRef } from "./sdmx-structure.ts";
import { isSdmxTimePeriod } from "./sdmx-time-period.ts";

export interface SdmxCsvOptions {
  /** The data structure: needed for 2.0 columns in any order, and for code validation. */
  readonly structure?: SdmxStructure;
  /** Read `12,4` as 12.4 (only `;`-separated messages can carry it unquoted). */
  readonly decimalComma?: boolean;
}

export interface SdmxCsvResult {
  readonly layout: SdmxCsvLayout | undefined;
  readonly observations: SdmxObservation[];
  /** Rows read but left out (each has an error diagnostic with its line). */
  readonly rejectedRows: number;
  readonly diagnostics: FormatDiagnostic[];
}

interface RowComponents {
  readonly dimensions: Record<string, string>;
  readonly attributes: Record<string, string>;
  readonly custom: Record<string, string>;
  timePeriod: string | null;
  measure?: { readonly cell: string; readonly index: number };
}

const structureKinds = new Set(["dataflow", "datastructure", "dataprovision"]);

/** A `labels=both` cell `A: Value A` is the code `A`. */
function codeOf(cell: string, layout: SdmxCsvLayout, coded: boolean): string {
  if (layout.labels !== "both" || !coded) return cell;
  const cut = cell.indexOf(": ");
  return cut === -1 ? cell : cell.slice(0, cut);
}

/** Incremental reader: `push` text as it arrives, then `end`; each returns the rows completed. */
export class SdmxCsvReader {
  readonly diagnostics: FormatDiagnostic[] = [];
  rejectedRows = 0;
  layout: SdmxCsvLayout | undefined;
  readonly #options: SdmxCsvOptions;
  #start = "";
  #preamble: SdmxCsvPreamble | undefined;
  #csv: CsvReader | undefined;
  #failed = false;
  #header: CsvRecord | undefined;
  readonly #keys = new ObservationKeys();
  readonly #codelists: Readonly<Record<string, ReadonlySet<string>>>;

  constructor(options: SdmxCsvOptions = {}) {
    this.#options = options;
    this.#codelists = options.structure?.codelists ?? {};
  }

  push(text: string): SdmxObservation[] {
    if (this.#failed) return [];
    if (this.#csv === undefined) {
      this.#start += text;
      if (this.#start.charCodeAt(0) === 0xfeff) this.#start = this.#start.slice(1);
      const preamble = readPreamble(this.#start, false);
      if (preamble === undefined) return [];
      if (!this.#begin(preamble)) return [];
      text = this.#start;
      this.#start = "";
    }
    return this.#rows(this.#reader().push(text));
  }

  #reader(): CsvReader {
    if (this.#csv === undefined) throw new Error("SdmxCsvReader: no CSV reader before the header");
    return this.#csv;
  }

  end(): SdmxObservation[] {
    if (this.#failed) return [];
    if (this.#csv === undefined) {
      if (this.#start.trim() === "") {
        this.#fail({ code: "sdmx-csv/empty", severity: "error", message: "the file is empty" });
        return [];
      }
      const preamble = readPreamble(this.#start, true);
      if (preamble === undefined || !this.#begin(preamble)) return [];
      const text = this.#start;
      this.#start = "";
      return [...this.#rows(this.#reader().push(text)), ...this.#finish()];
    }
    return this.#finish();
  }

  #finish(): SdmxObservation[] {
    const rows = this.#rows(this.#csv?.end() ?? []);
    this.diagnostics.push(...(this.#csv?.diagnostics ?? []));
    if (this.#header === undefined && !this.#failed)
      this.#fail({ code: "sdmx-csv/empty", severity: "error", message: "the file has no header row" });
    return rows;
  }

  #begin(preamble: SdmxCsvPreamble | FormatDiagnostic): boolean {
    if ("code" in preamble) {
      this.#fail(preamble);
      return false;
    }
    this.#preamble = preamble;
    this.#csv = new CsvReader({ delimiter: preamble.delimiter });
    return true;
  }

  #fail(diagnostic: FormatDiagnostic): void {
    this.#failed = true;
    this.diagnostics.push(diagnostic);
  }

  #rows(records: readonly CsvRecord[]): SdmxObservation[] {
    const observations: SdmxObservation[] = [];
    for (const record of records) {
      if (this.#failed) break;
      if (this.#header === undefined) {
        this.#header = record;
        this.layout = readLayout(
          this.#preamble as SdmxCsvPreamble,
          record.cells,
          this.#options.structure,
          this.diagnostics,
        );
        if (this.layout === undefined) this.#failed = true;
        continue;
      }
      if (isBlankRecord(record)) continue;
      const observation = this.#row(record, this.layout as SdmxCsvLayout);
      if (observation === undefined) this.rejectedRows++;
      else observations.push(observation);
    }
    return observations;
  }

  #error(record: CsvRecord, code: string, message: string, index?: number, columnName?: string): undefined {
    this.diagnostics.push({
      code,
      severity: "error",
      message,
      row: record.line,
      ...(index === undefined ? {} : { column: index + 1 }),
      ...(columnName === undefined ? {} : { columnName }),
    });
    return undefined;
  }

  #structureOf(record: CsvRecord, layout: SdmxCsvLayout): SdmxStructureRef | undefined {
    const cells = record.cells;
    const kind = layout.version === "1.0" ? "dataflow" : (cells[layout.structureIndex] ?? "");
    if (!structureKinds.has(kind))
      return this.#error(
        record,
        "sdmx-csv/bad-structure-type",
        `STRUCTURE must be dataflow, datastructure or dataprovision, not ${JSON.stringify(kind)}`,
        layout.structureIndex,
        "STRUCTURE",
      );
    const idCell = codeOf(cells[layout.structureIdIndex] ?? "", { ...layout, labels: "both" }, true);
    const ref = parseStructureRef(idCell, kind as SdmxStructureRef["kind"]);
    if (ref === undefined) {
      const name = layout.version === "1.0" ? "DATAFLOW" : "STRUCTURE_ID";
      return this.#error(
        record,
        "sdmx-csv/bad-structure-id",
        `${name} must read AGENCY:ID(VERSION), e.g. IAEG-SDGs:DF_SDG_GLH(1.24); found ${JSON.stringify(idCell)}`,
        layout.structureIdIndex,
        name,
      );
    }
    return ref;
  }

  #row(record: CsvRecord, layout: SdmxCsvLayout): SdmxObservation | undefined {
    const cells = record.cells;
    if (cells.length !== layout.width)
      return this.#error(
        record,
        "sdmx-csv/column-count",
        `the row has ${cells.length} fields and the header ${layout.width}${cells.length === 1 ? ` (is it separated by another character than ${JSON.stringify(layout.delimiter)}?)` : ""}`,
      );
    const structure = this.#structureOf(record, layout);
    if (structure === undefined) return undefined;
    const letter = layout.actionIndex === undefined ? "I" : (cells[layout.actionIndex] ?? "");
    const action = sdmxActionLetters[letter === "" ? "I" : letter];
    if (action === undefined)
      return this.#error(
        record,
        "sdmx-csv/bad-action",
        `ACTION must be I, A, M, R or D, not ${JSON.stringify(letter)}`,
        layout.actionIndex,
        "ACTION",
      );
    const components = this.#components(record, layout, action === "delete");
    if (components === undefined) return undefined;
    return this.#observation(record, layout, { ...components, structure, action });
  }

  /** The row's cells by role; undefined (with errors reported) when a time or code is wrong. */
  #components(record: CsvRecord, layout: SdmxCsvLayout, deleting: boolean): RowComponents | undefined {
    const row: RowComponents = { dimensions: {}, attributes: {}, custom: {}, timePeriod: null };
    let problems = 0;
    for (const column of layout.columns) {
      const cell = record.cells[column.index] ?? "";
      if (column.role === "custom") {
        if (cell !== "") row.custom[column.id] = cell;
      } else if (column.role === "measure") {
        row.measure = { cell, index: column.index };
      } else if (column.role === "time") {
        if (cell === "") continue;
        row.timePeriod = codeOf(cell, layout, true);
        if (!isSdmxTimePeriod(row.timePeriod)) {
          problems++;
          this.#error(
            record,
            "sdmx/bad-time-period",
            `TIME_PERIOD ${JSON.stringify(cell)} is not an SDMX period (2023, 2023-Q1, 2023-M01, 2023-01-31, 2020-01-01/P1Y …)`,
            column.index,
            column.id,
          );
        }
      } else {
        const code = codeOf(cell, layout, column.coded);
        if (code === "" || (deleting && code === "-")) continue;
        const codelist = this.#codelists[column.id];
        if (column.coded && codelist !== undefined && !codelist.has(code)) {
          problems++;
          this.#error(
            record,
            "sdmx/unknown-code",
            `${column.id} code ${JSON.stringify(code)} is not in the structure's codelist (codes are case-sensitive)`,
            column.index,
            column.id,
          );
        }
        if (column.role === "dimension") row.dimensions[column.id] = code;
        else row.attributes[column.id] = code;
      }
    }
    return problems > 0 ? undefined : row;
  }

  #observation(
    record: CsvRecord,
    layout: SdmxCsvLayout,
    row: RowComponents & { structure: SdmxStructureRef; action: SdmxAction },
  ): SdmxObservation | undefined {
    const deleting = row.action === "delete";
    const fullKey =
      layout.dimensionOrder.every((id) => row.dimensions[id] !== undefined) && row.timePeriod !== null;
    const value = this.#value(record, row.measure, { fullKey, deleting });
    if (value === undefined) return undefined;
    if (!fullKey && !deleting && (layout.version === "1.0" || value.value !== null)) {
      const absent = layout.dimensionOrder.filter((id) => row.dimensions[id] === undefined);
      if (row.timePeriod === null) absent.push("TIME_PERIOD");
      return this.#error(
        record,
        "sdmx-csv/incomplete-key",
        `an observation needs every dimension; ${absent.join(", ")} ${absent.length === 1 ? "is" : "are"} empty`,
      );
    }
    const observation: SdmxObservation = {
      line: record.line,
      action: row.action,
      structure: row.structure,
      kind: fullKey ? "observation" : "partial",
      dimensions: row.dimensions,
      timePeriod: row.timePeriod,
      value: value.value,
      ...(value.missingMarker === undefined ? {} : { missingMarker: value.missingMarker }),
      attributes: row.attributes,
      ...(Object.keys(row.custom).length === 0 ? {} : { custom: row.custom }),
    };
    if (fullKey && !deleting) {
      const first = this.#keys.firstLine(observation, layout.dimensionOrder, record.line);
      if (first !== undefined)
        return this.#error(
          record,
          "sdmx/duplicate-key",
          `the same observation (dimensions and TIME_PERIOD) as row ${first}; a message may hold each key once`,
        );
    }
    return observation;
  }

  /** OBS_VALUE read; undefined (reported) when it is not a number. */
  #value(
    record: CsvRecord,
    measure: RowComponents["measure"],
    row: { fullKey: boolean; deleting: boolean },
  ): { value: string | null; missingMarker?: string } | undefined {
    if (measure === undefined || (row.deleting && measure.cell === "-")) return { value: null };
    const read = readObservationValue(measure.cell, { decimalComma: this.#options.decimalComma === true });
    if (read.kind === "invalid")
      return this.#error(record, "sdmx/bad-value", read.reason, measure.index, "OBS_VALUE");
    // A partial-key row has no observation, so an empty OBS_VALUE there is not a missing value.
    if (read.kind === "missing")
      return row.fullKey ? { value: null, missingMarker: read.marker } : { value: null };
    if (read.warning !== undefined)
      this.diagnostics.push({
        code: "sdmx/leading-zero",
        severity: "warning",
        message: read.warning,
        row: record.line,
        column: measure.index + 1,
        columnName: "OBS_VALUE",
      });
    return { value: read.value };
  }
}

function result(reader: SdmxCsvReader, observations: SdmxObservation[]): SdmxCsvResult {
  return {
    layout: reader.layout,
    observations,
    rejectedRows: reader.rejectedRows,
    diagnostics: reader.diagnostics,
  };
}

/** Reads a whole SDMX-CSV message from text or UTF-8 bytes. */
export function parseSdmxCsv(input: string | Uint8Array, options: SdmxCsvOptions = {}): SdmxCsvResult {
  const reader = new SdmxCsvReader(options);
  if (typeof input !== "string") {
    const decoded = decodeUtf8(input, "sdmx-csv/encoding");
    if ("diagnostic" in decoded)
      return { layout: undefined, observations: [], rejectedRows: 0, diagnostics: [decoded.diagnostic] };
    input = decoded.text;
  }
  const observations = [...reader.push(input), ...reader.end()];
  return result(reader, observations);
}

/**
 * Reads SDMX-CSV from a stream of UTF-8 byte chunks, yielding rows in batches as they complete;
 * `reader` holds the layout and diagnostics when the stream ends.
 */
export async function* readSdmxCsvStream(
  chunks: AsyncIterable<Uint8Array>,
  reader: SdmxCsvReader = new SdmxCsvReader(),
): AsyncGenerator<SdmxObservation[]> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let offset = 0;
  try {
    for await (const chunk of chunks) {
      const rows = reader.push(decoder.decode(chunk, { stream: true }));
      offset += chunk.length;
      if (rows.length > 0) yield rows;
    }
    const rows = reader.push(decoder.decode());
    if (rows.length > 0) yield rows;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    reader.diagnostics.push({
      code: "sdmx-csv/encoding",
      severity: "error",
      message: `the file is not UTF-8 (an invalid byte in the chunk after byte ${offset}); save it as UTF-8`,
    });
    return;
  }
  const rows = reader.end();
  if (rows.length > 0) yield rows;
}
