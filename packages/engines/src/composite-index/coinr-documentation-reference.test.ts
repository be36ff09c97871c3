/**
 * Golden cases from COINr's documentation: the reference pages' vector and data-frame examples (a_amean, n_goalposts, i_mean, i_median, i_mean_grp, i_median_grp, Impute.numeric, Impute.data.frame, Normalise.numeric, get_stats.data.frame, get_data_avail.data.frame) and articles/analysis.md's get_stats. How expected values and tolerances are
 * obtained is explained in `coinr-documentation.test.ts` (printed `#>` output at its printed
 * precision, plus the effect of inputs that were themselves rounded printouts).
 */
import { describe, expect, it } from "vitest";
import {
  asemColumn,
  flatten,
  imputeVector,
  mismatches,
  normaliseColumns,
  rDataset,
  vectorMismatches,
  vectorUnits,
} from "../../test/composite-index/coinr-docs-support.ts";
import { columnByUnit, dataSet, docsFrame, runDocsPipeline } from "../../test/composite-index/docs-coin.ts";
import {
  agreesWithPrinted,
  column,
  halfUnitPrinted,
  halfUnitSignif,
  inputRoundingSlack,
  type PrintedFrame,
  parseFrame,
  parseVector,
  printedNumber,
} from "../../test/composite-index/r-printout.ts";
import analysisPage from "../../test/golden/composite-index/coinr-docs/articles-analysis.json" with {
  type: "json",
};
import aAmeanPage from "../../test/golden/composite-index/coinr-docs/reference-a_amean.json" with {
  type: "json",
};
import getDataAvailPage from "../../test/golden/composite-index/coinr-docs/reference-get_data_avail.data.frame.json" with {
  type: "json",
};
import getStatsPage from "../../test/golden/composite-index/coinr-docs/reference-get_stats.data.frame.json" with {
  type: "json",
};
import imputeDataFramePage from "../../test/golden/composite-index/coinr-docs/reference-Impute.data.frame.json" with {
  type: "json",
};
import imputeNumericPage from "../../test/golden/composite-index/coinr-docs/reference-Impute.numeric.json" with {
  type: "json",
};
import iMeanPage from "../../test/golden/composite-index/coinr-docs/reference-i_mean.json" with {
  type: "json",
};
import iMeanGrpPage from "../../test/golden/composite-index/coinr-docs/reference-i_mean_grp.json" with {
  type: "json",
};
import iMedianPage from "../../test/golden/composite-index/coinr-docs/reference-i_median.json" with {
  type: "json",
};
import iMedianGrpPage from "../../test/golden/composite-index/coinr-docs/reference-i_median_grp.json" with {
  type: "json",
};
import normaliseNumericPage from "../../test/golden/composite-index/coinr-docs/reference-Normalise.numeric.json" with {
  type: "json",
};
import nGoalpostsPage from "../../test/golden/composite-index/coinr-docs/reference-n_goalposts.json" with {
  type: "json",
};
import {
  countAvailable,
  excessKurtosis,
  maximumAvailable,
  mean,
  median,
  minimumAvailable,
  sampleStandardDeviation,
  skewness,
} from "../numeric/statistics.ts";
import type { ScreenAnalysis } from "./screen.ts";

describe("reference pages: vector examples", () => {
  it("a_amean(1:10, w = 10:1) is 4 (reference/a_amean.md)", () => {
    const units = ["u1"];
    const frame = docsFrame({
      units,
      indicators: Array.from({ length: 10 }, (_, i) => ({
        code: `x${i + 1}`,
        values: [i + 1],
        weight: 10 - i,
      })),
    });
    const run = runDocsPipeline(frame, [{ op: "Aggregate", dset: "Raw", f_ag: "a_amean" }]);
    const index = columnByUnit(dataSet(run, "Aggregated"), "Index").get("u1") as number;
    expect(vectorMismatches([index], parseVector(aAmeanPage.cases.amean.printed))).toEqual([]);
  });

  it("n_goalposts(1, c(0, 10, 1)) is 0.1, and 0.9 with direction = -1 (reference/n_goalposts.md)", () => {
    const goalposts = (direction: number) =>
      normaliseColumns(["u1"], ["x"], [Float64Array.of(1)], {
        global_specs: { f_n: "n_goalposts", f_n_para: { gposts: [0, 10, 1], direction } },
      });
    expect(vectorMismatches(goalposts(1), parseVector(nGoalpostsPage.cases.positive.printed))).toEqual([]);
    expect(vectorMismatches(goalposts(-1), parseVector(nGoalpostsPage.cases.negative.printed))).toEqual([]);
  });

  it("i_mean and i_median of c(1, 2, 3, 4, NA) fill 2.5 (reference/i_mean.md, i_median.md)", () => {
    const x = Float64Array.of(1, 2, 3, 4, Number.NaN);
    expect(
      vectorMismatches(imputeVector(x, { f_i: "i_mean" }), parseVector(iMeanPage.cases.mean.printed)),
    ).toEqual([]);
    expect(
      vectorMismatches(imputeVector(x, { f_i: "i_median" }), parseVector(iMedianPage.cases.median.printed)),
    ).toEqual([]);
  });

  it('Impute(x, f_i = "i_median") fills x[3] of 1:10 with 6 (reference/Impute.numeric.md)', () => {
    const x = Float64Array.from({ length: 10 }, (_, i) => (i === 2 ? Number.NaN : i + 1));
    const printed = parseVector(imputeNumericPage.cases.median.printed);
    expect(vectorMismatches(imputeVector(x, { f_i: "i_median" }), printed)).toEqual([]);
  });

  const groupCase = (page: typeof iMeanGrpPage.cases.mean_grp, fI: string) => {
    const tokens = parseVector(page.printed);
    const missing = new Set(page.missing_positions.map((position) => position - 1));
    const x = Float64Array.from(tokens, (token, i) => (missing.has(i) ? Number.NaN : printedNumber(token)));
    const halfUnits = [tokens.map((token, i) => (missing.has(i) ? 0 : halfUnitPrinted(token)))];
    const compute = (columns: readonly Float64Array[]) =>
      imputeVector(columns[0] as Float64Array, { f_i: fI, use_group: "grp" }, page.groups);
    const slack = inputRoundingSlack([x], halfUnits, compute);
    return vectorMismatches(compute([x]), tokens, slack);
  };

  it("i_mean_grp fills each end with its group's mean (reference/i_mean_grp.md)", () => {
    expect(groupCase(iMeanGrpPage.cases.mean_grp, "i_mean_grp")).toEqual([]);
  });

  it("i_median_grp fills each end with its group's median (reference/i_median_grp.md)", () => {
    expect(groupCase(iMedianGrpPage.cases.median_grp, "i_median_grp")).toEqual([]);
  });

  it("n_dist2ref to the 5th point of the printed x (reference/Normalise.numeric.md)", () => {
    const printed = parseFrame(normaliseNumericPage.cases.dist2ref.printed);
    const tokens = column(printed, "x");
    const x = Float64Array.from(tokens, printedNumber);
    const units = vectorUnits(x.length);
    const compute = (columns: readonly Float64Array[]) =>
      normaliseColumns(units, ["x"], columns, { global_specs: { f_n: "n_dist2ref", f_n_para: { iref: 5 } } });
    const slack = inputRoundingSlack([x], [tokens.map((token) => halfUnitPrinted(token))], compute);
    expect(vectorMismatches(compute([x]), column(printed, "x_norm"), slack)).toEqual([]);
  });
});

describe("reference/Impute.data.frame.md: X recovered from its two printouts", () => {
  const cases = imputeDataFramePage.cases;
  const codes = ["V1", "V2", "V3", "V4", "V5"];
  const first = parseFrame(cases.column_mean.printed);
  const units = first.rowNames.map((name) => `r${name.padStart(2, "0")}`);
  const missing = cases.missing as Readonly<Record<string, readonly number[]>>;
  const values = codes.map((code) =>
    Float64Array.from(column(first, code), (token, r) =>
      missing[code]?.includes(r + 1) ? Number.NaN : printedNumber(token),
    ),
  );
  const halfUnits = codes.map((code) => column(first, code).map((token) => halfUnitPrinted(token)));
  const check = (lines: readonly string[], step: Record<string, unknown>) => {
    const compute = (columns: readonly Float64Array[]) => {
      const frame = docsFrame({
        units,
        indicators: codes.map((code, c) => ({ code, values: columns[c] as Float64Array })),
      });
      return flatten(
        dataSet(runDocsPipeline(frame, [{ op: "Impute", dset: "Raw", ...step }]), "Imputed"),
        codes,
        units,
      );
    };
    const slack = inputRoundingSlack(values, halfUnits, compute);
    expect(mismatches(compute(values), parseFrame(lines), codes, units, slack)).toEqual([]);
  };

  it("the two printouts differ in exactly the six cells set to NA", () => {
    const second = parseFrame(cases.row_median.printed);
    const differing = codes.flatMap((code) =>
      column(first, code).flatMap((token, r) =>
        column(second, code)[r] === token ? [] : [`${code}:${r + 1}`],
      ),
    );
    expect(differing).toEqual(
      Object.entries(missing).flatMap(([code, rows]) => rows.map((r) => `${code}:${r}`)),
    );
  });

  it('Impute(X, f_i = "i_mean"): column means', () => {
    check(cases.column_mean.printed, { f_i: "i_mean" });
  });

  it('Impute(X, f_i = "i_median", impute_by = "row", normalise_first = FALSE): row medians', () => {
    check(cases.row_median.printed, { f_i: "i_median", impute_by: "row", normalise_first: false });
  });
});

describe("reference/get_stats.data.frame.md, articles/analysis.md: column statistics (signif 3)", () => {
  const statistics: Readonly<Record<string, (values: Float64Array) => number>> = {
    Min: minimumAvailable,
    Max: maximumAvailable,
    Mean: mean,
    Median: median,
    Std: sampleStandardDeviation,
    Skew: skewness,
    Kurt: excessKurtosis,
    "N.Avail": countAvailable,
  };
  const statMismatches = (
    printed: PrintedFrame,
    codes: readonly string[],
    columnOf: (code: string) => Float64Array,
    slackOf: (name: string, code: string) => number,
  ) =>
    [...printed.columns.keys()]
      .filter((name) => name in statistics)
      .flatMap((name) =>
        column(printed, name).flatMap((token, r) => {
          const code = codes[r] as string;
          const actual = (statistics[name] as (values: Float64Array) => number)(columnOf(code));
          return agreesWithPrinted(actual, token, slackOf(name, code), (t) => halfUnitSignif(t, 3))
            ? []
            : [`${code} ${name}: ours ${actual}, printed ${token}`];
        }),
      );

  it("get_stats(mtcars): Min, Max, Mean, Median, Std, Skew, Kurt, N.Avail", () => {
    const printed = parseFrame(getStatsPage.cases.mtcars.printed);
    const codes = column(printed, "iCode");
    const { values } = rDataset("mtcars", codes);
    expect(
      statMismatches(
        printed,
        codes,
        (code) => values[codes.indexOf(code)] as Float64Array,
        () => 0,
      ),
    ).toEqual([]);
  });

  it("get_stats of the example coin's Raw LPI, Flights, Ship, Bord, Elec", () => {
    const codes = analysisPage.cases.stats_b.row_codes;
    const columns = new Map(codes.map((code) => [code, asemColumn(code)]));
    const columnOf = (code: string) => columns.get(code)?.values as Float64Array;
    const slackOf = (name: string, code: string) => {
      const input = columns.get(code);
      if (!input) return 0;
      const f = statistics[name] as (values: Float64Array) => number;
      const halfUnits = [input.tokens.map((token) => halfUnitPrinted(token))];
      return inputRoundingSlack([input.values], halfUnits, (cols) => [f(cols[0] as Float64Array)])[0] ?? 0;
    };
    for (const lines of [analysisPage.cases.stats_a.printed, analysisPage.cases.stats_b.printed]) {
      expect(statMismatches(parseFrame(lines), codes, columnOf, slackOf)).toEqual([]);
    }
  });
});

describe("reference/get_data_avail.data.frame.md: data availability of airquality's 153 rows", () => {
  it("N_missing, N_zero, N_miss_or_zero, Dat_Avail and Non_Zero per row, as Screen's DataSummary", () => {
    const codes = ["Ozone", "Solar.R", "Wind", "Temp", "Month", "Day"];
    const { units, values } = rDataset("airquality", codes);
    const frame = docsFrame({
      units,
      indicators: codes.map((code, c) => ({ code, values: values[c] as Float64Array })),
    });
    const run = runDocsPipeline(frame, [{ op: "Screen", dset: "Raw", unit_screen: "byNA", dat_thresh: 0 }]);
    const summary = (run.analysis.get("Screened") as ScreenAnalysis).DataSummary;
    const printed = parseFrame(getDataAvailPage.cases.airquality.printed);
    const names = ["N_missing", "N_zero", "N_miss_or_zero", "Dat_Avail", "Non_Zero"] as const;
    const byUnit = new Map(summary.map((row) => [row.uCode, row]));
    const found = names.flatMap((name) =>
      column(printed, name).flatMap((token, r) => {
        const actual = byUnit.get(units[r] as string)?.[name] ?? Number.NaN;
        return agreesWithPrinted(actual, token)
          ? []
          : [`row ${r + 1} ${name}: ours ${actual}, printed ${token}`];
      }),
    );
    expect(printed.rowNames.length).toBe(153);
    expect(found).toEqual([]);
  });
});
