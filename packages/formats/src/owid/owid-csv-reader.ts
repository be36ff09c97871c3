/**
 * Our World in Data CSVs in, one observation per value out, from text, bytes or a stream of
 * byte chunks (bounded memory). Two shapes share one layout: a grapher chart download
 * (`Entity,Code,Year,<value columns>`) and OWID's dataset repositories such as co2-data
 * (`iso_code,country,year,<value columns>`). Aggregates carry an `OWID_` code or none; they are
 * read like countries and marked, so the importer decides. Values stay decimal strings; empty
 * cells and other missing markers are counted, never read as zero.
 */
import { CsvReader, type CsvRecord, isBlankRecord } from "../csv/csv-reader.ts";
import { explainBadDecimal, isMissingValue } from "../decimal.ts";
import type { FormatDiagnostic } from "../diagnostic.ts";
import { readPushReaderStream, readPushReaderWhole } from "../push-reader-stream.ts";

/** `grapher`: `Entity,Code,Year`. `dataset`: `iso_code,country,year` (OWID's data repositories). */
export type OwidCsvShape = "grapher" | "dataset";

export interface OwidObservation {
  /** 1-based line of the row. */
  readonly line: number;
  /** 1-based column of the value, and its header (the OWID variable). */
  readonly column: number;
  readonly columnName: string;
  readonly entity: string;
  /** ISO 3166-1 alpha-3, an `OWID_` code, or empty (an aggregate without a code). */
  readonly code: string;
  /** True for an `OWID_` code or an empty one: a region, income group or the world. */
  readonly aggregate: boolean;
  readonly year: number;
  /** The decimal as written. */
  readonly value: string;
}

export interface OwidCsvOptions {
  /** The value columns to read; the others are listed in `ignoredColumns`. Default: all. */
  readonly columns?: readonly string[];
}

export interface OwidCsvResult {
  readonly shape: OwidCsvShape | undefined;
  /** Every value column of the header, in order. */
  readonly valueColumns: readonly string[];
  readonly ignoredColumns: readonly string[];
  readonly observations: OwidObservation[];
  /** Cells of read columns holding a missing marker: left out, never zero. */
  readonly missingValues: number;
  readonly rejectedRows: number;
  readonly diagnostics: FormatDiagnostic[];
}

const keyColumns: Readonly<Record<OwidCsvShape, readonly [string, string, string]>> = {
  grapher: ["Entity", "Code", "Year"],
  dataset: ["country", "iso_code", "year"],
};

interface Layout {
  readonly shape: OwidCsvShape;
  readonly names: readonly string[];
  readonly entityIndex: number;
  readonly codeIndex: number;
  readonly yearIndex: number;
  readonly valueColumns: readonly { readonly index: number; readonly name: string }[];
  readonly read: readonly { readonly index: number; readonly name: string }[];
}

/** An OWID aggregate: an `OWID_` code (`OWID_WRL`, `OWID_EUR`) or no code at all. */
export function isOwidAggregate(code: string): boolean {
  return code === "" || code.startsWith("OWID_");
}

function shapeOf(cells: readonly string[]): OwidCsvShape | undefined {
  return (Object.keys(keyColumns) as OwidCsvShape[]).find((shape) =>
    keyColumns[shape].every((name) => cells.includes(name)),
  );
}

/** True when the first line is an OWID header (grapher or dataset shape). */
export function isOwidCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  const cells = first.split(",").map((cell) => cell.trim());
  const shape = shapeOf(cells);
  return shape !== undefined && (shape === "dataset" || cells.slice(0, 3).join(",") === "Entity,Code,Year");
}

/** Incremental reader: `push` text as it arrives, then `end`; each returns the values completed. */
export class OwidCsvReader {
  readonly diagnostics: FormatDiagnostic[] = [];
  missingValues = 0;
  rejectedRows = 0;
  #layout: Layout | undefined;
  #failed = false;
  readonly #options: OwidCsvOptions;
  readonly #csv = new CsvReader();
  readonly #seen = new Map<string, number>();

  constructor(options: OwidCsvOptions = {}) {
    this.#options = options;
  }

  get shape(): OwidCsvShape | undefined {
    return this.#layout?.shape;
  }

  get valueColumns(): readonly string[] {
    return this.#layout?.valueColumns.map((column) => column.name) ?? [];
  }

  get ignoredColumns(): readonly string[] {
    const read = new Set(this.#layout?.read.map((column) => column.name));
    return this.valueColumns.filter((name) => !read.has(name));
  }

  push(text: string): OwidObservation[] {
    return this.#records(this.#csv.push(text));
  }

  end(): OwidObservation[] {
    const observations = this.#records(this.#csv.end());
    this.diagnostics.push(...this.#csv.diagnostics);
    if (this.#layout === undefined && !this.#failed)
      this.#fail({ code: "owid/no-header", severity: "error", message: "the file is empty: no header row" });
    return observations;
  }

  #fail(diagnostic: FormatDiagnostic): void {
    this.#failed = true;
    this.diagnostics.push(diagnostic);
  }

  #records(records: readonly CsvRecord[]): OwidObservation[] {
    const observations: OwidObservation[] = [];
    for (const record of records) {
      if (this.#failed) break;
      if (this.#layout === undefined) {
        this.#header(record);
        continue;
      }
      if (isBlankRecord(record)) continue;
      const read = this.#row(record, this.#layout);
      if (read === undefined) this.rejectedRows++;
      else observations.push(...read);
    }
    return observations;
  }

  #header(record: CsvRecord): void {
    const names = record.cells.map((cell) => cell.trim());
    const shape = shapeOf(names);
    if (shape === undefined) {
      this.#fail({
        code: "owid/bad-header",
        severity: "error",
        message: `expected an OWID header "Entity,Code,Year,<values>" (grapher) or "iso_code,country,year,<values>" (dataset); found "${names.join(",").slice(0, 200)}"`,
        row: record.line,
      });
      return;
    }
    const [entity, code, year] = keyColumns[shape];
    const valueColumns = names
      .map((name, index) => ({ index, name }))
      .filter(({ name }) => name !== entity && name !== code && name !== year);
    const unknown = this.#options.columns?.filter((name) => !names.includes(name)) ?? [];
    if (unknown.length > 0) {
      this.#fail({
        code: "owid/unknown-column",
        severity: "error",
        message: `no column ${unknown.map((name) => JSON.stringify(name)).join(", ")} in the header`,
        row: record.line,
      });
      return;
    }
    const wanted = this.#options.columns === undefined ? undefined : new Set(this.#options.columns);
    this.#layout = {
      shape,
      names,
      entityIndex: names.indexOf(entity),
      codeIndex: names.indexOf(code),
      yearIndex: names.indexOf(year),
      valueColumns,
      read: valueColumns.filter(({ name }) => wanted === undefined || wanted.has(name)),
    };
  }

  #error(record: CsvRecord, code: string, message: string, index?: number): undefined {
    this.diagnostics.push({
      code,
      severity: "error",
      message,
      row: record.line,
      ...(index === undefined
        ? {}
        : { column: index + 1, columnName: this.#layout?.names[index] || `column ${index + 1}` }),
    });
    return undefined;
  }

  #row(record: CsvRecord, layout: Layout): OwidObservation[] | undefined {
    const cell = (index: number) => (record.cells[index] ?? "").trim();
    if (record.cells.length > layout.names.length)
      return this.#error(
        record,
        "owid/cell-count",
        `expected at most ${layout.names.length} cells, found ${record.cells.length}`,
      );
    const entity = cell(layout.entityIndex);
    const code = cell(layout.codeIndex);
    if (entity === "" && code === "")
      return this.#error(record, "owid/no-entity", "the row names no entity and no code", layout.entityIndex);
    if (code !== "" && !/^(?:[A-Z]{3}|OWID_[A-Z0-9_]+)$/.test(code))
      return this.#error(
        record,
        "owid/bad-code",
        `code ${JSON.stringify(code)} is neither ISO 3166-1 alpha-3 nor an OWID_ code`,
        layout.codeIndex,
      );
    const yearText = cell(layout.yearIndex);
    if (!/^-?\d{1,4}$/.test(yearText))
      return this.#error(
        record,
        "owid/bad-year",
        `year ${JSON.stringify(yearText)} is not a year`,
        layout.yearIndex,
      );
    const key = `${entity}|${code}|${yearText}`;
    const first = this.#seen.get(key);
    if (first !== undefined)
      return this.#error(
        record,
        "owid/duplicate",
        `${entity || code} in ${yearText} is already given on row ${first}`,
      );
    this.#seen.set(key, record.line);
    return this.#values(record, layout, { entity, code, year: Number(yearText) });
  }

  #values(
    record: CsvRecord,
    layout: Layout,
    base: { entity: string; code: string; year: number },
  ): OwidObservation[] | undefined {
    const observations: OwidObservation[] = [];
    let bad = false;
    for (const { index, name } of layout.read) {
      const text = record.cells[index] ?? "";
      if (isMissingValue(text)) {
        this.missingValues++;
        continue;
      }
      const reason = explainBadDecimal(text);
      if (reason !== undefined) {
        bad = true;
        this.#error(record, "owid/bad-value", reason, index);
        continue;
      }
      observations.push({
        line: record.line,
        column: index + 1,
        columnName: name,
        ...base,
        aggregate: isOwidAggregate(base.code),
        value: text,
      });
    }
    return bad ? undefined : observations;
  }
}

function resultOf(reader: OwidCsvReader, observations: OwidObservation[]): OwidCsvResult {
  return {
    shape: reader.shape,
    valueColumns: reader.valueColumns,
    ignoredColumns: reader.ignoredColumns,
    observations,
    missingValues: reader.missingValues,
    rejectedRows: reader.rejectedRows,
    diagnostics: reader.diagnostics,
  };
}

/** Reads a whole OWID CSV from text or UTF-8 bytes. */
export function parseOwidCsv(input: string | Uint8Array, options: OwidCsvOptions = {}): OwidCsvResult {
  const reader = new OwidCsvReader(options);
  const { records, encoding } = readPushReaderWhole(input, reader, "owid/encoding");
  return encoding === undefined
    ? resultOf(reader, records)
    : { ...resultOf(reader, []), diagnostics: [encoding] };
}

/**
 * Reads an OWID CSV from a stream of UTF-8 byte chunks, yielding values in batches as rows
 * complete; `reader` holds the layout, counts and diagnostics when the stream ends.
 */
export function readOwidCsvStream(
  chunks: AsyncIterable<Uint8Array>,
  reader: OwidCsvReader = new OwidCsvReader(),
): AsyncGenerator<OwidObservation[]> {
  return readPushReaderStream(chunks, reader, "owid/encoding");
}
