import type { FrameworkSeriesLink } from "@circular-atlas/contracts";
import { describe, expect, it } from "vitest";
import { coverageCell, seriesKey } from "./coverage-cell.ts";

const direct: FrameworkSeriesLink = { series: "D", relation: "direct", dimensionKey: "", reason: "r" };
const other: FrameworkSeriesLink = { series: "E", relation: "direct", dimensionKey: "", reason: "r" };
const proxy: FrameworkSeriesLink = { series: "P", relation: "proxy", dimensionKey: "X=1", reason: "r" };

describe("coverageCell", () => {
  it("is available with the union of the direct series' years, first and last", () => {
    const published = new Map([
      [seriesKey("D", "", "KAZ"), [2001, 2003]],
      [seriesKey("E", "", "KAZ"), [2003, 2005]],
      [seriesKey("P", "X=1", "KAZ"), [1999]],
    ]);
    expect(coverageCell("KAZ", [direct, other, proxy], published)).toEqual({
      area: "KAZ",
      status: "available",
      years: [2001, 2003, 2005],
      firstYear: 2001,
      lastYear: 2005,
      series: ["D", "E"],
    });
  });

  it("is proxy when only a proxy has data, counting only the breakdown the link names", () => {
    const published = new Map([
      [seriesKey("P", "X=1", "TJK"), [2016]],
      [seriesKey("P", "", "TJK"), [2010]],
      [seriesKey("D", "", "KAZ"), [2001]],
    ]);
    expect(coverageCell("TJK", [direct, proxy], published)).toMatchObject({
      status: "proxy",
      years: [2016],
      series: ["P"],
    });
  });

  it("is missing, with no years invented, when no linked series has data or nothing is linked", () => {
    const missing = {
      area: "UZB",
      status: "missing",
      years: [],
      firstYear: null,
      lastYear: null,
      series: [],
    };
    expect(coverageCell("UZB", [direct, proxy], new Map())).toEqual(missing);
    expect(coverageCell("UZB", [], new Map([[seriesKey("D", "", "UZB"), [2000]]]))).toEqual(missing);
  });
});
