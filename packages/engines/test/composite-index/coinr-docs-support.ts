/**
 * Shared pieces of the golden cases from COINr's documentation (`src/composite-index/
 * coinr-documentation*.test.ts`): comparing engine data sets with printed tables, the ASEM
 * columns the pages print, R's datasets, and one-step runs of a docs coin.
 */
import type { DataSet } from "../../src/composite-index/coin-types.ts";
import rDatasets from "../golden/composite-index/coinr-docs/r-datasets.json" with { type: "json" };
import imputeCoinPage from "../golden/composite-index/coinr-docs/reference-Impute.coin.json" with {
  type: "json",
};
import rankDfPage from "../golden/composite-index/coinr-docs/reference-rank_df.json" with { type: "json" };
import { columnByUnit, dataSet, docsFrame, runDocsPipeline } from "./docs-coin.ts";
import {
  agreesWithPrinted,
  column,
  halfUnitPrinted,
  type PrintedFrame,
  parseFrame,
  printedNumber,
} from "./r-printout.ts";

export interface Mismatch {
  readonly unit: string;
  readonly code: string;
  readonly actual: number;
  readonly printed: string;
  readonly tolerance: number;
}

/** Columns of a printed frame as numbers, and the half units their printing leaves open. */
export function printedColumns(frame: PrintedFrame, codes: readonly string[]) {
  return {
    values: codes.map((code) => Float64Array.from(column(frame, code), printedNumber)),
    halfUnits: codes.map((code) => column(frame, code).map((token) => halfUnitPrinted(token))),
  };
}

/** Engine columns `codes` of `dset` for `units`, flattened column by column. */
export function flatten(dset: DataSet, codes: readonly string[], units: readonly string[]): number[] {
  return codes.flatMap((code) => {
    const byUnit = columnByUnit(dset, code);
    return units.map((unit) => byUnit.get(unit) ?? Number.NaN);
  });
}

/** Cells of `printed` (rows = `units`) that the flattened `actual` misses, with their tolerance. */
export function mismatches(
  actual: readonly number[],
  printed: PrintedFrame,
  codes: readonly string[],
  units: readonly string[],
  slack: readonly number[] = [],
  halfUnit: (token: string) => number = halfUnitPrinted,
): Mismatch[] {
  const found: Mismatch[] = [];
  codes.forEach((code, c) => {
    column(printed, code).forEach((token, r) => {
      const k = c * units.length + r;
      const value = actual[k] as number;
      const extra = slack[k] ?? 0;
      if (!agreesWithPrinted(value, token, extra, halfUnit))
        found.push({
          unit: units[r] as string,
          code,
          actual: value,
          printed: token,
          tolerance: halfUnit(token) + extra,
        });
    });
  });
  return found;
}

/**
 * ASEM_iData's columns without gaps, as reference/Impute.coin.md prints them (imputation leaves
 * a complete column as it is): value and printed token by uCode.
 */
export const asemPrinted = parseFrame(imputeCoinPage.cases.imputed.printed);
export const asemUnits = column(asemPrinted, "uCode");
export function asemColumn(code: string): { values: Float64Array; tokens: readonly string[] } {
  const tokens = column(asemPrinted, code);
  return { values: Float64Array.from(tokens, printedNumber), tokens };
}
/** ASEM_iData's uCodes and GDP groups in iData row order, as reference/rank_df.md prints them. */
export const asemRows = parseFrame(rankDfPage.cases.grouped.printed);
export const asemDataOrder = column(asemRows, "uCode");

/** A data set of R's datasets package (exact, from r-datasets.R) as a docs coin's inputs. */
export function rDataset(name: "iris" | "mtcars" | "airquality", codes: readonly string[]) {
  const data = rDatasets[name];
  const columns = data.columns as Readonly<Record<string, readonly (number | null)[]>>;
  // Row i of the data set; zero-padded so that the coin's sorted order is the row order.
  const units = data.rownames.map((_, i) => `r${String(i + 1).padStart(3, "0")}`);
  const values = codes.map((code) =>
    Float64Array.from(columns[code] ?? [], (v) => (v === null ? Number.NaN : v)),
  );
  return { units, values };
}

/** Runs one Normalise step on a docs coin of the given columns and returns them flattened. */
export function normaliseColumns(
  units: readonly string[],
  codes: readonly string[],
  columns: readonly Float64Array[],
  step: Record<string, unknown>,
): number[] {
  const frame = docsFrame({
    units,
    indicators: codes.map((code, c) => ({ code, values: columns[c] as Float64Array })),
  });
  const run = runDocsPipeline(frame, [{ op: "Normalise", dset: "Raw", ...step }]);
  return flatten(dataSet(run, "Normalised"), codes, units);
}

/** A one-column coin of a vector (units r01, r02, … in vector order). */
export function vectorUnits(length: number): string[] {
  return Array.from({ length }, (_, i) => `r${String(i + 1).padStart(2, "0")}`);
}

/** The first `n` engine outputs of one column against a printed vector. */
export function vectorMismatches(
  actual: readonly number[],
  tokens: readonly string[],
  slack: readonly number[] = [],
): string[] {
  return tokens.flatMap((token, i) =>
    agreesWithPrinted(actual[i] as number, token, slack[i] ?? 0)
      ? []
      : [`[${i + 1}] ours ${actual[i]}, printed ${token}`],
  );
}

export function imputeVector(
  values: Float64Array,
  step: Record<string, unknown>,
  groups?: readonly string[],
): number[] {
  const units = vectorUnits(values.length);
  const frame = docsFrame({
    units,
    indicators: [{ code: "x", values }],
    ...(groups ? { groups: { grp: groups } } : {}),
  });
  const run = runDocsPipeline(frame, [{ op: "Impute", dset: "Raw", ...step }]);
  return flatten(dataSet(run, "Imputed"), ["x"], units);
}
