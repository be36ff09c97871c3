/**
 * Test support: the sheets of a workbook read back by `parseXlsx`, as rows keyed by their
 * header cell, and each survey row with the groups and repeats around it. Deliberately plain:
 * it knows the sheet layout only, not the XLSForm rules the tests check.
 */
import { parseXlsx, type XlsxSheet } from "@circular-atlas/formats";

export interface SheetRow {
  /** 1-based row number in the sheet, for messages. */
  readonly row: number;
  /** Cell text by header; blank cells are absent. */
  readonly cells: ReadonlyMap<string, string>;
}

export interface SurveyEntry extends SheetRow {
  readonly type: string;
  readonly name: string;
  /** Names of the `begin group` / `begin repeat` rows around this one, outermost first. */
  readonly enclosing: readonly { readonly name: string; readonly kind: "group" | "repeat" }[];
}

export interface XlsFormTables {
  readonly sheetNames: readonly string[];
  readonly headers: ReadonlyMap<string, readonly string[]>;
  readonly survey: readonly SurveyEntry[];
  readonly choices: readonly SheetRow[];
  readonly settings: readonly SheetRow[];
  /** Every cell that is not a string cell, as `sheet!A1 (type)`. */
  readonly nonStringCells: readonly string[];
}

export function readXlsFormTables(bytes: Uint8Array): XlsFormTables {
  const { workbook, diagnostics } = parseXlsx(bytes);
  if (workbook === undefined) throw new Error(`unreadable workbook: ${JSON.stringify(diagnostics)}`);
  const headers = new Map<string, readonly string[]>();
  const tables = new Map<string, SheetRow[]>();
  const nonStringCells: string[] = [];
  for (const sheet of workbook.sheets) {
    const [headerRow, ...rows] = sheetRows(sheet, nonStringCells);
    const header: string[] = [];
    for (const { column, text } of headerRow?.cells ?? []) header[column - 1] = text;
    headers.set(sheet.name, header);
    tables.set(
      sheet.name,
      rows.map(({ row, cells }) => ({
        row,
        cells: new Map(cells.map(({ column, text }) => [header[column - 1] ?? `#${column}`, text])),
      })),
    );
  }
  return {
    sheetNames: workbook.sheets.map((sheet) => sheet.name),
    headers,
    survey: withEnclosing(tables.get("survey") ?? []),
    choices: tables.get("choices") ?? [],
    settings: tables.get("settings") ?? [],
    nonStringCells,
  };
}

function sheetRows(sheet: XlsxSheet, nonStringCells: string[]) {
  return sheet.rows.map(({ row, cells }) => {
    for (const cell of cells)
      if (cell.type !== "string") nonStringCells.push(`${sheet.name}!${cell.ref} (${cell.type})`);
    return { row, cells: cells.map(({ column, text }) => ({ column, text })) };
  });
}

function withEnclosing(rows: readonly SheetRow[]): SurveyEntry[] {
  const stack: { name: string; kind: "group" | "repeat" }[] = [];
  return rows.map((row) => {
    const type = (row.cells.get("type") ?? "").replace("_", " ");
    const name = row.cells.get("name") ?? "";
    if (type === "end group" || type === "end repeat") stack.pop();
    const entry = { ...row, type: row.cells.get("type") ?? "", name, enclosing: [...stack] };
    if (type === "begin group" || type === "begin repeat")
      stack.push({ name, kind: type === "begin group" ? "group" : "repeat" });
    return entry;
  });
}
