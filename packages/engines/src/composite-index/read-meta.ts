/**
 * iMeta, read and checked: one typed row per iCode, then the hierarchy (levels, parents,
 * children, the Original weight set). Every refusal names the iMeta row (counting data rows from
 * 1, the header not counted) and column, so a user can find the cell.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { type CellTable, numericCell, showCell, textCell } from "./cell-values.ts";
import type { Compat, IndicatorMeta, MetaType } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { buildHierarchy, type MetaHierarchy } from "./meta-hierarchy.ts";

export const REQUIRED_META_COLUMNS = ["Level", "iCode", "Parent", "Direction", "Type", "Weight"] as const;
const KNOWN_META_COLUMNS = new Set<string>([
  ...REQUIRED_META_COLUMNS,
  "iName",
  "Unit",
  "Target",
  "Denominator",
]);
const TYPES: readonly MetaType[] = ["Indicator", "Aggregate", "Group", "Denominator", "Other"];

function fail(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-meta", where, message);
}

/** A code usable as a column name: no white space, not starting with a digit (COINr's rule). */
export function codeProblem(code: string): string | undefined {
  if (/\s/.test(code)) return `code ${JSON.stringify(code)} contains white space`;
  if (/^[0-9]/.test(code)) return `code ${JSON.stringify(code)} starts with a digit`;
  return undefined;
}

export function checkHeader(header: readonly string[], table: "iData" | "iMeta"): Map<string, number> {
  const kind = table === "iData" ? "composite-index/invalid-data" : "composite-index/invalid-meta";
  const index = new Map<string, number>();
  header.forEach((name, column) => {
    const trimmed = typeof name === "string" ? name.trim() : "";
    if (trimmed === "") {
      throw new CompositeIndexError(kind, `${table} header column ${column + 1}`, "the column has no name");
    }
    if (index.has(trimmed)) {
      throw new CompositeIndexError(
        kind,
        `${table} header column ${column + 1}`,
        `column ${trimmed} appears twice`,
      );
    }
    index.set(trimmed, column);
  });
  return index;
}

interface RowReader {
  text(column: string): string | null;
  number(column: string): number;
}

function rowReader(table: CellTable, columns: Map<string, number>, row: number): RowReader {
  const cells = table.rows[row] ?? [];
  const cellOf = (column: string) => {
    const at = columns.get(column);
    return at === undefined ? null : cells[at];
  };
  return {
    text: (column) => textCell(cellOf(column)),
    number(column) {
      const cell = cellOf(column);
      const value = numericCell(cell);
      if (value === undefined) {
        throw fail(`iMeta row ${row + 1} (${column})`, `${showCell(cell)} is not a number`);
      }
      return value;
    },
  };
}

function readMetaRow(table: CellTable, columns: Map<string, number>, row: number): IndicatorMeta {
  const read = rowReader(table, columns, row);
  const where = (column: string) => `iMeta row ${row + 1} (${column})`;
  const iCode = read.text("iCode");
  if (iCode === null) throw fail(where("iCode"), "iCode is missing");
  const problem = codeProblem(iCode);
  if (problem !== undefined) throw fail(where("iCode"), problem);
  const typeText = read.text("Type");
  const type = TYPES.find((t) => t === typeText);
  if (type === undefined) {
    throw fail(where("Type"), `Type ${showCell(typeText)} is not one of ${TYPES.join(", ")}`);
  }
  const inIndex = type === "Indicator" || type === "Aggregate";
  const levelValue = read.number("Level");
  const directionValue = read.number("Direction");
  const weightValue = read.number("Weight");
  let level: number | null = null;
  let direction: 1 | -1 | null = null;
  let weight: number | null = null;
  if (inIndex) {
    if (Number.isNaN(levelValue)) throw fail(where("Level"), `${type} ${iCode} has no Level`);
    if (!Number.isInteger(levelValue) || levelValue < 1) {
      throw fail(where("Level"), `Level ${levelValue} is not a positive whole number`);
    }
    if (type === "Indicator" && levelValue !== 1) {
      throw fail(where("Level"), `indicator ${iCode} is at Level ${levelValue}; indicators are at Level 1`);
    }
    if (type === "Aggregate" && levelValue === 1) {
      throw fail(where("Level"), `aggregate ${iCode} is at Level 1; aggregates are at Level 2 or above`);
    }
    if (directionValue !== 1 && directionValue !== -1) {
      throw fail(
        where("Direction"),
        `Direction of ${iCode} must be 1 or -1, not ${showCell(directionValue)}`,
      );
    }
    if (Number.isNaN(weightValue)) throw fail(where("Weight"), `${type} ${iCode} has no Weight`);
    level = levelValue;
    direction = directionValue;
    weight = weightValue;
  }
  const target = columns.has("Target") ? read.number("Target") : Number.NaN;
  const extra: Record<string, number | string | null> = {};
  for (const [name, at] of columns) {
    if (KNOWN_META_COLUMNS.has(name)) continue;
    const cell = (table.rows[row] ?? [])[at];
    const asNumber = numericCell(cell);
    extra[name] = asNumber === undefined ? textCell(cell) : Number.isNaN(asNumber) ? null : asNumber;
  }
  return {
    iCode,
    iName: read.text("iName") ?? iCode,
    type,
    level,
    parent: inIndex ? read.text("Parent") : null,
    direction,
    weight,
    unit: read.text("Unit"),
    target: Number.isNaN(target) ? null : target,
    denominator: type === "Indicator" ? read.text("Denominator") : null,
    extra,
  };
}

export function readMeta(table: CellTable, compat: Compat, diagnostics: Diagnostic[]): MetaHierarchy {
  const columns = checkHeader(table.header, "iMeta");
  const absent = REQUIRED_META_COLUMNS.filter((name) => !columns.has(name));
  if (absent.length > 0) throw fail("iMeta header", `required column(s) missing: ${absent.join(", ")}`);
  if (table.rows.length === 0) throw fail("iMeta", "iMeta has no rows");
  const meta: IndicatorMeta[] = [];
  const rowOf = new Map<string, number>();
  table.rows.forEach((_, row) => {
    const entry = readMetaRow(table, columns, row);
    const earlier = rowOf.get(entry.iCode);
    if (earlier !== undefined) {
      throw fail(
        `iMeta row ${row + 1} (iCode)`,
        `iCode ${entry.iCode} already appears in iMeta row ${earlier + 1}`,
      );
    }
    rowOf.set(entry.iCode, row);
    meta.push(entry);
  });
  const metaByCode = new Map(meta.map((entry) => [entry.iCode, entry]));
  return buildHierarchy(meta, metaByCode, rowOf, columns.has("Target"), compat, diagnostics);
}
