/**
 * Cross-table label checks of a pymrio folder: every table indexed by product uses the core's
 * (region, sector) labels in the same order, extension tables share their stressor rows, and
 * final-demand columns match Y's. pymrio itself aligns nothing on load, so a mismatch would
 * silently misplace numbers.
 */
import { type PymrioDiagnostic, pymrioError } from "./pymrio-diagnostic.ts";
import type { PymrioTable } from "./pymrio-system.ts";

export interface LocatedTable {
  readonly key: string;
  readonly file: string;
  readonly nrHeader: number;
  readonly nrIndexCol: number;
  readonly rowLines: readonly number[];
  readonly table: PymrioTable;
}

type Labels = readonly (readonly string[])[];

/** Core tables whose rows are products; whose columns are products. */
const productRows = ["Z", "A", "L", "Y", "x", "unit", "B", "G"];
const productColumns = ["Z", "A", "L", "B", "G"];
/** Extension tables whose columns are products, or final-demand columns. */
const extensionProductColumns = ["F", "S", "M", "M_down", "D_cba", "D_pba", "D_imp", "D_exp"];
const extensionDemandColumns = ["F_Y", "S_Y"];

export function checkPymrioLabels(
  core: readonly LocatedTable[],
  extensions: readonly { attributeName: string; tables: readonly LocatedTable[] }[],
): PymrioDiagnostic[] {
  const diagnostics: PymrioDiagnostic[] = [];
  const reference = core.find((table) => productRows.includes(table.key));
  const demand = core.find((table) => table.key === "Y");
  for (const table of core) {
    if (reference === undefined) break;
    const products = rowLabelsOf(reference.table);
    if (productRows.includes(table.key)) compareRows(table, products, reference.key, diagnostics);
    if (productColumns.includes(table.key)) compareColumns(table, products, reference.key, diagnostics);
  }
  for (const extension of extensions) {
    const stressors = extension.tables.find((table) => table.key === "F" || table.key === "S");
    for (const table of extension.tables) {
      if (reference !== undefined && extensionProductColumns.includes(table.key)) {
        compareColumns(table, rowLabelsOf(reference.table), reference.key, diagnostics);
      }
      if (demand !== undefined && extensionDemandColumns.includes(table.key)) {
        compareColumns(table, columnLabelsOf(demand.table), "Y", diagnostics);
      }
      if (stressors !== undefined && table !== stressors) {
        compareRows(
          table,
          rowLabelsOf(stressors.table),
          `${extension.attributeName}/${stressors.key}`,
          diagnostics,
        );
      }
    }
  }
  return diagnostics;
}

function rowLabelsOf(table: PymrioTable): Labels {
  return table.kind === "matrix" ? table.matrix.rowLabels : table.table.rowLabels;
}

function columnLabelsOf(table: PymrioTable): Labels {
  return table.kind === "matrix" ? table.matrix.columnLabels : table.table.columnLabels;
}

function compareRows(
  table: LocatedTable,
  expected: Labels,
  referenceName: string,
  diagnostics: PymrioDiagnostic[],
): void {
  const actual = rowLabelsOf(table.table);
  const mismatch = firstMismatch(actual, expected);
  if (mismatch === undefined) return;
  const row = table.rowLines[Math.min(mismatch, table.rowLines.length - 1)] ?? table.nrHeader + 1;
  diagnostics.push(
    pymrioError(
      "pymrio/label-mismatch",
      describe("row", table.key, mismatch, actual, expected, referenceName),
      {
        file: table.file,
        row,
        column: 1,
      },
    ),
  );
}

function compareColumns(
  table: LocatedTable,
  expected: Labels,
  referenceName: string,
  diagnostics: PymrioDiagnostic[],
): void {
  const actual = columnLabelsOf(table.table);
  const mismatch = firstMismatch(actual, expected);
  if (mismatch === undefined) return;
  diagnostics.push(
    pymrioError(
      "pymrio/label-mismatch",
      describe("column", table.key, mismatch, actual, expected, referenceName),
      {
        file: table.file,
        // The header line of the first level that differs (k = 1 tables have one header line).
        row: 1 + differingLevel(actual[mismatch], expected[mismatch]),
        column: table.nrIndexCol + Math.min(mismatch, actual.length) + 1,
      },
    ),
  );
}

function differingLevel(
  actual: readonly string[] | undefined,
  expected: readonly string[] | undefined,
): number {
  if (actual === undefined || expected === undefined) return 0;
  const level = actual.findIndex((label, index) => label !== expected[index]);
  return Math.max(level, 0);
}

function firstMismatch(actual: Labels, expected: Labels): number | undefined {
  const length = Math.max(actual.length, expected.length);
  for (let index = 0; index < length; index += 1) {
    const left = actual[index];
    const right = expected[index];
    if (left === undefined || right === undefined || left.join("\u0000") !== right.join("\u0000"))
      return index;
  }
  return undefined;
}

function describe(
  axis: "row" | "column",
  key: string,
  index: number,
  actual: Labels,
  expected: Labels,
  referenceName: string,
): string {
  const show = (labels: readonly string[] | undefined) =>
    labels === undefined ? "nothing" : `(${labels.join(", ")})`;
  if (actual.length !== expected.length && (actual[index] === undefined || expected[index] === undefined)) {
    return `${key} has ${actual.length} ${axis}s but ${referenceName} has ${expected.length}`;
  }
  return `${axis} ${index + 1} of ${key} is ${show(actual[index])} where ${referenceName} has ${show(expected[index])}`;
}
