/**
 * Knowledge records as CSV, one record per row, for people who keep them in a spreadsheet.
 * Texts have a column per field and language (`title_en`, `summary_ru`, `translated_ru`, …);
 * lists are separated by semicolons; nested values (details, sources, relations, just-transition
 * notes) are JSON in their cell. Reading turns rows back into plain objects for the record
 * schema to check, with every problem located by row and column.
 */
import { isBlankRecord, readCsv } from "./csv/csv-reader.ts";
import { toCsv } from "./csv/csv-writer.ts";
import type { FormatDiagnostic } from "./diagnostic.ts";

/** Columns every records CSV may have, besides the per-language text columns. */
export const recordCsvColumns = [
  "id",
  "type",
  "status",
  "original_language",
  "countries",
  "subnational_area",
  "sectors",
  "strategies",
  "themes",
  "sdg_targets",
  "year",
  "latitude",
  "longitude",
  "details",
  "just_transition",
  "sources",
  "relations",
] as const;

const textFields = ["title", "summary", "body", "translated"] as const;
const listColumns = new Set(["countries", "sectors", "strategies", "themes", "sdg_targets"]);
const jsonColumns = new Set(["details", "just_transition", "sources", "relations"]);
const textColumn = /^(title|summary|body|translated)_([a-z]{2,3}(?:-[A-Z][a-z]{3})?)$/;

export interface RecordsCsvRow {
  /** 1-based line of the row in the file. */
  readonly line: number;
  /** The record as an object in the record schema's field names, still unchecked. */
  readonly record: Record<string, unknown>;
}

export interface RecordsCsvResult {
  readonly rows: RecordsCsvRow[];
  readonly diagnostics: FormatDiagnostic[];
}

const camel: Record<string, string> = {
  original_language: "originalLanguage",
  subnational_area: "subnationalArea",
  sdg_targets: "sdgTargets",
  just_transition: "justTransition",
};

function readCell(
  column: string,
  cell: string,
  place: { row: number; column: number },
  diagnostics: FormatDiagnostic[],
): unknown {
  if (listColumns.has(column))
    return cell
      .split(";")
      .map((item) => item.trim())
      .filter(Boolean);
  if (jsonColumns.has(column)) {
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      diagnostics.push({
        code: "records-csv/bad-json",
        severity: "error",
        message: `${column} must be JSON (e.g. ${column === "sources" || column === "relations" ? "[]" : "{}"})`,
        row: place.row,
        column: place.column,
        columnName: column,
      });
      return undefined;
    }
  }
  if (column === "year" || column === "latitude" || column === "longitude") {
    const number = Number(cell);
    if (!Number.isFinite(number)) {
      diagnostics.push({
        code: "records-csv/bad-number",
        severity: "error",
        message: `${column} must be a number (found "${cell}")`,
        row: place.row,
        column: place.column,
        columnName: column,
      });
      return undefined;
    }
    return number;
  }
  return cell;
}

export function parseRecordsCsv(text: string): RecordsCsvResult {
  const { records, diagnostics } = readCsv(text);
  const [header, ...rows] = records;
  if (header === undefined) {
    diagnostics.push({ code: "records-csv/empty", severity: "error", message: "the file is empty", row: 1 });
    return { rows: [], diagnostics };
  }
  const known = new Set<string>(recordCsvColumns);
  header.cells.forEach((name, index) => {
    if (!known.has(name) && !textColumn.test(name))
      diagnostics.push({
        code: "records-csv/unknown-column",
        severity: "error",
        message: `unknown column "${name}"; expected ${recordCsvColumns.join(", ")} or title_<language>, summary_<language>, body_<language>, translated_<language>`,
        row: 1,
        column: index + 1,
        columnName: name,
      });
  });
  const parsed: RecordsCsvRow[] = [];
  for (const row of rows) {
    if (isBlankRecord(row)) continue;
    const record: Record<string, unknown> = {};
    const texts: Record<string, Record<string, unknown>> = {};
    header.cells.forEach((name, index) => {
      const cell = (row.cells[index] ?? "").trim();
      if (cell === "") return;
      const text = textColumn.exec(name);
      if (text !== null) {
        const [, field, language] = text as unknown as [string, (typeof textFields)[number], string];
        texts[language] ??= {};
        (texts[language] as Record<string, unknown>)[field] =
          field === "translated" ? ["true", "yes", "1"].includes(cell.toLowerCase()) : cell;
        return;
      }
      if (!known.has(name)) return;
      const value = readCell(name, cell, { row: row.line, column: index + 1 }, diagnostics);
      if (name === "latitude" || name === "longitude") {
        const location = (record["location"] as Record<string, unknown> | undefined) ?? {};
        location[name] = value;
        record["location"] = location;
      } else record[camel[name] ?? name] = value;
    });
    if (Object.keys(texts).length > 0)
      record["texts"] = Object.fromEntries(
        Object.entries(texts).map(([language, fields]) => [language, { summary: "", ...fields }]),
      );
    parsed.push({ line: row.line, record });
  }
  return { rows: parsed, diagnostics };
}

/** The CSV of records given as objects in the record schema's field names. */
export function toRecordsCsv(records: readonly Record<string, unknown>[]): string {
  const languages = [
    ...new Set(records.flatMap((record) => Object.keys((record["texts"] as Record<string, unknown>) ?? {}))),
  ].sort();
  const header = [
    ...recordCsvColumns,
    ...languages.flatMap((language) => textFields.map((field) => `${field}_${language}`)),
  ];
  const rows = records.map((record) => {
    const texts = (record["texts"] as Record<string, Record<string, unknown>>) ?? {};
    const location = record["location"] as { latitude: number; longitude: number } | null | undefined;
    const cells = recordCsvColumns.map((column) => {
      if (column === "latitude" || column === "longitude") return location?.[column] ?? "";
      const value = record[camel[column] ?? column];
      if (value === undefined || value === null) return "";
      if (listColumns.has(column)) return (value as string[]).join(";");
      if (jsonColumns.has(column)) return JSON.stringify(value);
      return String(value);
    });
    const textCells = languages.flatMap((language) =>
      textFields.map((field) => {
        const value = texts[language]?.[field];
        return value === undefined ? "" : String(value);
      }),
    );
    return [...cells, ...textCells];
  });
  return toCsv(header, rows);
}
