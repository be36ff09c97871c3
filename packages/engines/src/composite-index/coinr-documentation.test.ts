/**
 * Golden cases from COINr's published documentation (the pkgdown site of bluefoxr/COINr at the
 * commit named in each JSON): every worked example whose inputs the page prints (or that R holds
 * itself: iris, mtcars, airquality, a seeded runif), run through our engine in `compat: "coinr"`
 * and compared with the page's printed output.
 *
 * Expected values are the pages' `#>` lines, copied verbatim into
 * `test/golden/composite-index/coinr-docs/<page>.json` together with the R code shown; they are
 * parsed here, never retyped. R prints 7 significant digits by default, so a printed number is
 * the value rounded to the decimals shown: we accept half a unit of the last printed place
 * (half a unit of the k-th significant digit after `signif(x, k)`). Where the inputs are
 * themselves printouts (rounded the same way), we add how far that rounding can move each
 * output, found by moving every input cell by ± its half unit (`inputRoundingSlack`). Inputs
 * from R's datasets package come from `coinr-docs/r-datasets.R` and are exact.
 */
import { describe, expect, it } from "vitest";
import imputationPage from "../../test/golden/composite-index/coinr-docs/articles-imputation.json" with {
  type: "json",
};
import { columnByUnit, dataSet, docsFrame, runDocsPipeline } from "../../test/composite-index/docs-coin.ts";
import {
  agreesWithPrinted,
  column,
  halfUnitPrinted,
  inputRoundingSlack,
  type PrintedFrame,
  parseFrame,
  parseVector,
  printedNumber,
} from "../../test/composite-index/r-printout.ts";
import type { DataSet } from "./coin-types.ts";

interface Mismatch {
  readonly unit: string;
  readonly code: string;
  readonly actual: number;
  readonly printed: string;
  readonly tolerance: number;
}

/** Columns of a printed frame as numbers, and the half units their printing leaves open. */
function printedColumns(frame: PrintedFrame, codes: readonly string[]) {
  return {
    values: codes.map((code) => Float64Array.from(column(frame, code), printedNumber)),
    halfUnits: codes.map((code) => column(frame, code).map((token) => halfUnitPrinted(token))),
  };
}

/** Engine columns `codes` of `dset` for `units`, flattened column by column. */
function flatten(dset: DataSet, codes: readonly string[], units: readonly string[]): number[] {
  return codes.flatMap((code) => {
    const byUnit = columnByUnit(dset, code);
    return units.map((unit) => byUnit.get(unit) ?? Number.NaN);
  });
}

/** Cells of `printed` (rows = `units`) that the flattened `actual` misses, with their tolerance. */
function mismatches(
  actual: readonly number[],
  printed: PrintedFrame,
  codes: readonly string[],
  units: readonly string[],
  slack: readonly number[] = [],
): Mismatch[] {
  const found: Mismatch[] = [];
  codes.forEach((code, c) => {
    column(printed, code).forEach((token, r) => {
      const k = c * units.length + r;
      const value = actual[k] as number;
      const extra = slack[k] ?? 0;
      if (!agreesWithPrinted(value, token, extra))
        found.push({
          unit: units[r] as string,
          code,
          actual: value,
          printed: token,
          tolerance: halfUnitPrinted(token) + extra,
        });
    });
  });
  return found;
}

describe("articles/imputation.md: Impute on ASEM_iData[37:46, 36:39] (df1, printed in full)", () => {
  const cases = imputationPage.cases;
  const codes = ["Pat", "CultServ", "CultGood", "Tourist"];
  const df1 = parseFrame(cases.df1.printed, { rowNames: false });
  // Rows 37…46 of ASEM_iData; any codes sorting in that order will do.
  const units = df1.rowNames.map((_, i) => `u${37 + i}`);
  const inputs = printedColumns(df1, codes);
  const groups = { grp: units.map((_, i) => (i < 5 ? "a" : "b")) };

  const impute = (step: Record<string, unknown>) => (columns: readonly Float64Array[]) => {
    const frame = docsFrame({
      units,
      indicators: codes.map((code, c) => ({ code, values: columns[c] as Float64Array })),
      groups,
    });
    const run = runDocsPipeline(frame, [{ op: "Impute", dset: "Raw", write_to: "Imputed", ...step }]);
    return flatten(dataSet(run, "Imputed"), codes, units);
  };

  const check = (printedLines: readonly string[], step: Record<string, unknown>, rowNames: boolean) => {
    const printed = parseFrame(printedLines, { rowNames });
    const compute = impute(step);
    const slack = inputRoundingSlack(inputs.values, inputs.halfUnits, compute);
    expect(mismatches(compute(inputs.values), printed, codes, units, slack)).toEqual([]);
  };

  it('fills each column with its mean: Impute(df1, f_i = "i_mean")', () => {
    check(cases.column_mean.printed, { f_i: "i_mean" }, true);
  });

  it("fills with the median of the unit's group: i_median_grp with groups a (rows 1–5) and b", () => {
    check(cases.group_median.printed, { f_i: "i_median_grp", use_group: "grp" }, false);
  });

  it('fills each row with its mean on the raw scales: impute_by = "row", normalise_first = FALSE', () => {
    check(cases.row_mean_raw.printed, { f_i: "i_mean", impute_by: "row", normalise_first: false }, true);
  });

  it("fills each row in min-max space and maps back: normalise_first = TRUE, directions 1", () => {
    check(cases.row_mean_normalised.printed, { f_i: "i_mean", impute_by: "row", normalise_first: true }, true);
  });

  it("i_mean(c(1, 2, 3, 4, NA)) is 2.5 in the gap", () => {
    const frame = docsFrame({ units: ["a", "b", "c", "d", "e"], indicators: [{ code: "x", values: [1, 2, 3, 4, Number.NaN] }] });
    const run = runDocsPipeline(frame, [{ op: "Impute", dset: "Raw", f_i: "i_mean" }]);
    const printed = parseVector(cases.vector_mean.printed);
    const actual = Array.from(dataSet(run, "Imputed").columns[0] ?? []);
    expect(actual.every((value, i) => agreesWithPrinted(value, printed[i] as string))).toBe(true);
  });
});
