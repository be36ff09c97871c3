import { scaleQuantile } from "d3-scale";
import { schemeYlGnBu } from "d3-scale-chromatic";
import { describe, expect, it } from "vitest";
import { fixtureObservations } from "../test/fixture-observations.ts";
import { createChoroplethScale, noDataColor, ylGnBu } from "./choropleth-scale.ts";
import { defaultMapYear, toMapData } from "./map-values.ts";

describe("createChoroplethScale", () => {
  const scale = createChoroplethScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it("splits ten values into five quantile classes of two", () => {
    expect(scale.classes.map((entry) => [entry.from, entry.to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
  });

  it("colours low values light and high values dark on YlGnBu", () => {
    expect(scale.colorOf(1)).toBe("#ffffcc");
    expect(scale.colorOf(10)).toBe("#253494");
    expect(scale.colorOf(5)).toBe(scale.colorOf(6));
  });

  it("gives missing values the no-data colour", () => {
    expect(scale.colorOf(null)).toBe(noDataColor);
    expect(scale.colorOf(undefined)).toBe(noDataColor);
    expect(scale.colorOf(Number.NaN)).toBe(noDataColor);
  });

  it("agrees with d3's quantile scale and ColorBrewer scheme", () => {
    const values = [1.17, 3.95, 9.39, 15.95, 5.31, 2.93, 1.52, 9.86, 7.13, 8.34];
    const d3Scale = scaleQuantile<string>()
      .domain(values)
      .range(schemeYlGnBu[5] ?? []);
    const ours = createChoroplethScale(values);
    for (const value of values) expect(ours.colorOf(value)).toBe(d3Scale(value));
    for (const count of [3, 4, 5] as const) expect(ylGnBu[count]).toEqual(schemeYlGnBu[count]);
  });

  it("uses fewer classes when there are fewer distinct values", () => {
    expect(createChoroplethScale([4, 4, 9]).classes).toHaveLength(2);
    expect(createChoroplethScale([]).classes).toHaveLength(0);
  });
});

describe("toMapData and defaultMapYear", () => {
  const ewaste = fixtureObservations.filter((item) => item.indicator === "EN_EWT_GENPCAP");

  it("leaves countries without a value out", () => {
    const data = toMapData(ewaste, 2010);
    expect(data.size).toBe(8);
    expect(data.has("TJK")).toBe(false);
    expect(data.get("KAZ")).toMatchObject({ year: 2010, exact: "20.8", sourceId: "unsd-sdg" });
  });

  it("opens on the latest year with the widest coverage", () => {
    expect(defaultMapYear(ewaste)).toBe(2017);
    expect(defaultMapYear([])).toBeNull();
  });
});
