/**
 * The long CSV template: exactly `indicator,area,year,value,unit,source`, one observation per
 * row, indicator codes as in the source series (upper case), areas as ISO 3166-1 alpha-3.
 */
import { type CsvRecord, isBlankRecord, readCsv } from "./csv/csv-reader.ts";
import { explainBadDecimal, isMissingValue } from "./decimal.ts";
import type { FormatDiagnostic } from "./diagnostic.ts";

export const longCsvHeader = ["indicator", "area", "year", "value", "unit", "source"] as const;

export interface LongCsvObservation {
  /** 1-based line in the file. */
  readonly line: number;
  readonly indicator: string;
  readonly area: string;
  readonly year: number;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
}

export interface LongCsvResult {
  readonly observations: LongCsvObservation[];
  readonly diagnostics: FormatDiagnostic[];
}

/** True when the first line of the text is the long-CSV header. */
export function isLongCsv(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  return firstLine.trim() === longCsvHeader.join(",");
}

export function parseLongCsv(text: string): LongCsvResult {
  const { records, diagnostics } = readCsv(text);
  const [header, ...rows] = records;
  if (header === undefined || header.cells.join(",") !== longCsvHeader.join(",")) {
    diagnostics.push({
      code: "long-csv/bad-header",
      severity: "error",
      message: `the header must be exactly "${longCsvHeader.join(",")}" (found "${header?.cells.join(",") ?? ""}")`,
      row: 1,
    });
    return { observations: [], diagnostics };
  }
  return { observations: readLongTemplateRows(rows, diagnostics), diagnostics };
}

/**
 * The template's rows after its header, each checked cell by cell and duplicates refused; the
 * CSV and the XLSX forms of the template share these rules.
 */
export function readLongTemplateRows(
  rows: readonly CsvRecord[],
  diagnostics: FormatDiagnostic[],
  /** A row's breakdown (`TYPE_OF_PRODUCT=BIM`), part of its key where the form has breakdowns. */
  breakdownOf: (record: CsvRecord) => string = () => "",
): LongCsvObservation[] {
  const observations: LongCsvObservation[] = [];
  const seen = new Map<string, number>();
  for (const record of rows) {
    if (isBlankRecord(record)) continue;
    const observation = readRow(record, diagnostics);
    if (observation === undefined) continue;
    const breakdown = breakdownOf(record);
    const key = `${observation.indicator}|${observation.area}|${observation.year}|${breakdown}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      diagnostics.push({
        code: "long-csv/duplicate",
        severity: "error",
        message: `${observation.indicator}${breakdown === "" ? "" : ` [${breakdown}]`} for ${observation.area} in ${observation.year} is already given on row ${firstLine}`,
        row: record.line,
      });
      continue;
    }
    seen.set(key, record.line);
    observations.push(observation);
  }
  return observations;
}

/** Checks one row cell by cell; every problem is reported, and any error drops the row. */
function readRow(record: CsvRecord, diagnostics: FormatDiagnostic[]): LongCsvObservation | undefined {
  // Reports a problem in one cell; returns false so checks read `isValid || problem(…)`.
  const problem = (
    column: number,
    code: string,
    message: string,
    severity: "error" | "warning" = "error",
  ): false => {
    diagnostics.push({
      code,
      severity,
      message,
      row: record.line,
      column: column + 1,
      columnName: longCsvHeader[column] as string,
    });
    return false;
  };
  if (record.cells.length !== longCsvHeader.length) {
    diagnostics.push({
      code: "long-csv/cell-count",
      severity: "error",
      message: `expected ${longCsvHeader.length} cells, found ${record.cells.length}`,
      row: record.line,
    });
    return undefined;
  }
  const [indicator, area, year, value, unit, source] = record.cells as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const checks = [
    /^[A-Z0-9][A-Z0-9._]*$/.test(indicator) ||
      problem(
        0,
        "long-csv/bad-indicator",
        `indicator ${JSON.stringify(indicator)} must be an upper-case series code such as EN_MAT_DOMCMPC`,
      ),
    /^[A-Z]{3}$/.test(area) ||
      problem(
        1,
        "long-csv/bad-area",
        `area ${JSON.stringify(area)} must be an ISO 3166-1 alpha-3 code such as KAZ`,
      ),
    /^\d{4}$/.test(year) ||
      problem(2, "long-csv/bad-year", `year ${JSON.stringify(year)} must be four digits`),
  ];
  if (isMissingValue(value)) {
    problem(
      3,
      "long-csv/missing-value",
      `no value (${JSON.stringify(value)}); the row is skipped, not stored as zero`,
      "warning",
    );
    return undefined;
  }
  const badValue = explainBadDecimal(value);
  checks.push(
    badValue === undefined || problem(3, "long-csv/bad-value", badValue),
    unit.trim() !== "" || problem(4, "long-csv/missing-unit", "the unit is empty"),
    source.trim() !== "" ||
      problem(5, "long-csv/missing-source", "the source is empty; every value needs one"),
  );
  if (checks.includes(false)) return undefined;
  return {
    line: record.line,
    indicator,
    area,
    year: Number(year),
    value,
    unit: unit.trim(),
    source: source.trim(),
  };
}
