import { describe, expect, it } from "vitest";
import { fixtureDimensionCodes, fixtureIndicators } from "../test/fixture-catalogue.ts";
import { fixtureObservations } from "../test/fixture-observations.ts";
import { chooseProfileChart } from "./profile-chart.ts";

function chartFor(code: string, area = "KAZ") {
  const indicator = fixtureIndicators.find((candidate) => candidate.code === code);
  if (!indicator) throw new Error(`missing fixture ${code}`);
  const observations = fixtureObservations.filter((item) => item.indicator === code && item.area === area);
  return chooseProfileChart(indicator, observations, fixtureDimensionCodes);
}

describe("chooseProfileChart", () => {
  it("draws a line for a series of totals", () => {
    const chart = chartFor("SP.POP.TOTL");
    expect(chart.kind).toBe("line");
    if (chart.kind === "line") expect(chart.points[0]).toEqual({ year: 2000, value: 48_000_000 });
  });

  it("stacks one level of a breakdown over time, leaving out children of published parents", () => {
    const chart = chartFor("EN_MAT_DOMCMPC");
    expect(chart.kind).toBe("stacked");
    if (chart.kind === "stacked") expect(chart.codes).toEqual(["BIM", "FOF", "MEO", "NMM"]);
  });

  it("shows a one-year composition as bars", () => {
    const chart = chartFor("EN_MSW_COMP");
    expect(chart).toMatchObject({ kind: "bars", dimension: "WASTE_TYPE", year: 2016 });
  });

  it("lists two-dimension breakdowns as rows, latest year first, in code-list order", () => {
    const chart = chartFor("SL_EMP_SECTOR");
    expect(chart.kind).toBe("table");
    if (chart.kind !== "table") return;
    expect(chart.dimensions).toEqual(["SEX", "ACTIVITY"]);
    expect(chart.rows).toHaveLength(3 * 6);
    expect(chart.rows.slice(0, 2)).toEqual([
      { year: 2017, codes: { SEX: "F", ACTIVITY: "AGR" }, value: 17 },
      { year: 2017, codes: { SEX: "F", ACTIVITY: "IND" }, value: 22 },
    ]);
  });

  it("reports a gap when the country has no observation", () => {
    expect(chartFor("EN_EWT_GENPCAP", "TJK")).toEqual({ kind: "none" });
  });
});
