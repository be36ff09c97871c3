/**
 * Golden cases from COINr's documentation: Treat (articles/treat.md and the winsorise, Treat.numeric, Treat.data.frame and check_SkewKurt reference pages). How expected values and tolerances are
 * obtained is explained in `coinr-documentation.test.ts` (printed `#>` output at its printed
 * precision, plus the effect of inputs that were themselves rounded printouts).
 */
import { describe, expect, it } from "vitest";
import { asemColumn, asemDataOrder, asemUnits } from "../../test/composite-index/coinr-docs-support.ts";
import { dataSet, docsFrame, runDocsPipeline } from "../../test/composite-index/docs-coin.ts";
import {
  agreesWithPrinted,
  column,
  halfUnitPrinted,
  inputRoundingSlack,
  parseFrame,
  parseList,
  parseVector,
} from "../../test/composite-index/r-printout.ts";
import treatPage from "../../test/golden/composite-index/coinr-docs/articles-treat.json" with {
  type: "json",
};
import rDatasets from "../../test/golden/composite-index/coinr-docs/r-datasets.json" with { type: "json" };
import checkSkewKurtPage from "../../test/golden/composite-index/coinr-docs/reference-check_SkewKurt.json" with {
  type: "json",
};
import treatDataFramePage from "../../test/golden/composite-index/coinr-docs/reference-Treat.data.frame.json" with {
  type: "json",
};
import treatNumericPage from "../../test/golden/composite-index/coinr-docs/reference-Treat.numeric.json" with {
  type: "json",
};
import winsorisePage from "../../test/golden/composite-index/coinr-docs/reference-winsorise.json" with {
  type: "json",
};
import { excessKurtosis, skewness } from "../numeric/statistics.ts";
import type { TreatAnalysis } from "./treat.ts";
import { type TreatIndicatorDetails, treatedPointLabel } from "./treat-column.ts";

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
  const frame = docsFrame({
    units,
    indicators: codes.map((code, c) => ({ code, values: columns[c] as Float64Array })),
  });
  const run = runDocsPipeline(frame, [{ op: "Treat", dset: "Raw", ...step }]);
  const analysis = run.analysis.get("Treated") as TreatAnalysis;
  return { analysis, byCode: new Map(analysis.indicators.map((entry) => [entry.iCode, entry])), run };
}

/**
 * Compares a printed Dets_Table (rows = indicators) with Treat on the ASEM columns it names; the
 * numbers get the slack of the 7-digit ASEM printout they were computed from.
 */
function detsTableMismatches(
  printedLines: readonly string[],
  step: Record<string, unknown>,
  extraCodes: readonly string[] = [],
) {
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

  const checkList = (
    test: { pass: boolean | null; skew: number; kurt: number } | null,
    lines: readonly string[],
  ) => {
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
    expect(checkList(details?.test0 ?? null, treatNumericPage.cases.check_x.printed)).toEqual([
      true,
      true,
      true,
    ]);
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
    expect(checkList(test(withOutlier), checkSkewKurtPage.cases.check_outlier.printed)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("Treat(df1) on Flights, Goods, Services: Dets_Table (also reference/Treat.data.frame.md)", () => {
    expect(detsTableMismatches(cases.df1_dets.printed, {})).toEqual([]);
    expect(detsTableMismatches(treatDataFramePage.cases.df1_dets.printed, {})).toEqual([]);
  });

  it("Treat(df1) marks the winsorised points of Goods (DEU, CHN) and Flights (GBR)", () => {
    const codes = ["Flights", "Goods", "Services"];
    const { analysis } = treatColumns(
      asemUnits,
      codes,
      codes.map((code) => asemColumn(code).values),
      {},
    );
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
    expect(
      detsTableMismatches(cases.coin_winmax1.printed, { global_specs: { f1_para: { winmax: 1 } } }),
    ).toEqual([]);
  });

  it("indiv_specs Flights = list(f1_para = list(winmax = 0)): nothing winsorised, log_CT passes", () => {
    const step = { indiv_specs: { Flights: { f1_para: { winmax: 0 } } } };
    expect(detsTableMismatches(cases.indiv_flights.printed, step, ["LPI", "Goods"])).toEqual([]);
  });

  it("qTreat(df1, winmax = 1, skew_thresh = 1.5, kurt_thresh = 3): both fall back to log_CT", () => {
    const thresholds = { skew_thresh: 1.5, kurt_thresh: 3 };
    const step = {
      global_specs: { f1_para: { winmax: 1, ...thresholds }, f2: "log_CT", f_pass_para: thresholds },
    };
    expect(detsTableMismatches(cases.qTreat.printed, step)).toEqual([]);
  });
});
