/**
 * World Development Indicators CSV in, one observation per value out, from text, bytes or a
 * stream of byte chunks (rows are returned as they complete, so memory stays bounded). Two
 * shapes: the World Bank's own download, wide (`Country Name,Country Code,Indicator Name,
 * Indicator Code,1960,…`, after an optional `Data Source` / `Last Updated Date` preamble and
 * with a trailing empty column), and the datahub.io packaging, long (`Country Name,Country
 * Code,Year,Value`, one indicator per file, named by its folder). Values stay decimal strings;
 * empty and other missing markers are counted, never read as zero.
 */
import { CsvReader, type CsvRecord, isBlankRecord } from "../csv/csv-reader.ts";
import { explainBadDecimal, isMissingValue } from "../decimal.ts";
import type { FormatDiagnostic } from "../diagnostic.ts";
import { readPushReaderStream, readPushReaderWhole } from "../push-reader-stream.ts";

/** `wide`: the World Bank's download, a column per year. `long`: datahub.io's `Year,Value`. */
export type WdiCsvShape = "wide" | "long";

export interface WdiObservation {
  /** 1-based line of the row (the header's line counts the preamble). */
  readonly line: number;
  /** 1-based column of the value, and its header. */
  readonly column: number;
  readonly columnName: string;
  readonly countryName: string;
  /** ISO 3166-1 alpha-3, or a World Bank aggregate code (`WLD`, `ECS`, `HIC` …). */
  readonly countryCode: string;
  /** The wide shape names the indicator on every row; the long shape does not. */
  readonly indicatorName?: string;
  readonly indicatorCode?: string;
  readonly year: number;
  /** The decimal as written. */
  readonly value: string;
}

/** What the World Bank's preamble says: the database and when it was last updated. */
export interface WdiPreamble {
  readonly dataSource?: string;
  readonly lastUpdated?: string;
}

export interface WdiCsvResult {
  readonly shape: WdiCsvShape | undefined;
  /** The header's cells, so a caller can name the column a field came from. */
  readonly columns: readonly string[];
  readonly preamble: WdiPreamble;
  readonly observations: WdiObservation[];
  /** Cells holding a missing marker (empty, `..`, `NaN` …): left out, never zero. */
  readonly missingValues: number;
  /** Rows left out for an error (each error diagnostic names its row). */
  readonly rejectedRows: number;
  readonly diagnostics: FormatDiagnostic[];
}

interface Layout {
  readonly shape: WdiCsvShape;
  readonly names: readonly string[];
  readonly nameIndex: number;
  readonly codeIndex: number;
  readonly indicatorNameIndex: number;
  readonly indicatorCodeIndex: number;
  /** Wide: the year columns. Long: the Year and Value columns. */
  readonly years: readonly { readonly index: number; readonly year: number }[];
  readonly yearIndex: number;
  readonly valueIndex: number;
  /** Columns without a name (the World Bank's trailing comma): they must stay empty. */
  readonly unnamed: readonly number[];
}

const wideColumns = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"];
const longColumns = ["Country Name", "Country Code", "Year", "Value"];
const preambleKeys: Readonly<Record<string, keyof WdiPreamble>> = {
  "Data Source": "dataSource",
  "Last Updated Date": "lastUpdated",
};

/** True when the text's first non-blank line is a WDI preamble line or one of the two headers. */
export function isWdiCsv(text: string): boolean {
  const first =
    text
      .replace(/^\uFEFF/, "")
      .trimStart()
      .split(/\r\n|\n|\r/, 1)[0] ?? "";
  const cells = first.split(",").map((cell) => cell.trim().replace(/^"(.*)"$/, "$1"));
  if (cells[0] !== undefined && cells[0] in preambleKeys) return true;
  const startsWith = (columns: readonly string[]) => columns.every((name, index) => cells[index] === name);
  return startsWith(wideColumns) || startsWith(longColumns);
}

/** Incremental reader: `push` text as it arrives, then `end`; each returns the values completed. */
export class WdiCsvReader {
  readonly diagnostics: FormatDiagnostic[] = [];
  readonly preamble: { dataSource?: string; lastUpdated?: string } = {};
  missingValues = 0;
  rejectedRows = 0;
  #layout: Layout | undefined;
  #failed = false;
  readonly #csv = new CsvReader();
  readonly #seen = new Map<string, number>();

  get shape(): WdiCsvShape | undefined {
    return this.#layout?.shape;
  }

  get columns(): readonly string[] {
    return this.#layout?.names ?? [];
  }

  push(text: string): WdiObservation[] {
    return this.#records(this.#csv.push(text));
  }

  end(): WdiObservation[] {
    const observations = this.#records(this.#csv.end());
    this.diagnostics.push(...this.#csv.diagnostics);
    if (this.#layout === undefined && !this.#failed)
      this.#fail({
        code: "wdi/no-header",
        severity: "error",
        message: `no header row: a WDI file has "${wideColumns.join(",")},<years>" or "${longColumns.join(",")}"`,
      });
    return observations;
  }

  #fail(diagnostic: FormatDiagnostic): void {
    this.#failed = true;
    this.diagnostics.push(diagnostic);
  }

  #records(records: readonly CsvRecord[]): WdiObservation[] {
    const observations: WdiObservation[] = [];
    for (const record of records) {
      if (this.#failed) break;
      if (isBlankRecord(record)) continue;
      if (this.#layout === undefined) {
        this.#header(record);
        continue;
      }
      const read = this.#row(record, this.#layout);
      if (read === undefined) this.rejectedRows++;
      else observations.push(...read);
    }
    return observations;
  }

  /** A preamble line, or the header; anything else before the header is refused. */
  #header(record: CsvRecord): void {
    const cells = record.cells.map((cell) => cell.trim());
    const key = preambleKeys[cells[0] ?? ""];
    if (key !== undefined) {
      this.preamble[key] = cells[1] ?? "";
      return;
    }
    const layout = readLayout(cells);
    if (typeof layout === "string")
      this.#fail({ code: "wdi/bad-header", severity: "error", message: layout, row: record.line });
    else this.#layout = layout;
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

  #row(record: CsvRecord, layout: Layout): WdiObservation[] | undefined {
    const cell = (index: number) => (record.cells[index] ?? "").trim();
    const extra = record.cells.findIndex((text, index) => index >= layout.names.length && text.trim() !== "");
    if (extra !== -1)
      return this.#error(
        record,
        "wdi/cell-count",
        `the row has a value beyond the header's ${layout.names.length} columns`,
        extra,
      );
    const filledUnnamed = layout.unnamed.find((index) => cell(index) !== "");
    if (filledUnnamed !== undefined)
      return this.#error(
        record,
        "wdi/unnamed-column",
        "a column without a name holds a value",
        filledUnnamed,
      );
    const countryCode = cell(layout.codeIndex);
    if (!/^[A-Z0-9]{3}$/.test(countryCode))
      return this.#error(
        record,
        "wdi/bad-country-code",
        `country code ${JSON.stringify(countryCode)} is not a three-character World Bank code (ISO alpha-3 or an aggregate such as WLD)`,
        layout.codeIndex,
      );
    const base = { countryName: cell(layout.nameIndex), countryCode };
    return layout.shape === "wide"
      ? this.#wideRow(record, layout, base)
      : this.#longRow(record, layout, base);
  }

  #wideRow(
    record: CsvRecord,
    layout: Layout,
    base: { countryName: string; countryCode: string },
  ): WdiObservation[] | undefined {
    const indicatorCode = (record.cells[layout.indicatorCodeIndex] ?? "").trim();
    if (indicatorCode === "")
      return this.#error(
        record,
        "wdi/no-indicator-code",
        "the indicator code is empty",
        layout.indicatorCodeIndex,
      );
    if (
      !this.#firstOf(
        record,
        `${base.countryCode}|${indicatorCode}`,
        `${indicatorCode} for ${base.countryCode}`,
      )
    )
      return undefined;
    const indicatorName = (record.cells[layout.indicatorNameIndex] ?? "").trim();
    const observations: WdiObservation[] = [];
    let bad = false;
    for (const { index, year } of layout.years) {
      const value = this.#value(record, index);
      if (value === "bad") bad = true;
      else if (value !== undefined)
        observations.push({
          line: record.line,
          column: index + 1,
          columnName: String(year),
          ...base,
          indicatorName,
          indicatorCode,
          year,
          value,
        });
    }
    return bad ? undefined : observations;
  }

  #longRow(
    record: CsvRecord,
    layout: Layout,
    base: { countryName: string; countryCode: string },
  ): WdiObservation[] | undefined {
    const yearText = (record.cells[layout.yearIndex] ?? "").trim();
    if (!/^\d{4}$/.test(yearText))
      return this.#error(
        record,
        "wdi/bad-year",
        `year ${JSON.stringify(yearText)} must be four digits`,
        layout.yearIndex,
      );
    if (!this.#firstOf(record, `${base.countryCode}|${yearText}`, `${base.countryCode} in ${yearText}`))
      return undefined;
    const value = this.#value(record, layout.valueIndex);
    if (value === "bad") return undefined;
    if (value === undefined) return [];
    return [
      {
        line: record.line,
        column: layout.valueIndex + 1,
        columnName: "Value",
        ...base,
        year: Number(yearText),
        value,
      },
    ];
  }

  /** False (reported) when the key was given on an earlier row. */
  #firstOf(record: CsvRecord, key: string, what: string): boolean {
    const first = this.#seen.get(key);
    if (first !== undefined) {
      this.#error(record, "wdi/duplicate", `${what} is already given on row ${first}`);
      return false;
    }
    this.#seen.set(key, record.line);
    return true;
  }

  /** The decimal in a value cell; undefined for a missing marker, "bad" (reported) for anything else. */
  #value(record: CsvRecord, index: number): string | undefined | "bad" {
    const text = record.cells[index] ?? "";
    if (isMissingValue(text)) {
      this.missingValues++;
      return undefined;
    }
    const reason = explainBadDecimal(text);
    if (reason === undefined) return text;
    this.#error(record, "wdi/bad-value", reason, index);
    return "bad";
  }
}

/** The layout the header gives, or why it is not a WDI header. */
function readLayout(cells: readonly string[]): Layout | string {
  const indexOf = (name: string) => cells.indexOf(name);
  const wide = wideColumns.every((name) => cells.includes(name));
  const long = !wide && longColumns.every((name) => cells.includes(name));
  if (!wide && !long)
    return `expected the header "${wideColumns.join(",")},1960,…" (World Bank download) or "${longColumns.join(",")}" (datahub.io), after an optional "Data Source" / "Last Updated Date" preamble; found "${cells.join(",").slice(0, 200)}"`;
  const known = wide ? wideColumns : longColumns;
  const years: { index: number; year: number }[] = [];
  const unnamed: number[] = [];
  for (const [index, name] of cells.entries()) {
    if (name === "") unnamed.push(index);
    if (known.includes(name) || name === "") continue;
    if (wide && /^\d{4}$/.test(name)) years.push({ index, year: Number(name) });
    else
      return `column ${index + 1} (${JSON.stringify(name)}) is not ${wide ? "a year" : "part of the datahub.io shape"}; DataBank exports with "1990 [YR1990]" columns are another format`;
  }
  return {
    shape: wide ? "wide" : "long",
    names: cells,
    nameIndex: indexOf("Country Name"),
    codeIndex: indexOf("Country Code"),
    indicatorNameIndex: indexOf("Indicator Name"),
    indicatorCodeIndex: indexOf("Indicator Code"),
    years,
    yearIndex: indexOf("Year"),
    valueIndex: indexOf("Value"),
    unnamed,
  };
}

function resultOf(reader: WdiCsvReader, observations: WdiObservation[]): WdiCsvResult {
  return {
    shape: reader.shape,
    columns: reader.columns,
    preamble: { ...reader.preamble },
    observations,
    missingValues: reader.missingValues,
    rejectedRows: reader.rejectedRows,
    diagnostics: reader.diagnostics,
  };
}

/** Reads a whole WDI CSV from text or UTF-8 bytes. */
export function parseWdiCsv(input: string | Uint8Array): WdiCsvResult {
  const reader = new WdiCsvReader();
  const { records, encoding } = readPushReaderWhole(input, reader, "wdi/encoding");
  return encoding === undefined
    ? resultOf(reader, records)
    : { ...resultOf(reader, []), diagnostics: [encoding] };
}

/**
 * Reads a WDI CSV from a stream of UTF-8 byte chunks, yielding values in batches as rows
 * complete; `reader` holds the shape, preamble, counts and diagnostics when the stream ends.
 */
export function readWdiCsvStream(
  chunks: AsyncIterable<Uint8Array>,
  reader: WdiCsvReader = new WdiCsvReader(),
): AsyncGenerator<WdiObservation[]> {
  return readPushReaderStream(chunks, reader, "wdi/encoding");
}
