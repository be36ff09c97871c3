/**
 * Golden cases from COINr's documentation: Normalise (articles/normalise.md). How expected values and tolerances are
 * obtained is explained in `coinr-documentation.test.ts` (printed `#>` output at its printed
 * precision, plus the effect of inputs that were themselves rounded printouts).
 */
import { describe, expect, it } from "vitest";
import {
  asemColumn,
  asemUnits,
  mismatches,
  normaliseColumns,
  printedColumns,
  rDataset,
} from "../../test/composite-index/coinr-docs-support.ts";
import {
  column,
  halfUnitPrinted,
  inputRoundingSlack,
  type PrintedFrame,
  parseFrame,
  printedNumber,
} from "../../test/composite-index/r-printout.ts";
import normalisePage from "../../test/golden/composite-index/coinr-docs/articles-normalise.json" with {
  type: "json",
};

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
    const actual = normaliseColumns(units, ["x"], [x], {
      global_specs: { f_n: "n_dist2ref", f_n_para: { iref: 5 } },
    });
    const renamed: PrintedFrame = {
      rowNames: printed.rowNames,
      columns: new Map([["x", column(printed, "x_norm")]]),
    };
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
      return codes.flatMap((_, c) =>
        head.map((uCode) => all[c * asemUnits.length + asemUnits.indexOf(uCode)] as number),
      );
    };
    const values = inputs.map((input) => input.values);
    const halfUnits = inputs.map((input) => input.tokens.map((token) => halfUnitPrinted(token)));
    const slack = inputRoundingSlack(values, halfUnits, compute);
    expect(mismatches(compute(values), printed, codes, head, slack)).toEqual([]);
  });
});
