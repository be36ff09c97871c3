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
import aggregatePage from "../../test/golden/composite-index/coinr-docs/articles-aggregate.json" with {
  type: "json",
};
import imputationPage from "../../test/golden/composite-index/coinr-docs/articles-imputation.json" with {
  type: "json",
};
import normalisePage from "../../test/golden/composite-index/coinr-docs/articles-normalise.json" with {
  type: "json",
};
import treatPage from "../../test/golden/composite-index/coinr-docs/articles-treat.json" with { type: "json" };
import overviewPage from "../../test/golden/composite-index/coinr-docs/articles-overview.json" with {
  type: "json",
};
import resultsPage from "../../test/golden/composite-index/coinr-docs/articles-results.json" with { type: "json" };
import otherFunctionsPage from "../../test/golden/composite-index/coinr-docs/articles-other_functions.json" with {
  type: "json",
};
import screeningPage from "../../test/golden/composite-index/coinr-docs/articles-screening.json" with {
  type: "json",
};
import checkSkewKurtPage from "../../test/golden/composite-index/coinr-docs/reference-check_SkewKurt.json" with {
  type: "json",
};
import imputeCoinPage from "../../test/golden/composite-index/coinr-docs/reference-Impute.coin.json" with {
  type: "json",
};
import rDatasets from "../../test/golden/composite-index/coinr-docs/r-datasets.json" with { type: "json" };
import treatDataFramePage from "../../test/golden/composite-index/coinr-docs/reference-Treat.data.frame.json" with {
  type: "json",
};
import treatNumericPage from "../../test/golden/composite-index/coinr-docs/reference-Treat.numeric.json" with {
  type: "json",
};
import winsorisePage from "../../test/golden/composite-index/coinr-docs/reference-winsorise.json" with {
  type: "json",
};
import rankDfPage from "../../test/golden/composite-index/coinr-docs/reference-rank_df.json" with { type: "json" };
import { columnByUnit, dataSet, docsFrame, runDocsPipeline } from "../../test/composite-index/docs-coin.ts";
import {
  agreesWithPrinted,
  column,
  halfUnitDecimals,
  halfUnitPrinted,
  halfUnitSignif,
  inputRoundingSlack,
  type PrintedFrame,
  parseFrame,
  parseList,
  parseVector,
  printedNumber,
} from "../../test/composite-index/r-printout.ts";
import { excessKurtosis, skewness } from "../numeric/statistics.ts";
import type { DataSet } from "./coin-types.ts";
import { rankDataSet } from "./results.ts";
import type { ScreenAnalysis } from "./screen.ts";
import type { TreatAnalysis } from "./treat.ts";
import { type TreatIndicatorDetails, treatedPointLabel } from "./treat-column.ts";
import { sortCodes } from "./unit-order.ts";

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
  halfUnit: (token: string) => number = halfUnitPrinted,
): Mismatch[] {
  const found: Mismatch[] = [];
  codes.forEach((code, c) => {
    column(printed, code).forEach((token, r) => {
      const k = c * units.length + r;
      const value = actual[k] as number;
      const extra = slack[k] ?? 0;
      if (!agreesWithPrinted(value, token, extra, halfUnit))
        found.push({ unit: units[r] as string, code, actual: value, printed: token, tolerance: halfUnit(token) + extra });
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

/**
 * ASEM_iData's columns without gaps, as reference/Impute.coin.md prints them (imputation leaves
 * a complete column as it is): value and printed token by uCode.
 */
const asemPrinted = parseFrame(imputeCoinPage.cases.imputed.printed);
const asemUnits = column(asemPrinted, "uCode");
function asemColumn(code: string): { values: Float64Array; tokens: readonly string[] } {
  const tokens = column(asemPrinted, code);
  return { values: Float64Array.from(tokens, printedNumber), tokens };
}
/** ASEM_iData's uCodes and GDP groups in iData row order, as reference/rank_df.md prints them. */
const asemRows = parseFrame(rankDfPage.cases.grouped.printed);
const asemDataOrder = column(asemRows, "uCode");

describe("reference/Impute.coin.md: the coin's unit order", () => {
  it("sorts ASEM's 51 uCodes (iData order from reference/rank_df.md) as the printed coin rows", () => {
    expect(sortCodes(asemDataOrder)).toEqual(asemUnits);
  });
});

describe("articles/screening.md: Screen on ASEM_iData[40:51, …] (printed in full)", () => {
  const cases = screeningPage.cases;
  const codes = ["Research", "Pat", "CultServ", "CultGood"];
  const iData = parseFrame(cases.iData.printed);
  const units = column(iData, "uCode");
  const frame = docsFrame({
    units,
    indicators: codes.map((code) => ({ code, values: Float64Array.from(column(iData, code), printedNumber) })),
  });
  const run = runDocsPipeline(frame, [{ op: "Screen", dset: "Raw", unit_screen: "byNA", dat_thresh: 0.75 }]);
  const analysis = run.analysis.get("Screened") as ScreenAnalysis;

  it('removes LAO, MMR and VNM: Screen(iData, unit_screen = "byNA", dat_thresh = 0.75)', () => {
    expect(analysis.RemovedUnits).toEqual(cases.removed.removed_units);
  });

  it("keeps the other nine units with their values (l_scr$ScreenedData)", () => {
    const printed = parseFrame(cases.screened.printed);
    const kept = column(printed, "uCode");
    const screened = dataSet(run, "Screened");
    expect([...screened.units].sort()).toEqual([...kept].sort());
    expect(mismatches(flatten(screened, codes, kept), printed, codes, kept)).toEqual([]);
  });

  it("reports the data availability of each unit (head(l_scr$DataSummary))", () => {
    const printed = parseFrame(cases.summary.printed);
    const byUnit = new Map(analysis.DataSummary.map((row) => [row.uCode, row]));
    const rows = column(printed, "uCode").map((uCode, r) => {
      const row = byUnit.get(uCode);
      const cell = (name: string) => column(printed, name)[r] as string;
      return {
        uCode,
        counts: [row?.N_missing, row?.N_zero, row?.N_miss_or_zero].map(String),
        expectedCounts: [cell("N_missing"), cell("N_zero"), cell("N_miss_or_zero")],
        shares: agreesWithPrinted(row?.Dat_Avail ?? Number.NaN, cell("Dat_Avail")) &&
          agreesWithPrinted(row?.Non_Zero ?? Number.NaN, cell("Non_Zero")),
        flags: [row?.LowData, row?.LowNonZero, row?.LowDatOrZeroFlag, row?.Included].map((flag) =>
          flag ? "TRUE" : "FALSE",
        ),
        expectedFlags: [cell("LowData"), cell("LowNonZero"), cell("LowDatOrZeroFlag"), cell("Included")],
      };
    });
    for (const row of rows) {
      expect(row.counts, row.uCode).toEqual(row.expectedCounts);
      expect(row.shares, row.uCode).toBe(true);
      expect(row.flags, row.uCode).toEqual(row.expectedFlags);
    }
  });
});

describe("articles/other_functions.md and reference/rank_df.md: ranks, highest first", () => {
  it("rank_df(X) on the printed X (GDP, Population, LPI of five units)", () => {
    const cases = otherFunctionsPage.cases;
    const codes = ["GDP", "Population", "LPI"];
    const x = parseFrame(cases.X.printed);
    const units = column(x, "uCode");
    const frame = docsFrame({
      units,
      indicators: codes.map((code) => ({ code, values: Float64Array.from(column(x, code), printedNumber) })),
    });
    const printed = parseFrame(cases.ranks.printed);
    const ranks = rankDataSet(frame.raw as DataSet);
    expect(mismatches(flatten(ranks, codes, units), printed, codes, units)).toEqual([]);
  });

  it('rank_df(df1, use_group = "GDP_group") ranks Goods and LPI within each GDP group', () => {
    const codes = ["Goods", "LPI"];
    const columns = codes.map((code) => asemColumn(code));
    const group = column(asemRows, "GDP_group");
    const rowOf = new Map(asemUnits.map((uCode, i) => [uCode, i]));
    const actual = new Map<string, number>();
    for (const g of new Set(group)) {
      const members = asemDataOrder.filter((_, i) => group[i] === g);
      const dset: DataSet = {
        units: members,
        codes,
        columns: columns.map((c) => Float64Array.from(members, (uCode) => c.values[rowOf.get(uCode) as number] as number)),
      };
      const ranked = rankDataSet(dset);
      codes.forEach((code) => {
        columnByUnit(ranked, code).forEach((rank, uCode) => {
          actual.set(`${code}:${uCode}`, rank);
        });
      });
    }
    const values = codes.flatMap((code) => asemDataOrder.map((uCode) => actual.get(`${code}:${uCode}`) ?? Number.NaN));
    expect(mismatches(values, asemRows, codes, asemDataOrder)).toEqual([]);
  });
});

describe("articles/aggregate.md: Aggregate", () => {
  const cases = aggregatePage.cases;

  it("a data availability limit of 2/3 makes the second row NA (df1, a_amean, equal weights)", () => {
    const df1 = parseFrame(cases.df1.printed);
    const codes = ["i1", "i2", "i3"];
    const units = ["r1", "r2", "r3"];
    const frame = docsFrame({
      units,
      indicators: codes.map((code) => ({ code, values: Float64Array.from(column(df1, code), printedNumber) })),
    });
    // w = c(1, 1, 1) is iMeta's Weight column here.
    const run = runDocsPipeline(frame, [{ op: "Aggregate", dset: "Raw", f_ag: "a_amean", dat_thresh: 2 / 3 }]);
    const printed = parseVector(cases.dat_thresh.printed);
    const index = columnByUnit(dataSet(run, "Aggregated"), "Index");
    expect(units.map((unit, i) => agreesWithPrinted(index.get(unit) as number, printed[i] as string))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("min-max onto [1, 100], then a weighted harmonic mean (w = 1, 1, 2, 1) of LPI, Flights, Ship, Bord", () => {
    const codes = ["LPI", "Flights", "Ship", "Bord"];
    const weights = [1, 1, 2, 1];
    const inputs = codes.map((code) => asemColumn(code));
    const units = cases.hmean.units_in_idata_order;
    const compute = (columns: readonly Float64Array[]) => {
      const frame = docsFrame({
        units: asemUnits,
        indicators: codes.map((code, c) => ({ code, values: columns[c] as Float64Array, weight: weights[c] as number })),
      });
      const run = runDocsPipeline(frame, [
        { op: "Normalise", dset: "Raw", global_specs: { f_n: "n_minmax", f_n_para: { l_u: [1, 100] } } },
        { op: "Aggregate", dset: "Normalised", f_ag: "a_hmean" },
      ]);
      return flatten(dataSet(run, "Aggregated"), [...codes, "Index"], units);
    };
    const values = inputs.map((input) => input.values);
    const slack = inputRoundingSlack(
      values,
      inputs.map((input) => input.tokens.map((token) => halfUnitPrinted(token))),
      compute,
    );
    const printed = parseFrame(cases.hmean.printed);
    const renamed: PrintedFrame = {
      rowNames: printed.rowNames,
      columns: new Map([...codes.map((code) => [code, column(printed, code)] as const), ["Index", column(printed, "y")]]),
    };
    const signif3 = (token: string) => halfUnitSignif(token, cases.hmean.signif);
    expect(mismatches(compute(values), renamed, [...codes, "Index"], units, slack, signif3)).toEqual([]);
  });
});

/** A data set of R's datasets package (exact, from r-datasets.R) as a docs coin's inputs. */
function rDataset(name: "iris" | "mtcars" | "airquality", codes: readonly string[]) {
  const data = rDatasets[name];
  const columns = data.columns as Readonly<Record<string, readonly (number | null)[]>>;
  // Row i of the data set; zero-padded so that the coin's sorted order is the row order.
  const units = data.rownames.map((_, i) => `r${String(i + 1).padStart(3, "0")}`);
  const values = codes.map((code) => Float64Array.from(columns[code] ?? [], (v) => (v === null ? Number.NaN : v)));
  return { units, values };
}

/** Runs one Normalise step on a docs coin of the given columns and returns them flattened. */
function normaliseColumns(
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

describe("articles/normalise.md: Normalise", () => {
  const cases = normalisePage.cases;

  it('n_dist2max on mtcars: Normalise(mtcars, global_specs = list(f_n = "n_dist2max"))', () => {
    const codes = ["mpg", "cyl", "disp", "hp", "drat", "wt", "qsec", "vs", "am", "gear", "carb"];
    const { units, values } = rDataset("mtcars", codes);
    const printed = parseFrame(cases.mtcars_dist2max.printed);
    const head = units.slice(0, printed.rowNames.length);
    const actual = normaliseColumns(units, codes, values, { global_specs: { f_n: "n_dist2max" } });
    const headOnly = codes.flatMap((_, c) => actual.slice(c * units.length, c * units.length + head.length));
    expect(mismatches(headOnly, printed, codes, head)).toEqual([]);
  });

  it("min-max onto [0, 100] by default: Normalise(iris), Species left aside (also reference/Normalise.data.frame.md)", () => {
    const codes = ["Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width"];
    const { units, values } = rDataset("iris", codes);
    const printed = parseFrame(cases.iris_minmax.printed);
    const head = units.slice(0, printed.rowNames.length);
    const actual = normaliseColumns(units, codes, values, {});
    const headOnly = codes.flatMap((_, c) => actual.slice(c * units.length, c * units.length + head.length));
    expect(mismatches(headOnly, printed, codes, head)).toEqual([]);
  });

  it("n_dist2ref with the reference at the minimum divides by zero: Inf, and NaN at the reference", () => {
    const printed = parseFrame(cases.dist2ref_at_minimum.printed);
    const units = printed.rowNames.map((name) => `r${name.padStart(2, "0")}`);
    const x = Float64Array.from(column(printed, "x"), printedNumber);
    const actual = normaliseColumns(units, ["x"], [x], { global_specs: { f_n: "n_dist2ref", f_n_para: { iref: 5 } } });
    const renamed: PrintedFrame = { rowNames: printed.rowNames, columns: new Map([["x", column(printed, "x_norm")]]) };
    expect(mismatches(actual, renamed, ["x"], units)).toEqual([]);
  });

  describe("qNormalise on the printed X", () => {
    const x = parseFrame(cases.X.printed);
    const units = column(x, "uCode");
    const inputs = printedColumns(x, ["a", "b"]);
    // A coin refuses a uCode that is also a column name (new_coin does too), and X has unit "a"
    // and column "a"; qNormalise works on the data frame, so the coin's columns are renamed.
    const codes = ["col_a", "col_b"];
    const check = (printedLines: readonly string[], step: Record<string, unknown>) => {
      const compute = (columns: readonly Float64Array[]) => normaliseColumns(units, codes, columns, step);
      const slack = inputRoundingSlack(inputs.values, inputs.halfUnits, compute);
      const printed = parseFrame(printedLines);
      const renamed: PrintedFrame = {
        rowNames: printed.rowNames,
        columns: new Map([
          ["col_a", column(printed, "a")],
          ["col_b", column(printed, "b")],
        ]),
      };
      expect(mismatches(compute(inputs.values), renamed, codes, units, slack)).toEqual([]);
    };

    it("qNormalise(X): min-max onto [0, 100]", () => {
      check(cases.qNormalise_minmax.printed, {});
    });

    it("n_dist2ref to the first row, capped at 1 (iref = 1 is a row position in COINr)", () => {
      check(cases.qNormalise_dist2ref.printed, {
        global_specs: { f_n: "n_dist2ref", f_n_para: { iref: 1, cap_max: true } },
      });
    });
  });

  it("indiv_specs: Borda for LPI, z-scores (10, 2) for Flights, the global min-max for Ship", () => {
    const codes = ["LPI", "Flights", "Ship"];
    const inputs = codes.map((code) => asemColumn(code));
    const printed = parseFrame(cases.indiv_specs.printed);
    const step = {
      indiv_specs: { LPI: { f_n: "n_borda" }, Flights: { f_n: "n_zscore", f_n_para: { m_sd: [10, 2] } } },
    };
    const head = column(printed, "uCode");
    const compute = (columns: readonly Float64Array[]) => {
      const all = normaliseColumns(asemUnits, codes, columns, step);
      return codes.flatMap((_, c) => head.map((uCode) => all[c * asemUnits.length + asemUnits.indexOf(uCode)] as number));
    };
    const values = inputs.map((input) => input.values);
    const halfUnits = inputs.map((input) => input.tokens.map((token) => halfUnitPrinted(token)));
    const slack = inputRoundingSlack(values, halfUnits, compute);
    expect(mismatches(compute(values), printed, codes, head, slack)).toEqual([]);
  });
});

/** A Dets_Table cell of COINr's Treat from our analysis: test k's Pass/Skew/Kurt or winsorise.nwin. */
function detsCell(details: TreatIndicatorDetails | undefined, name: string): number | string {
  if (name === "winsorise.nwin") return details?.winsorisedPoints ?? Number.NaN;
  const stage = /^check_SkewKurt([012])\.(Pass|Skew|Kurt)$/.exec(name);
  if (!stage) throw new Error(`unknown Dets_Table column ${name}`);
  const test = [details?.test0, details?.test1, details?.test2][Number(stage[1])] ?? null;
  if (stage[2] === "Pass") return test === null || test.pass === null ? "NA" : test.pass ? "TRUE" : "FALSE";
  if (test === null) return Number.NaN;
  return stage[2] === "Skew" ? test.skew : test.kurt;
}

/** Runs Treat on a docs coin of `codes`; the analysis by iCode and the treated data set. */
function treatColumns(
  units: readonly string[],
  codes: readonly string[],
  columns: readonly Float64Array[],
  step: Record<string, unknown>,
) {
  const frame = docsFrame({ units, indicators: codes.map((code, c) => ({ code, values: columns[c] as Float64Array })) });
  const run = runDocsPipeline(frame, [{ op: "Treat", dset: "Raw", ...step }]);
  const analysis = run.analysis.get("Treated") as TreatAnalysis;
  return { analysis, byCode: new Map(analysis.indicators.map((entry) => [entry.iCode, entry])), run };
}

/**
 * Compares a printed Dets_Table (rows = indicators) with Treat on the ASEM columns it names; the
 * numbers get the slack of the 7-digit ASEM printout they were computed from.
 */
function detsTableMismatches(printedLines: readonly string[], step: Record<string, unknown>, extraCodes: readonly string[] = []) {
  const printed = parseFrame(printedLines);
  const rows = column(printed, "iCode");
  const codes = [...new Set([...rows, ...extraCodes])];
  const inputs = codes.map((code) => asemColumn(code));
  const names = [...printed.columns.keys()].filter((name) => name !== "iCode");
  const numeric = names.filter((name) => !name.endsWith(".Pass"));
  const compute = (columns: readonly Float64Array[]) => {
    const { byCode } = treatColumns(asemUnits, codes, columns, step);
    return numeric.flatMap((name) => rows.map((code) => detsCell(byCode.get(code), name) as number));
  };
  const values = inputs.map((input) => input.values);
  const halfUnits = inputs.map((input) => input.tokens.map((token) => halfUnitPrinted(token)));
  const slack = inputRoundingSlack(values, halfUnits, compute);
  const { byCode } = treatColumns(asemUnits, codes, values, step);
  const found: string[] = [];
  names.forEach((name) => {
    column(printed, name).forEach((token, r) => {
      const code = rows[r] as string;
      const actual = detsCell(byCode.get(code), name);
      const k = numeric.indexOf(name) * rows.length + r;
      const ok =
        typeof actual === "string" ? actual === token : agreesWithPrinted(actual, token, slack[k] ?? 0);
      if (!ok) found.push(`${code} ${name}: ours ${String(actual)}, printed ${token}`);
    });
  });
  return found;
}

describe("articles/treat.md, reference/winsorise.md, Treat.numeric.md, check_SkewKurt.md: Treat", () => {
  const x = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]);
  const xUnits = Array.from(x, (_, i) => `r${String(i + 1).padStart(2, "0")}`);
  const cases = treatPage.cases;

  it("skew(x) and kurt(x) of x <- c(1:10, 30, 100)", () => {
    expect(agreesWithPrinted(skewness(x), parseVector(cases.skew.printed)[0] as string)).toBe(true);
    expect(agreesWithPrinted(excessKurtosis(x), parseVector(cases.kurt.printed)[0] as string)).toBe(true);
  });

  const checkList = (test: { pass: boolean | null; skew: number; kurt: number } | null, lines: readonly string[]) => {
    const printed = parseList(lines);
    return [
      String(test?.pass).toUpperCase() === printed.get("Pass")?.[0],
      agreesWithPrinted(test?.skew ?? Number.NaN, printed.get("Skew")?.[0] ?? ""),
      agreesWithPrinted(test?.kurt ?? Number.NaN, printed.get("Kurt")?.[0] ?? ""),
    ];
  };

  it("check_SkewKurt(x) fails, and Treat with winsorise (winmax = 2) passes after one point", () => {
    const { byCode } = treatColumns(xUnits, ["x"], [x], { global_specs: { f1_para: { winmax: 2 } } });
    const details = byCode.get("x");
    expect(checkList(details?.test0 ?? null, cases.check_x.printed)).toEqual([true, true, true]);
    expect(checkList(details?.test0 ?? null, treatNumericPage.cases.check_x.printed)).toEqual([true, true, true]);
    expect(checkList(details?.test1 ?? null, cases.check_treated.printed)).toEqual([true, true, true]);
  });

  it("winsorise(x) moves 100 to 30: one point, marked winhi (reference/winsorise.md)", () => {
    const { analysis, run } = treatColumns(xUnits, ["x"], [x], {});
    const printed = parseList(winsorisePage.cases.winsorise.printed);
    expect(Array.from(dataSet(run, "Treated").columns[0] ?? []).map(String)).toEqual(printed.get("x"));
    expect(String(analysis.indicators[0]?.winsorisedPoints)).toEqual(printed.get("nwin")?.[0]);
    const details = analysis.indicators[0] as TreatIndicatorDetails;
    expect(xUnits.map((_, row) => `"${treatedPointLabel(details, row)}"`)).toEqual(printed.get("treated"));
  });

  it("check_SkewKurt of set.seed(100); runif(20), and with an outlier of 1000 appended", () => {
    const seeded = Float64Array.from(rDatasets.runif20_seed100);
    const withOutlier = Float64Array.from([...seeded, 1000]);
    const test = (values: Float64Array) => {
      const units = Array.from(values, (_, i) => `r${String(i + 1).padStart(2, "0")}`);
      return treatColumns(units, ["x"], [values], {}).byCode.get("x")?.test0 ?? null;
    };
    expect(checkList(test(seeded), checkSkewKurtPage.cases.check_x.printed)).toEqual([true, true, true]);
    expect(checkList(test(withOutlier), checkSkewKurtPage.cases.check_outlier.printed)).toEqual([true, true, true]);
  });

  it("Treat(df1) on Flights, Goods, Services: Dets_Table (also reference/Treat.data.frame.md)", () => {
    expect(detsTableMismatches(cases.df1_dets.printed, {})).toEqual([]);
    expect(detsTableMismatches(treatDataFramePage.cases.df1_dets.printed, {})).toEqual([]);
  });

  it("Treat(df1) marks the winsorised points of Goods (DEU, CHN) and Flights (GBR)", () => {
    const codes = ["Flights", "Goods", "Services"];
    const { analysis } = treatColumns(asemUnits, codes, codes.map((code) => asemColumn(code).values), {});
    const marked = analysis.indicators.flatMap((details) =>
      asemUnits.flatMap((uCode, row) => {
        const label = treatedPointLabel(details, row);
        return label === "" ? [] : [{ row: asemDataOrder.indexOf(uCode) + 1, iCode: details.iCode, label }];
      }),
    );
    const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
    expect(marked.sort(byRow)).toEqual([...cases.df1_points.treated_points].sort(byRow));
  });

  it("the example coin's Raw data, default treatment: head(Dets_Table)", () => {
    expect(detsTableMismatches(cases.coin_default.printed, {})).toEqual([]);
  });

  it("winmax = 1 sends Goods to the log fallback, which passes (Dets_Table, ConSpeed left out)", () => {
    expect(detsTableMismatches(cases.coin_winmax1.printed, { global_specs: { f1_para: { winmax: 1 } } })).toEqual([]);
  });

  it("indiv_specs Flights = list(f1_para = list(winmax = 0)): nothing winsorised, log_CT passes", () => {
    const step = { indiv_specs: { Flights: { f1_para: { winmax: 0 } } } };
    expect(detsTableMismatches(cases.indiv_flights.printed, step, ["LPI", "Goods"])).toEqual([]);
  });

  it("qTreat(df1, winmax = 1, skew_thresh = 1.5, kurt_thresh = 3): both fall back to log_CT", () => {
    const thresholds = { skew_thresh: 1.5, kurt_thresh: 3 };
    const step = { global_specs: { f1_para: { winmax: 1, ...thresholds }, f2: "log_CT", f_pass_para: thresholds } };
    expect(detsTableMismatches(cases.qTreat.printed, step)).toEqual([]);
  });
});

describe("articles/results.md, reference/get_results.md, articles/overview.md: the top two levels", () => {
  const pillars = ["Physical", "ConEcFin", "Political", "Instit", "P2P", "Environ", "Social", "SusEcFin"];
  const parentOf = (pillar: string) => (["Environ", "Social", "SusEcFin"].includes(pillar) ? "Sust" : "Conn");
  const aggregates = [
    { code: "Conn", level: 2, parent: "Index" },
    { code: "Sust", level: 2, parent: "Index" },
    { code: "Index", level: 3, parent: null },
  ];
  const outputs = ["Conn", "Sust", "Index"];
  const aggregateUpper = (units: readonly string[], columns: readonly Float64Array[]) => {
    const frame = docsFrame({
      units,
      indicators: pillars.map((code, c) => ({ code, values: columns[c] as Float64Array, parent: parentOf(code) })),
      aggregates,
    });
    return dataSet(runDocsPipeline(frame, [{ op: "Aggregate", dset: "Raw", f_ag: "a_amean" }]), "Aggregated");
  };

  // Pillar scores (printed to 2 decimals) in, sub-index and index scores (2 decimals) out.
  const checkTable = (lines: readonly string[]) => {
    const printed = parseFrame(lines);
    const units = column(printed, "uCode");
    const values = pillars.map((code) => Float64Array.from(column(printed, code), printedNumber));
    const halfUnits = pillars.map((code) => column(printed, code).map((token) => halfUnitDecimals(token)));
    const compute = (columns: readonly Float64Array[]) => flatten(aggregateUpper(units, columns), outputs, units);
    const slack = inputRoundingSlack(values, halfUnits, compute);
    expect(mismatches(compute(values), printed, outputs, units, slack, halfUnitDecimals)).toEqual([]);
    // These are the six best units, so their ranks among themselves are their printed ranks.
    const ranks = columnByUnit(rankDataSet(aggregateUpper(units, values)), "Index");
    expect(units.map((unit) => String(ranks.get(unit)))).toEqual(column(printed, "Rank"));
  };

  it("get_results(coin, tab_type = \"Aggs\"): Conn, Sust, Index and Rank of the top six", () => {
    checkTable(resultsPage.cases.results.printed);
  });

  it("the overview's build (screened, group-imputed): Conn, Sust, Index and Rank of the top six", () => {
    checkTable(overviewPage.cases.results.printed);
  });

  it('get_unit_summary(coin, usel = "IND"): India\'s Conn, Sust and Index from its pillar scores', () => {
    const scores = resultsPage.cases.unit_summary.scores as Readonly<Record<string, string>>;
    const values = pillars.map((code) => Float64Array.of(printedNumber(scores[code] as string)));
    const halfUnits = pillars.map((code) => [halfUnitDecimals(scores[code] as string)]);
    const compute = (columns: readonly Float64Array[]) => flatten(aggregateUpper(["IND"], columns), outputs, ["IND"]);
    const slack = inputRoundingSlack(values, halfUnits, compute);
    const actual = compute(values);
    outputs.forEach((code, k) => {
      expect(agreesWithPrinted(actual[k] as number, scores[code] as string, slack[k], halfUnitDecimals), code).toBe(
        true,
      );
    });
  });
});
