/**
 * Open SDG data CSVs (`data/indicator_<id>.csv`): `Year`, any breakdown columns, `Value`. A blank
 * breakdown cell means "total"; attribute columns (units, status, notes) travel with the value.
 * Real national files carry a byte-order mark, CRLF, unnamed trailing columns and header-only
 * files (Kazakhstan's repository has all four); each is accepted and reported.
 */
import { isBlankRecord, readCsv } from "./csv/csv-reader.ts";
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
  const result = {
    indicatorId,
    dimensionColumns: [] as string[],
    attributeColumns: [] as string[],
    records: [] as OpenSdgRecord[],
    diagnostics,
  };
  const names = header?.cells.map((cell) => cell.trim()) ?? [];
  const yearIndex = names.indexOf("Year");
  const valueIndex = names.indexOf("Value");
  if (yearIndex === -1 || valueIndex === -1) {
    diagnostics.push({
      code: "open-sdg/missing-column",
      severity: "error",
      message: `an Open SDG data file needs "Year" and "Value" columns (found "${names.join(",")}")`,
      row: 1,
    });
    return result;
  }
  const dataRows = rows.filter((record) => !isBlankRecord(record));
  const ignored = new Set<number>();
  names.forEach((name, index) => {
    if (index === yearIndex || index === valueIndex) return;
    if (name === "") {
      const used = dataRows.find((record) => (record.cells[index] ?? "").trim() !== "");
      if (used === undefined) {
        ignored.add(index);
        diagnostics.push({
          code: "open-sdg/unnamed-column",
          severity: "warning",
          message: "an unnamed, empty column is ignored",
          row: 1,
          column: index + 1,
        });
      } else {
        diagnostics.push({
          code: "open-sdg/unnamed-column",
          severity: "error",
          message: "a column without a name holds values; name it",
          row: used.line,
          column: index + 1,
        });
        ignored.add(index);
      }
      return;
    }
    if (openSdgAttributeColumns.includes(name)) result.attributeColumns.push(name);
    else result.dimensionColumns.push(name);
  });
  if (dataRows.length === 0) {
    diagnostics.push({
      code: "open-sdg/no-data",
      severity: "warning",
      message: "the file has a header but no data rows",
      row: 1,
    });
  }
  let skippedMissing = 0;
  const seen = new Map<string, number>();
  for (const record of dataRows) {
    const cell = (index: number) => (record.cells[index] ?? "").trim();
    if (record.cells.length > names.length) {
      diagnostics.push({
        code: "open-sdg/cell-count",
        severity: "error",
        message: `expected at most ${names.length} cells, found ${record.cells.length}`,
        row: record.line,
      });
      continue;
    }
    const yearText = cell(yearIndex);
    if (!/^\d{4}$/.test(yearText)) {
      diagnostics.push({
        code: "open-sdg/bad-year",
        severity: "error",
        message: `year ${JSON.stringify(yearText)} must be four digits`,
        row: record.line,
        column: yearIndex + 1,
        columnName: "Year",
      });
      continue;
    }
    const value = cell(valueIndex);
    if (isMissingValue(value)) {
      skippedMissing++;
      continue;
    }
    const badValue = explainBadDecimal(value);
    if (badValue !== undefined) {
      diagnostics.push({
        code: "open-sdg/bad-value",
        severity: "error",
        message: badValue,
        row: record.line,
        column: valueIndex + 1,
        columnName: "Value",
      });
      continue;
    }
    const dimensions: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    names.forEach((name, index) => {
      if (index === yearIndex || index === valueIndex || ignored.has(index) || cell(index) === "") return;
      if (openSdgAttributeColumns.includes(name)) attributes[name] = cell(index);
      else dimensions[name] = cell(index);
    });
    const key = `${yearText}|${Object.entries(dimensions)
      .map(([name, code]) => `${name}=${code}`)
      .join(";")}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      diagnostics.push({
        code: "open-sdg/duplicate",
        severity: "error",
        message: `the same year and breakdown is already given on row ${firstLine}`,
        row: record.line,
      });
      continue;
    }
    seen.set(key, record.line);
    result.records.push({
      line: record.line,
      year: Number(yearText),
      timePeriod: yearText,
      value,
      dimensions,
      attributes,
    });
  }
  if (skippedMissing > 0) {
    diagnostics.push({
      code: "open-sdg/missing-values",
      severity: "warning",
      message: `${skippedMissing} row(s) have no value and are skipped, not stored as zero`,
    });
  }
  return result;
}
