/**
 * The framework tables on PGlite and (with DATABASE_URL) PostgreSQL: a replace removes what the
 * new catalogue dropped, links must name a stored series, and the published years per series
 * and area come back ascending.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./atlas-database.ts";
import {
  listFrameworkGroups,
  listFrameworkIndicators,
  listFrameworkSeries,
  listFrameworks,
  listSeriesYears,
  replaceFrameworks,
} from "./queries/frameworks.ts";
import { createImportBatch, writeObservations } from "./queries/observations.ts";
import { seedReferenceData } from "./testing/fixtures.ts";
import { testDatabaseTargets } from "./testing/test-databases.ts";

const source = { title: "Doc", publisher: "Pub", year: 2023, url: "https://example.org", locator: "p. 1" };

function catalogue(seriesCode = "EN_MAT_DOMCMPC") {
  return {
    frameworks: [
      { id: "sdg", names: { en: "SDG" }, source, notes: "", sortOrder: 1 },
      { id: "other", names: { en: "Other" }, source, notes: "", sortOrder: 2 },
    ],
    groups: [
      { frameworkId: "sdg", code: "12.2", names: { en: "Target 12.2" }, sortOrder: 1 },
      { frameworkId: "other", code: "g", names: { en: "Group" }, sortOrder: 1 },
    ],
    indicators: [
      { frameworkId: "sdg", code: "12.2.2", groupCode: "12.2", names: { en: "DMC" }, source, sortOrder: 1 },
      { frameworkId: "other", code: "x", groupCode: "g", names: { en: "X" }, source, sortOrder: 1 },
    ],
    series: [
      {
        frameworkId: "sdg",
        frameworkIndicatorCode: "12.2.2",
        seriesCode,
        relation: "direct" as const,
        dimensionKey: "",
        reason: "UN series",
        sortOrder: 1,
      },
      {
        frameworkId: "other",
        frameworkIndicatorCode: "x",
        seriesCode: "SP.POP.TOTL",
        relation: "proxy" as const,
        dimensionKey: "",
        reason: "stand-in",
        sortOrder: 1,
      },
    ],
  };
}

for (const target of testDatabaseTargets()) {
  describe(`framework tables on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
    });
    afterEach(async () => {
      await handle.close();
    });

    it("replaces the catalogue whole, cascading what the new one dropped", async () => {
      await replaceFrameworks(handle.db, catalogue());
      const full = catalogue();
      await replaceFrameworks(handle.db, {
        frameworks: full.frameworks.slice(0, 1),
        groups: full.groups.slice(0, 1),
        indicators: full.indicators.slice(0, 1),
        series: full.series.slice(0, 1),
      });
      expect((await listFrameworks(handle.db)).map((row) => row.id)).toEqual(["sdg"]);
      expect((await listFrameworkGroups(handle.db)).map((row) => row.code)).toEqual(["12.2"]);
      expect(await listFrameworkIndicators(handle.db, "other")).toEqual([]);
      expect((await listFrameworkSeries(handle.db, {})).map((row) => row.seriesCode)).toEqual([
        "EN_MAT_DOMCMPC",
      ]);
      expect(
        (await listFrameworkSeries(handle.db, { seriesCode: "EN_MAT_DOMCMPC" }))[0]?.frameworkIndicatorCode,
      ).toBe("12.2.2");
    });

    it("refuses a link to a series the database does not hold, and keeps the old catalogue", async () => {
      await replaceFrameworks(handle.db, catalogue());
      await expect(
        handle.db.transaction((tx) => replaceFrameworks(tx, catalogue("NOT_A_SERIES"))),
      ).rejects.toThrow();
      expect((await listFrameworks(handle.db)).map((row) => row.id)).toEqual(["sdg", "other"]);
    });

    it("lists the years with a published value per series, breakdown and area, ascending", async () => {
      const importId = await createImportBatch(handle.db, { kind: "file", format: "csv", fileName: "t.csv" });
      const row = (year: number, areaCode: string) => ({
        indicatorCode: "EN_MAT_DOMCMPC",
        areaCode,
        timePeriod: String(year),
        year,
        dimensionKey: "",
        dimensions: {},
        value: "1.5",
        unit: "T_PER_CAP",
        unitMult: 0,
        obsStatus: "A",
        nature: null,
        sourceId: "test-source",
        sourceDetail: null,
        originalCode: "EN_MAT_DOMCMPC",
        derivation: null,
        comment: null,
      });
      await writeObservations(handle.db, [row(2017, "KAZ"), row(2001, "KAZ"), row(2010, "UZB")], importId, {
        keepImported: false,
      });
      const years = await listSeriesYears(handle.db, ["EN_MAT_DOMCMPC", "SP.POP.TOTL"]);
      const byArea = Object.fromEntries(years.map((entry) => [entry.areaCode, entry.years]));
      expect(byArea).toEqual({ KAZ: [2001, 2017], UZB: [2010] });
      expect(await listSeriesYears(handle.db, [])).toEqual([]);
    });
  });
}
