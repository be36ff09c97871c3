/**
 * The cell picker on hand-made observations: the latest year inside the window wins, older
 * values and other breakdowns never stand in, a value in another unit is left out with a
 * diagnostic, and a unit multiplier scales only the engine's copy of the value. An intensity's
 * denominator always comes from its value's year: the latest year with both, or none.
 */
import { describe, expect, it } from "vitest";
import { type CellObservation, pickReadinessCells, toDataCell } from "./readiness-cells.ts";
import type { ReadinessIndicatorDefinition } from "./readiness-framework.ts";

const reason = { en: "test" };
const indicator = (code: string, series: string, dimensions: Record<string, string>, fromYear: number) =>
  ({
    code,
    pillar: "P",
    names: { en: code },
    series,
    dimensions,
    direction: 1,
    directionReason: reason,
    weight: 1,
    fromYear,
  }) satisfies ReadinessIndicatorDefinition;

const observation = (
  indicatorCode: string,
  areaCode: string,
  year: number,
  value: string,
  extra: Partial<CellObservation> = {},
): CellObservation => ({
  indicatorCode,
  areaCode,
  year,
  timePeriod: String(year),
  dimensions: {},
  value,
  unit: "PT",
  unitMult: 0,
  sourceId: "src",
  ...extra,
});

const indicators = [
  indicator("TOTAL", "S", {}, 2015),
  indicator("DUMP", "W", { METHOD: "DUMP" }, 2010),
  indicator("RECY", "W", { METHOD: "RECY" }, 2010),
];
const seriesUnits = new Map([
  ["S", "PT"],
  ["W", "PT"],
]);

describe("pickReadinessCells", () => {
  it("keeps the latest year in the window, whatever order the rows come in", () => {
    const { cells } = pickReadinessCells({
      indicators,
      seriesUnits,
      areas: ["AAA", "BBB"],
      observations: [
        observation("S", "AAA", 2019, "3.5", { sourceId: "late" }),
        observation("S", "AAA", 2021, "4.25", { sourceId: "latest" }),
        observation("S", "AAA", 2016, "9"),
        // Before the window: BBB's only value does not count.
        observation("S", "BBB", 2014, "7"),
      ],
    });
    expect(cells.get("TOTAL")?.get("AAA")).toEqual({
      value: "4.25",
      unitMult: 0,
      year: 2021,
      timePeriod: "2021",
      sourceId: "latest",
    });
    expect(cells.get("TOTAL")?.has("BBB")).toBe(false);
  });

  it("reads exactly the indicator's breakdown: totals and other codes never stand in", () => {
    const { cells } = pickReadinessCells({
      indicators,
      seriesUnits,
      areas: ["AAA", "BBB"],
      observations: [
        observation("W", "AAA", 2015, "60", { dimensions: { METHOD: "DUMP" } }),
        observation("W", "AAA", 2015, "5", { dimensions: { METHOD: "RECY" } }),
        // A total of W and a two-dimension row are neither DUMP nor RECY.
        observation("W", "BBB", 2015, "100"),
        observation("W", "BBB", 2015, "50", { dimensions: { METHOD: "DUMP", AREA: "U" } }),
        // The total of the second dimension (`_T`) is the same cell as its absence.
        observation("W", "BBB", 2016, "70", { dimensions: { METHOD: "DUMP", AREA: "_T" } }),
      ],
    });
    expect(cells.get("DUMP")?.get("AAA")?.value).toBe("60");
    expect(cells.get("RECY")?.get("AAA")?.value).toBe("5");
    expect(cells.get("DUMP")?.get("BBB")?.value).toBe("70");
    expect(cells.get("RECY")?.has("BBB")).toBe(false);
    expect(cells.get("TOTAL")?.size).toBe(0);
  });

  it("leaves out values in another unit and says so, and ignores areas outside the index", () => {
    const { cells, diagnostics } = pickReadinessCells({
      indicators,
      seriesUnits,
      areas: ["AAA"],
      observations: [
        observation("S", "AAA", 2020, "0.5", { unit: "RATIO" }),
        observation("S", "AAA", 2018, "48"),
        observation("S", "ZZZ", 2020, "1"),
      ],
    });
    expect(cells.get("TOTAL")?.get("AAA")?.value).toBe("48");
    expect(cells.get("TOTAL")?.has("ZZZ")).toBe(false);
    expect(diagnostics).toEqual([
      {
        code: "readiness/other-unit",
        severity: "warning",
        message: "S AAA 2020 is in RATIO, not the series' PT; left out",
        where: { indicator: "TOTAL", area: "AAA", year: 2020 },
      },
    ]);
  });

  it("hands the engine the published decimal, scaled only when a unit multiplier applies", () => {
    const base = { year: 2020, timePeriod: "2020", sourceId: "s" };
    expect(toDataCell({ ...base, value: "0.10", unitMult: 0 })).toBe("0.10");
    expect(toDataCell({ ...base, value: "1.5", unitMult: 3 })).toBe(1500);
  });

  describe("an intensity, divided by a denominator of the same year", () => {
    const intensity = {
      ...indicator("RATIO", "N", {}, 2015),
      denominator: {
        code: "D_RATIO",
        series: "G",
        dimensions: {},
        scaleFactor: 1000,
        ratioUnit: "PT_PER_G",
        ratioUnitLabels: { en: "per G" },
        ratioDecimals: 1,
        note: reason,
      },
    } satisfies ReadinessIndicatorDefinition;
    const units = new Map([
      ["N", "PT"],
      ["G", "USD"],
    ]);
    const g = (area: string, year: number, value: string, extra: Partial<CellObservation> = {}) =>
      observation("G", area, year, value, { unit: "USD", sourceId: "gdp", ...extra });

    it("takes the latest year in which both are published, and says when that is not the latest value", () => {
      const { cells, denominators, diagnostics } = pickReadinessCells({
        indicators: [intensity],
        seriesUnits: units,
        areas: ["AAA", "BBB"],
        observations: [
          // AAA: values 2018 and 2020, GDP 2018 and 2019 only: 2018 with 2018.
          observation("N", "AAA", 2020, "9"),
          observation("N", "AAA", 2018, "6"),
          g("AAA", 2019, "500"),
          g("AAA", 2018, "400"),
          // BBB: value and GDP both in 2021; a GDP of another breakdown does not count.
          observation("N", "BBB", 2021, "3"),
          g("BBB", 2021, "999", { dimensions: { SECTOR: "IND" } }),
          g("BBB", 2021, "300"),
        ],
      });
      expect(cells.get("RATIO")?.get("AAA")).toMatchObject({ value: "6", year: 2018 });
      expect(denominators.get("RATIO")?.get("AAA")).toMatchObject({
        value: "400",
        year: 2018,
        sourceId: "gdp",
      });
      expect(cells.get("RATIO")?.get("BBB")).toMatchObject({ value: "3", year: 2021 });
      expect(denominators.get("RATIO")?.get("BBB")).toMatchObject({ value: "300", year: 2021 });
      expect(diagnostics).toEqual([
        {
          code: "readiness/denominator-year",
          severity: "info",
          message: "RATIO AAA: G has no value for 2020; 2018, the latest year with both, is used",
          where: { indicator: "RATIO", area: "AAA", year: 2018 },
        },
      ]);
    });

    it("leaves the cell without a denominator when no year has both, never taking another year's", () => {
      const { cells, denominators, diagnostics } = pickReadinessCells({
        indicators: [intensity],
        seriesUnits: units,
        areas: ["AAA"],
        observations: [
          observation("N", "AAA", 2017, "5"),
          observation("N", "AAA", 2016, "4"),
          // GDP of neighbouring years, one before the window, and one in another unit.
          g("AAA", 2018, "100"),
          g("AAA", 2014, "100"),
          g("AAA", 2017, "100", { unit: "EUR" }),
        ],
      });
      // The latest value is still shown, so the page can say what is missing.
      expect(cells.get("RATIO")?.get("AAA")).toMatchObject({ value: "5", year: 2017 });
      expect(denominators.get("RATIO")?.has("AAA")).toBe(false);
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
        "readiness/other-unit",
        "readiness/no-denominator",
      ]);
      expect(diagnostics[1]?.message).toBe(
        "RATIO AAA: G has no value in any year of N from 2015 (2016, 2017); the cell is missing",
      );
    });
  });
});
