/**
 * `newCoinFrame`: COINr's `new_coin` for one time point. Reads iData and iMeta as cell tables,
 * refuses what COINr refuses (and, in strict mode, a little more) with the row and column of the
 * offending cell, and returns the immutable frame every pipeline run starts from: units sorted as
 * COINr sorts them, Raw, groups, denominators, hierarchy and the Original weight set.
 *
 * Rows are counted from 1 over data rows (the header is not a row), so "iData row 3" is the third
 * unit as listed, line 4 of the CSV file.
 */
import type { Diagnostic } from "../diagnostics.ts";
import { type CellTable, numericCell, showCell, textCell } from "./cell-values.ts";
import type { CoinFrame, Compat, DataSet, IndicatorMeta } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { checkHeader, codeProblem, readMeta } from "./read-meta.ts";
import { compareCodes } from "./unit-order.ts";

export type { Cell, CellTable } from "./cell-values.ts";

const SPECIAL_COLUMNS = new Set(["uCode", "uName", "Time"]);

function fail(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-data", where, message);
}

interface UnitRows {
  readonly codes: string[];
  readonly names: string[];
}

function readUnits(iData: CellTable, columns: Map<string, number>, compat: Compat): UnitRows {
  const codeAt = columns.get("uCode");
  if (codeAt === undefined) throw fail("iData header", "the uCode column is missing");
  const nameAt = columns.get("uName");
  const firstRow = new Map<string, number>();
  const codes: string[] = [];
  const names: string[] = [];
  iData.rows.forEach((cells, row) => {
    const code = textCell(cells[codeAt]);
    const where = `iData row ${row + 1}, column uCode`;
    if (code === null) throw fail(where, "the unit has no uCode");
    if (compat === "strict" && /\s/.test(code))
      throw fail(where, `uCode ${JSON.stringify(code)} contains white space`);
    const earlier = firstRow.get(code);
    if (earlier !== undefined) throw fail(where, `uCode ${code} already appears in iData row ${earlier + 1}`);
    if (columns.has(code)) throw fail(where, `uCode ${code} is also the name of an iData column`);
    firstRow.set(code, row);
    codes.push(code);
    names.push((nameAt === undefined ? null : textCell(cells[nameAt])) ?? code);
  });
  return { codes, names };
}

function checkTime(iData: CellTable, columns: Map<string, number>) {
  const timeAt = columns.get("Time");
  if (timeAt === undefined) return;
  const times = new Set<number>();
  iData.rows.forEach((cells, row) => {
    const value = numericCell(cells[timeAt]);
    if (value === undefined)
      throw fail(`iData row ${row + 1}, column Time`, `${showCell(cells[timeAt])} is not a number`);
    if (!Number.isNaN(value)) times.add(value);
  });
  if (times.size > 1) {
    throw fail(
      "iData column Time",
      `panel data (${times.size} Time values: ${[...times].sort((a, b) => a - b).join(", ")}) is not supported; build one index per time point`,
    );
  }
}

function checkColumnsAgainstMeta(
  columns: Map<string, number>,
  byCode: ReadonlyMap<string, IndicatorMeta>,
  meta: readonly IndicatorMeta[],
) {
  for (const [name, at] of columns) {
    if (SPECIAL_COLUMNS.has(name)) continue;
    const where = `iData header column ${at + 1}`;
    const entry = byCode.get(name);
    if (entry === undefined) throw fail(where, `column ${name} is not an iCode in iMeta`);
    if (entry.type === "Aggregate") {
      throw fail(
        where,
        `column ${name} is an Aggregate in iMeta; aggregates are computed, not read from iData`,
      );
    }
    const problem = codeProblem(name);
    if (problem !== undefined) throw fail(where, problem);
  }
  for (const entry of meta) {
    if (entry.type !== "Aggregate" && !columns.has(entry.iCode)) {
      throw fail(
        "iData header",
        `iMeta lists ${entry.iCode} (Type ${entry.type}) but iData has no such column`,
      );
    }
  }
}

function numericColumn(iData: CellTable, at: number, code: string, order: readonly number[]): Float64Array {
  const values = new Float64Array(order.length);
  order.forEach((row, unit) => {
    const cell = (iData.rows[row] ?? [])[at];
    const value = numericCell(cell);
    if (value === undefined) {
      throw fail(
        `iData row ${row + 1}, column ${code}`,
        `${showCell(cell)} is not a number (missing values are empty or NA)`,
      );
    }
    values[unit] = value;
  });
  return values;
}

function allMissing(values: Float64Array): boolean {
  for (const value of values) if (!Number.isNaN(value)) return false;
  return true;
}

export function newCoinFrame(input: { iData: CellTable; iMeta: CellTable; compat: Compat }): CoinFrame {
  const { iData, iMeta, compat } = input;
  const diagnostics: Diagnostic[] = [];
  const hierarchy = readMeta(iMeta, compat, diagnostics);
  const columns = checkHeader(iData.header, "iData");
  if (iData.rows.length === 0) throw fail("iData", "iData has no rows");
  // Panel data first: its repeated uCodes are not duplicates but several time points.
  checkTime(iData, columns);
  const units = readUnits(iData, columns, compat);
  checkColumnsAgainstMeta(columns, hierarchy.metaByCode, hierarchy.meta);
  const order = units.codes
    .map((_, row) => row)
    .sort((a, b) => compareCodes(units.codes[a] as string, units.codes[b] as string));
  const columnAt = (code: string) => columns.get(code) as number;
  const rawColumns = hierarchy.indicators.map((code) => {
    const values = numericColumn(iData, columnAt(code), code, order);
    if (allMissing(values)) {
      diagnostics.push({
        code: "composite-index/all-missing-indicator",
        severity: "warning",
        message: `indicator ${code} has no value for any unit; imputation cannot fill it and it will stay missing`,
        where: { table: "iData", column: code },
      });
    }
    return values;
  });
  const denominators = new Map<string, Float64Array>();
  const groups = new Map<string, (string | null)[]>();
  for (const entry of hierarchy.meta) {
    if (entry.type === "Denominator")
      denominators.set(entry.iCode, numericColumn(iData, columnAt(entry.iCode), entry.iCode, order));
    if (entry.type === "Group") {
      const at = columnAt(entry.iCode);
      groups.set(
        entry.iCode,
        order.map((row) => textCell((iData.rows[row] ?? [])[at])),
      );
    }
  }
  checkDenominatorReferences(hierarchy.meta, compat, diagnostics);
  const sortedUnits = order.map((row) => units.codes[row] as string);
  const raw: DataSet = { units: sortedUnits, codes: hierarchy.indicators, columns: rawColumns };
  return {
    units: sortedUnits,
    unitNames: order.map((row) => units.names[row] as string),
    inputRowOfUnit: order,
    groups,
    denominators,
    meta: hierarchy.meta,
    metaByCode: hierarchy.metaByCode,
    indicators: hierarchy.indicators,
    aggregatesByLevel: hierarchy.aggregatesByLevel,
    maxLevel: hierarchy.maxLevel,
    children: hierarchy.children,
    weightSets: new Map([["Original", hierarchy.original]]),
    diagnostics,
    raw,
  };
}

/**
 * An indicator's iMeta Denominator must name a Denominator column. COINr only notices when
 * Denominate runs, so in coinr mode this is a warning; strict refuses the frame.
 */
function checkDenominatorReferences(
  meta: readonly IndicatorMeta[],
  compat: Compat,
  diagnostics: Diagnostic[],
) {
  const denominatorCodes = new Set(
    meta.filter((entry) => entry.type === "Denominator").map((entry) => entry.iCode),
  );
  meta.forEach((entry, row) => {
    if (entry.denominator === null || denominatorCodes.has(entry.denominator)) return;
    const message = `Denominator ${entry.denominator} of ${entry.iCode} is not an iCode of Type Denominator`;
    if (compat === "strict")
      throw new CompositeIndexError(
        "composite-index/invalid-meta",
        `iMeta row ${row + 1} (Denominator)`,
        message,
      );
    diagnostics.push({
      code: "composite-index/unknown-denominator",
      severity: "warning",
      message,
      where: { table: "iMeta", row: row + 1, column: "Denominator" },
    });
  });
}
