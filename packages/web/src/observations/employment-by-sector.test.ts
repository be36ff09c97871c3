import type { Observation } from "@circular-atlas/contracts";
import { describe, expect, it } from "vitest";
import { employmentSeries, toEmploymentBySector } from "./employment-by-sector.ts";

function share(code: string, year: number, value: string): Observation {
  return {
    indicator: code,
    area: "KAZ",
    timePeriod: String(year),
    year,
    dimensions: {},
    value,
    unit: "PT",
    unitMult: 0,
    obsStatus: "E",
    nature: "M",
    source: "wb-wdi-datahub",
    sourceDetail: null,
    originalCode: code,
    derivation: null,
    comment: null,
  };
}

describe("toEmploymentBySector", () => {
  it("takes the latest year in which all six shares are published", () => {
    const byCode = new Map(
      employmentSeries.map((series, index) => [
        series.code,
        [
          share(series.code, 2020, String(10 + index)),
          ...(index === 0 ? [share(series.code, 2021, "9")] : []),
        ],
      ]),
    );
    const result = toEmploymentBySector(byCode);
    expect(result?.year).toBe(2020);
    expect(result?.shares[0]).toEqual({ sex: "female", sector: "agriculture", value: 10 });
    expect(result?.shares).toHaveLength(6);
    expect(result?.sources).toEqual(["wb-wdi-datahub"]);
  });

  it("returns null when no year is complete", () => {
    expect(
      toEmploymentBySector(new Map([["SL.AGR.EMPL.FE.ZS", [share("SL.AGR.EMPL.FE.ZS", 2020, "10")]]])),
    ).toBeNull();
  });
});
