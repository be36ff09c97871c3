/**
 * Open SDG data CSVs (`data/indicator_<id>.csv`): `Year`, any breakdown columns, `Value`. A blank
 * breakdown cell means "total"; attribute columns (units, status, notes) travel with the value.
 * Real national files carry a byte-order mark, CRLF, unnamed trailing columns and header-only
 * files (Kazakhstan's repository has all four); each is accepted and reported.
 */
import { type CsvRecord, isBlankRecord, readCsv } from "./csv/csv-reader.ts";
import { explainBadDecimal, isMissingValue } from "./decimal.ts";
import type { FormatDiagnostic } from "./diagnostic.ts";

/** Columns that describe a value rather than identify it. */
export const openSdgAttributeColumns: readonly string[] = [
  "UNIT_MEASURE",
  "Units",
  "UNIT_MULT",
  "OBS_STATUS",
  "NATURE",
  "COMMENT_OBS",
  "COMMENT_TS",
  "SOURCE_DETAIL",
];

export interface OpenSdgRecord {
  readonly line: number;
  readonly year: number;
  readonly timePeriod: string;
  readonly value: string;
  /** Breakdown column → code; blank cells (totals) are left out. */
  readonly dimensions: Readonly<Record<string, string>>;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface OpenSdgCsvResult {
  /** The Open SDG indicator id from the file name (`indicator_12-4-2.csv` → `12-4-2`), if any. */
  readonly indicatorId: string | null;
  readonly dimensionColumns: string[];
  readonly attributeColumns: string[];
  readonly records: OpenSdgRecord[];
  readonly diagnostics: FormatDiagnostic[];
}

export function openSdgIndicatorId(fileName: string): string | null {
  const match = /indicator_([0-9a-z]+(?:-[0-9a-z]+)+)\.csv$/i.exec(fileName);
  return match?.[1] ?? null;
}

export function parseOpenSdgCsv(text: string, options: { fileName?: string } = {}): OpenSdgCsvResult {
  const { records, diagnostics } = readCsv(text);
  const indicatorId = options.fileName === undefined ? null : openSdgIndicatorId(options.fileName);
  const [header, ...rows] = records;
  const names = header?.cells.map((cell) => cell.trim()) ?? [];
  const layout = { names, yearIndex: names.indexOf("Year"), valueIndex: names.indexOf("Value") };
  if (layout.yearIndex === -1 || layout.valueIndex === -1) {
    diagnostics.push({
      code: "open-sdg/missing-column",
      severity: "error",
      message: `an Open SDG data file needs "Year" and "Value" columns (found "${names.join(",")}")`,
      row: 1,
    });
    return { indicatorId, dimensionColumns: [], attributeColumns: [], records: [], diagnostics };
  }
  const dataRows = rows.filter((record) => !isBlankRecord(record));
  const columns = classifyColumns(layout, dataRows, diagnostics);
  if (dataRows.length === 0) {
    diagnostics.push({
      code: "open-sdg/no-data",
      severity: "warning",
      message: "the file has a header but no data rows",
      row: 1,
    });
  }
  const parsed: OpenSdgRecord[] = [];
  let skippedMissing = 0;
  const seen = new Map<string, number>();
  for (const record of dataRows) {
    const read = readRecord(record, layout, columns.ignored, diagnostics);
    if (read === "missing") skippedMissing++;
    if (read === "missing" || read === undefined) continue;
    // Open SDG sites let the reader pick a unit as they pick a breakdown, so one year may hold a
    // value per unit (Kazstat's 9-2-1: a share and a value in dollars): the unit is part of the key.
    const unit = read.attributes["UNIT_MEASURE"] ?? read.attributes["Units"] ?? "";
    const key = `${read.year}|${unit}|${Object.entries(read.dimensions)
      .map(([name, code]) => `${name}=${code}`)
      .join(";")}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      diagnostics.push({
        code: "open-sdg/duplicate",
        severity: "error",
        message: `the same year, unit and breakdown is already given on row ${firstLine}`,
        row: record.line,
      });
      continue;
    }
    seen.set(key, record.line);
    parsed.push(read);
  }
  if (skippedMissing > 0) {
    diagnostics.push({
      code: "open-sdg/missing-values",
      severity: "warning",
      message: `${skippedMissing} row(s) have no value and are skipped, not stored as zero`,
    });
  }
  return {
    indicatorId,
    dimensionColumns: columns.dimensions,
    attributeColumns: columns.attributes,
    records: parsed,
    diagnostics,
  };
}

interface Layout {
  readonly names: readonly string[];
  readonly yearIndex: number;
  readonly valueIndex: number;
}

/** Breakdown and attribute columns; unnamed columns are ignored when empty and an error when not. */
function classifyColumns(layout: Layout, dataRows: readonly CsvRecord[], diagnostics: FormatDiagnostic[]) {
  const columns = { dimensions: [] as string[], attributes: [] as string[], ignored: new Set<number>() };
  layout.names.forEach((name, index) => {
    if (index === layout.yearIndex || index === layout.valueIndex) return;
    if (name !== "") {
      (openSdgAttributeColumns.includes(name) ? columns.attributes : columns.dimensions).push(name);
      return;
    }
    columns.ignored.add(index);
    const used = dataRows.find((record) => (record.cells[index] ?? "").trim() !== "");
    diagnostics.push(
      used === undefined
        ? {
            code: "open-sdg/unnamed-column",
            severity: "warning",
            message: "an unnamed, empty column is ignored",
            row: 1,
            column: index + 1,
          }
        : {
            code: "open-sdg/unnamed-column",
            severity: "error",
            message: "a column without a name holds values; name it",
            row: used.line,
            column: index + 1,
          },
    );
  });
  return columns;
}

/** One data row: a record, `"missing"` for a row without a value, or undefined after an error. */
function readRecord(
  record: CsvRecord,
  layout: Layout,
  ignored: ReadonlySet<number>,
  diagnostics: FormatDiagnostic[],
): OpenSdgRecord | "missing" | undefined {
  const cell = (index: number) => (record.cells[index] ?? "").trim();
  const fail = (code: string, message: string, index?: number) => {
    diagnostics.push({
      code,
      severity: "error",
      message,
      row: record.line,
      ...(index === undefined ? {} : { column: index + 1, columnName: layout.names[index] as string }),
    });
    return undefined;
  };
  if (record.cells.length > layout.names.length) {
    return fail(
      "open-sdg/cell-count",
      `expected at most ${layout.names.length} cells, found ${record.cells.length}`,
    );
  }
  const yearText = cell(layout.yearIndex);
  if (!/^\d{4}$/.test(yearText))
    return fail(
      "open-sdg/bad-year",
      `year ${JSON.stringify(yearText)} must be four digits`,
      layout.yearIndex,
    );
  const value = cell(layout.valueIndex);
  if (isMissingValue(value)) return "missing";
  const badValue = explainBadDecimal(value);
  if (badValue !== undefined) return fail("open-sdg/bad-value", badValue, layout.valueIndex);
  const dimensions: Record<string, string> = {};
  const attributes: Record<string, string> = {};
  layout.names.forEach((name, index) => {
    if (index === layout.yearIndex || index === layout.valueIndex || ignored.has(index) || cell(index) === "")
      return;
    if (openSdgAttributeColumns.includes(name)) attributes[name] = cell(index);
    else dimensions[name] = cell(index);
  });
  return { line: record.line, year: Number(yearText), timePeriod: yearText, value, dimensions, attributes };
}
