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
import {
  asemColumn,
  asemDataOrder,
  asemRows,
  asemUnits,
  flatten,
  mismatches,
  printedColumns,
} from "../../test/composite-index/coinr-docs-support.ts";
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
  parseVector,
  printedNumber,
} from "../../test/composite-index/r-printout.ts";
import aggregatePage from "../../test/golden/composite-index/coinr-docs/articles-aggregate.json" with {
  type: "json",
};
import imputationPage from "../../test/golden/composite-index/coinr-docs/articles-imputation.json" with {
  type: "json",
};
import otherFunctionsPage from "../../test/golden/composite-index/coinr-docs/articles-other_functions.json" with {
  type: "json",
};
import overviewPage from "../../test/golden/composite-index/coinr-docs/articles-overview.json" with {
  type: "json",
};
import resultsPage from "../../test/golden/composite-index/coinr-docs/articles-results.json" with {
  type: "json",
};
import screeningPage from "../../test/golden/composite-index/coinr-docs/articles-screening.json" with {
  type: "json",
};
import type { DataSet } from "./coin-types.ts";
import { rankDataSet } from "./results.ts";
import type { ScreenAnalysis } from "./screen.ts";
import { sortCodes } from "./unit-order.ts";

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
    check(
      cases.row_mean_normalised.printed,
      { f_i: "i_mean", impute_by: "row", normalise_first: true },
      true,
    );
  });

  it("i_mean(c(1, 2, 3, 4, NA)) is 2.5 in the gap", () => {
    const frame = docsFrame({
      units: ["a", "b", "c", "d", "e"],
      indicators: [{ code: "x", values: [1, 2, 3, 4, Number.NaN] }],
    });
    const run = runDocsPipeline(frame, [{ op: "Impute", dset: "Raw", f_i: "i_mean" }]);
    const printed = parseVector(cases.vector_mean.printed);
    const actual = Array.from(dataSet(run, "Imputed").columns[0] ?? []);
    expect(actual.every((value, i) => agreesWithPrinted(value, printed[i] as string))).toBe(true);
  });
});

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
    indicators: codes.map((code) => ({
      code,
      values: Float64Array.from(column(iData, code), printedNumber),
    })),
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
        shares:
          agreesWithPrinted(row?.Dat_Avail ?? Number.NaN, cell("Dat_Avail")) &&
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
        columns: columns.map((c) =>
          Float64Array.from(members, (uCode) => c.values[rowOf.get(uCode) as number] as number),
        ),
      };
      const ranked = rankDataSet(dset);
      codes.forEach((code) => {
        columnByUnit(ranked, code).forEach((rank, uCode) => {
          actual.set(`${code}:${uCode}`, rank);
        });
      });
    }
    const values = codes.flatMap((code) =>
      asemDataOrder.map((uCode) => actual.get(`${code}:${uCode}`) ?? Number.NaN),
    );
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
      indicators: codes.map((code) => ({
        code,
        values: Float64Array.from(column(df1, code), printedNumber),
      })),
    });
    // w = c(1, 1, 1) is iMeta's Weight column here.
    const run = runDocsPipeline(frame, [
      { op: "Aggregate", dset: "Raw", f_ag: "a_amean", dat_thresh: 2 / 3 },
    ]);
    const printed = parseVector(cases.dat_thresh.printed);
    const index = columnByUnit(dataSet(run, "Aggregated"), "Index");
    expect(
      units.map((unit, i) => agreesWithPrinted(index.get(unit) as number, printed[i] as string)),
    ).toEqual([true, true, true]);
  });

  it("min-max onto [1, 100], then a weighted harmonic mean (w = 1, 1, 2, 1) of LPI, Flights, Ship, Bord", () => {
    const codes = ["LPI", "Flights", "Ship", "Bord"];
    const weights = [1, 1, 2, 1];
    const inputs = codes.map((code) => asemColumn(code));
    const units = cases.hmean.units_in_idata_order;
    const compute = (columns: readonly Float64Array[]) => {
      const frame = docsFrame({
        units: asemUnits,
        indicators: codes.map((code, c) => ({
          code,
          values: columns[c] as Float64Array,
          weight: weights[c] as number,
        })),
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
      columns: new Map([
        ...codes.map((code) => [code, column(printed, code)] as const),
        ["Index", column(printed, "y")],
      ]),
    };
    const signif3 = (token: string) => halfUnitSignif(token, cases.hmean.signif);
    expect(mismatches(compute(values), renamed, [...codes, "Index"], units, slack, signif3)).toEqual([]);
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
      indicators: pillars.map((code, c) => ({
        code,
        values: columns[c] as Float64Array,
        parent: parentOf(code),
      })),
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
    const compute = (columns: readonly Float64Array[]) =>
      flatten(aggregateUpper(units, columns), outputs, units);
    const slack = inputRoundingSlack(values, halfUnits, compute);
    expect(mismatches(compute(values), printed, outputs, units, slack, halfUnitDecimals)).toEqual([]);
    // These are the six best units, so their ranks among themselves are their printed ranks.
    const ranks = columnByUnit(rankDataSet(aggregateUpper(units, values)), "Index");
    expect(units.map((unit) => String(ranks.get(unit)))).toEqual(column(printed, "Rank"));
  };

  it('get_results(coin, tab_type = "Aggs"): Conn, Sust, Index and Rank of the top six', () => {
    checkTable(resultsPage.cases.results.printed);
  });

  it("the overview's build (screened, group-imputed): Conn, Sust, Index and Rank of the top six", () => {
    checkTable(overviewPage.cases.results.printed);
  });

  it('get_unit_summary(coin, usel = "IND"): India\'s Conn, Sust and Index from its pillar scores', () => {
    const scores = resultsPage.cases.unit_summary.scores as Readonly<Record<string, string>>;
    const values = pillars.map((code) => Float64Array.of(printedNumber(scores[code] as string)));
    const halfUnits = pillars.map((code) => [halfUnitDecimals(scores[code] as string)]);
    const compute = (columns: readonly Float64Array[]) =>
      flatten(aggregateUpper(["IND"], columns), outputs, ["IND"]);
    const slack = inputRoundingSlack(values, halfUnits, compute);
    const actual = compute(values);
    outputs.forEach((code, k) => {
      expect(
        agreesWithPrinted(actual[k] as number, scores[code] as string, slack[k], halfUnitDecimals),
        code,
      ).toBe(true);
    });
  });
});
