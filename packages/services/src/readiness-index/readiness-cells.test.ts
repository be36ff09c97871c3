/**
 * The cell picker on hand-made observations: the latest year inside the window wins, older
 * values and other breakdowns never stand in, a value in another unit is left out with a
 * diagnostic, and a unit multiplier scales only the engine's copy of the value.
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
});
