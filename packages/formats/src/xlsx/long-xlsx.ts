/**
 * The long template as a workbook: a sheet named `data` whose first row starts with the long
 * CSV's columns `indicator,area,year,value,unit,source` (same rules, same codes), optionally
 * followed by `unit_mult`, `obs_status`, `nature`, `source_detail`, `comment` and breakdown
 * columns named by their SDMX dimension id (`TYPE_OF_PRODUCT`; blank = total). Other sheets (a
 * README) are ignored. Diagnostics carry the sheet, so they print as `data!D5`.
 */
import type { CsvRecord } from "../csv/csv-reader.ts";
import type { FormatDiagnostic } from "../diagnostic.ts";
import { type LongCsvObservation, longCsvHeader, readLongTemplateRows } from "../long-csv.ts";
import { columnLetters } from "./cell-reference.ts";
import { isYearOnlyFormat } from "./spreadsheet-date.ts";
import type { XlsxCell } from "./xlsx-cell.ts";
import { parseXlsx, type XlsxReadOptions } from "./xlsx-reader.ts";

export const longXlsxSheet = "data";
/** Optional columns after the six of the long CSV, in the order the writer puts them. */
export const longXlsxAttributeColumns = [
  "unit_mult",
  "obs_status",
  "nature",
  "source_detail",
  "comment",
] as const;

export interface LongXlsxObservation extends LongCsvObservation {
  /** Breakdown codes by dimension id; totals have none. */
  readonly dimensions: Readonly<Record<string, string>>;
  readonly unitMult: number;
  readonly obsStatus: string | undefined;
  readonly nature: string | undefined;
  readonly sourceDetail: string | undefined;
  readonly comment: string | undefined;
}

export interface LongXlsxResult {
  readonly observations: LongXlsxObservation[];
  readonly diagnostics: FormatDiagnostic[];
}

const dimensionColumn = /^[A-Z][A-Z0-9_]*$/;

export function parseLongXlsx(bytes: Uint8Array, options: XlsxReadOptions = {}): LongXlsxResult {
  // Rows become template records as they are read, so the workbook's cells are never all held.
  const found: FormatDiagnostic[] = [];
  const headerDiagnostics: FormatDiagnostic[] = [];
  const noValue = new Map<number, string>();
  const records: TemplateRecord[] = [];
  let header: Map<number, string> | undefined;
  let sawHeader = false;
  const { workbook, diagnostics } = parseXlsx(bytes, {
    ...options,
    sheets: (name) => name === longXlsxSheet,
    onRow: (_, row) => {
      if (!sawHeader) {
        sawHeader = true;
        header = readHeader(row.row === 1 ? row.cells : [], headerDiagnostics);
        if (row.row === 1) return;
      }
      if (header !== undefined) records.push(toRecord(row.row, row.cells, header, found, noValue));
    },
  });
  if (workbook === undefined) return { observations: [], diagnostics };
  const sheet = workbook.sheets.find((candidate) => candidate.name === longXlsxSheet);
  if (sheet === undefined) {
    diagnostics.push({
      code: "long-xlsx/no-data-sheet",
      severity: "error",
      message: `the workbook has no sheet named "${longXlsxSheet}" (its sheets: ${workbook.sheets.map((candidate) => JSON.stringify(candidate.name)).join(", ") || "none"})`,
    });
    return { observations: [], diagnostics };
  }
  const onSheet = (diagnostic: FormatDiagnostic): FormatDiagnostic => ({ ...diagnostic, sheet: sheet.name });
  if (!sawHeader) header = readHeader([], headerDiagnostics);
  diagnostics.push(...headerDiagnostics.map(onSheet));
  if (header === undefined) return { observations: [], diagnostics };
  const observations = readLongTemplateRows(records, found, (record) =>
    Object.entries((record as TemplateRecord).extras.dimensions)
      .map(([id, code]) => `${id}=${code}`)
      .join(","),
  );
  diagnostics.push(...explained(found, noValue).map(onSheet));
  const rejected = new Set(found.filter((item) => item.severity === "error").map((item) => item.row));
  const extras = new Map(records.map((record) => [record.line, record.extras]));
  return {
    observations: observations
      .filter((observation) => !rejected.has(observation.line))
      .map((observation) => ({ ...observation, ...(extras.get(observation.line) as Extras) })),
    diagnostics,
  };
}

/**
 * The shared rules see an error cell as a missing marker: its message says what the cell held.
 * A cell already refused here (a date as the value) is not refused twice.
 */
function explained(
  found: readonly FormatDiagnostic[],
  noValue: ReadonlyMap<number, string>,
): FormatDiagnostic[] {
  const refused = new Set(
    found.filter((item) => item.code.startsWith("long-xlsx/")).map((item) => `${item.row}:${item.column}`),
  );
  return found
    .filter((item) => item.code.startsWith("long-xlsx/") || !refused.has(`${item.row}:${item.column}`))
    .map((item) => {
      const reason = item.code === "long-csv/missing-value" ? noValue.get(item.row ?? 0) : undefined;
      return reason === undefined ? item : { ...item, message: reason };
    });
}

interface TemplateRecord extends CsvRecord {
  readonly extras: Extras;
}

type Extras = Omit<LongXlsxObservation, keyof LongCsvObservation>;

/** The columns after the six, by sheet column; undefined (with a diagnostic) when the header is wrong. */
function readHeader(
  cells: readonly XlsxCell[],
  diagnostics: FormatDiagnostic[],
): Map<number, string> | undefined {
  const names = new Map(cells.map((cell) => [cell.column, cell.text.trim()]));
  const leading = longCsvHeader.map((_, index) => names.get(index + 1) ?? "");
  if (leading.join(",") !== longCsvHeader.join(",")) {
    diagnostics.push({
      code: "long-xlsx/bad-header",
      severity: "error",
      message: `row 1 must start with the columns ${longCsvHeader.join(", ")} in A1:F1 (found ${leading.map((name) => JSON.stringify(name)).join(", ")})`,
      row: 1,
    });
    return undefined;
  }
  const extra = new Map<number, string>();
  let bad = false;
  for (const [column, name] of names) {
    if (column <= longCsvHeader.length || name === "") continue;
    const known =
      (longXlsxAttributeColumns as readonly string[]).includes(name) || dimensionColumn.test(name);
    if (known && ![...extra.values()].includes(name)) extra.set(column, name);
    else {
      bad = true;
      diagnostics.push({
        code: "long-xlsx/unknown-column",
        severity: "error",
        message: `column ${columnLetters(column)} is headed ${JSON.stringify(name)}${known ? ", which is given twice" : `: after the six template columns come only ${longXlsxAttributeColumns.join(", ")} and breakdown dimension ids in upper case (TYPE_OF_PRODUCT)`}`,
        row: 1,
        column,
        columnName: name,
      });
    }
  }
  return bad ? undefined : extra;
}

/** The six template cells as text, the way the long CSV's rules read them, and the row's extras. */
function toRecord(
  line: number,
  cells: readonly XlsxCell[],
  header: ReadonlyMap<number, string>,
  diagnostics: FormatDiagnostic[],
  noValue: Map<number, string>,
): TemplateRecord {
  const byColumn = new Map(cells.map((cell) => [cell.column, cell]));
  const text = (column: number): string => {
    const cell = byColumn.get(column);
    if (cell === undefined) return "";
    const name = longCsvHeader[column - 1] as string;
    const problem = (code: string, message: string) =>
      diagnostics.push({ code, severity: "error", message, row: line, column, columnName: name });
    if (cell.type === "error" || cell.type === "blank") {
      // Error cells and formulas never calculated hold no value: missing, never zero.
      if (name === "value")
        noValue.set(
          line,
          cell.type === "error"
            ? `the cell holds the error ${cell.raw}: no value; the row is skipped, not stored as zero`
            : "the formula has no calculated value (open and save the workbook in Excel or LibreOffice); the row is skipped",
        );
      return "#N/A";
    }
    if (cell.type === "date" && name === "year" && isYearOnlyFormat(cell.numberFormat ?? ""))
      return (cell.date ?? "").slice(0, 4);
    if (cell.type === "date" && (name === "year" || name === "value")) {
      problem(
        `long-xlsx/date-${name}`,
        `the cell is a date (${cell.date}), not a ${name === "year" ? "year: type the year as a number such as 2020" : "number: format the cell as a number or text"}`,
      );
      return cell.raw;
    }
    return cell.text;
  };
  return {
    line,
    cells: longCsvHeader.map((_, index) => text(index + 1)),
    extras: readExtras(line, byColumn, header, diagnostics),
  };
}

/** Unit multiplier, attributes and breakdowns of a row, from the columns after the six. */
function readExtras(
  line: number,
  byColumn: ReadonlyMap<number, XlsxCell>,
  header: ReadonlyMap<number, string>,
  diagnostics: FormatDiagnostic[],
): Extras {
  const values: Record<string, string> = {};
  for (const [column, name] of header) {
    const text = byColumn.get(column)?.text ?? "";
    // Codes are trimmed; free text (comments, source details) is kept as written.
    const kept = name === "comment" || name === "source_detail" ? text : text.trim();
    if (kept.trim() !== "") values[name] = kept;
  }
  const unitMult = values["unit_mult"] ?? "0";
  if (!/^-?\d{1,2}$/.test(unitMult)) {
    const column = [...header].find(([, name]) => name === "unit_mult")?.[0];
    diagnostics.push({
      code: "long-xlsx/bad-unit-mult",
      severity: "error",
      message: `unit_mult ${JSON.stringify(unitMult)} must be a whole number, the power of ten the value is in (3 for thousands)`,
      row: line,
      ...(column === undefined ? {} : { column, columnName: "unit_mult" }),
    });
  }
  const dimensions: Record<string, string> = {};
  for (const name of header.values())
    if (!(longXlsxAttributeColumns as readonly string[]).includes(name) && values[name] !== undefined)
      dimensions[name] = values[name];
  return {
    dimensions,
    unitMult: Number(unitMult) || 0,
    obsStatus: values["obs_status"],
    nature: values["nature"],
    sourceDetail: values["source_detail"],
    comment: values["comment"],
  };
}
