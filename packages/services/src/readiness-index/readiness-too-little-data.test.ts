/**
 * The readiness index when a member has too little data, on the real baseline with some of
 * Tajikistan's observations deleted, as golden/readiness-index.R deletes them from
 * observations.csv (its `tajikistanThinned` case): it is listed but not ranked, a value without a
 * GDP of its own year is missing rather than divided by another year's, and the other nine are
 * ranked among themselves exactly as R ranks them.
 */
import type { ReadinessIndex } from "@circular-atlas/contracts";
import type { DatabaseHandle } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import {
  readinessCell as cell,
  expectMatchesReference,
  type Reference,
} from "../testing/readiness-reference.ts";
import { computeReadinessIndex } from "./compute-readiness-index.ts";
import golden from "./golden/readiness-index.json" with { type: "json" };

for (const target of testDatabaseTargets()) {
  describe(`a member with too little data on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let index: ReadinessIndex;
    const thinned = golden.tajikistanThinned as Reference;
    beforeAll(async () => {
      handle = await target.open();
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      // Tajikistan loses three series and its GDP PPP of 2013 and 2020 (as the R script does):
      // its 2013 waste figure then has no GDP of its year, so it has 8 of 12 indicators.
      await handle.db.execute(
        sql`delete from observation where area_code = 'TJK' and (indicator_code in ('EN_MAT_DOMCMPG', 'EG.FEC.RNEW.ZS', 'EG.ELC.RNEW.ZS') or (indicator_code = 'NY.GDP.MKTP.PP.CD' and time_period in ('2013', '2020')))`,
      );
      index = await computeReadinessIndex({ db: handle.db, replications: 200 });
    });
    afterAll(async () => {
      await handle.close();
    });

    it("lists it as not ranked, with its coverage and inputs but no score, rank or interval", () => {
      const tajikistan = index.countries.find((country) => country.area === "TJK");
      expect(tajikistan).toMatchObject({
        status: "insufficient-data",
        coverage: { available: 8, total: 12 },
        score: null,
        rank: null,
        rankInterval: null,
      });
      expect(tajikistan?.pillars.every((pillar) => pillar.score === null && pillar.rank === null)).toBe(true);
      expect(cell(index, "TJK", "ENERGY_INT")).toMatchObject({ value: "4.03", normalised: null });
    });

    it("never divides by the GDP of another year: a value without its year's GDP is missing", () => {
      // The waste figure is still shown, with no denominator, and the index cell is missing.
      expect(cell(index, "TJK", "MSW_GDP")).toMatchObject({
        value: "1787400",
        year: 2013,
        denominator: { value: null, year: null, source: null },
        indicatorValue: null,
        imputed: false,
      });
      // CO2 of 2020 has no GDP of 2020: the latest year with both, 2019, is used, and said.
      // observations.csv: CDIAC_CO2,TJK,2019 = 8.61; NY.GDP.MKTP.PP.CD,TJK,2019 = 32973431253.
      expect(cell(index, "TJK", "CO2_GDP")).toMatchObject({
        value: "8.61",
        year: 2019,
        denominator: { value: "32973431253", year: 2019 },
      });
      expect(cell(index, "TJK", "CO2_GDP")?.indicatorValue).toBeCloseTo(8.61 / 32.973431253, 12);
      expect(index.diagnostics).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            code: "readiness/no-denominator",
            severity: "warning",
            where: { indicator: "MSW_GDP", area: "TJK" },
          }),
          expect.objectContaining({
            code: "readiness/denominator-year",
            severity: "info",
            where: { indicator: "CO2_GDP", area: "TJK", year: 2019 },
          }),
        ]),
      );
    });

    it("ranks the other nine among themselves, as the R reference does without Tajikistan", () => {
      expectMatchesReference(index, thinned);
      expect(index.uncertainty.replications).toBe(200);
      const ranks = index.countries.flatMap((country) => (country.rank === null ? [] : [country.rank]));
      expect([...ranks].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  });
}
