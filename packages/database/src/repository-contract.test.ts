/**
 * The repository contract: every query behaves the same on PGlite and on PostgreSQL 15. The
 * suite runs on in-memory PGlite always and on a throw-away PostgreSQL database when
 * DATABASE_URL is set (CI sets it).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./atlas-database.ts";
import { migrateDatabase, migrationStatus } from "./migrate.ts";
import { appStateKeys, bumpDataVersion, readAppState, writeAppState } from "./queries/app-state.ts";
import {
  countObservations,
  createImportBatch,
  deleteStaleBaselineObservations,
  findAreaObservations,
  findObservations,
  indicatorCoverage,
  type NewObservation,
  writeObservations,
} from "./queries/observations.ts";
import { listAreas, listDimensionCodes, listIndicators, listSources } from "./queries/reference-data.ts";
import { seedReferenceData } from "./testing/fixtures.ts";
import { testDatabaseTargets } from "./testing/test-databases.ts";

function observationOf(
  overrides: Partial<NewObservation> & Pick<NewObservation, "areaCode" | "timePeriod" | "value">,
): NewObservation {
  return {
    indicatorCode: "EN_MAT_DOMCMPC",
    year: Number(overrides.timePeriod.slice(0, 4)),
    dimensionKey: "",
    dimensions: {},
    unit: "T_PER_CAP",
    sourceId: "test-source",
    originalCode: "en_mat_domcmpc",
    ...overrides,
  };
}

for (const target of testDatabaseTargets()) {
  describe(`repository contract on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
    });
    afterEach(async () => {
      await handle.close();
    });

    it("reports migrations up to date, and migrating again applies nothing", async () => {
      const status = await migrationStatus(handle.db);
      expect(status.pending).toEqual([]);
      expect(status.newerThanApp).toBe(false);
      expect(status.applied).toBe(status.available);
      expect(await migrateDatabase(handle.db)).toEqual([]);
    });

    it("reads reference data back in display order", async () => {
      expect((await listAreas(handle.db)).map((area) => area.code)).toEqual(["ECO", "KAZ", "UZB"]);
      expect((await listIndicators(handle.db)).map((indicator) => indicator.code)).toEqual([
        "SP.POP.TOTL",
        "EN_MAT_DOMCMPC",
      ]);
      expect((await listSources(handle.db, ["test-source"]))[0]?.licence).toBe("CC BY 4.0");
      expect(await listSources(handle.db, [])).toEqual([]);
      expect((await listDimensionCodes(handle.db, ["TYPE_OF_PRODUCT"]))[0]?.names["fa"]).toBe("زیست‌توده");
    });

    it("keeps decimal values exactly as written", async () => {
      const importId = await createImportBatch(handle.db, { kind: "file", format: "test" });
      const values = ["7.40", "0.000123", "123456789012345.6789", "-3"];
      await writeObservations(
        handle.db,
        values.map((value, index) =>
          observationOf({ areaCode: "KAZ", timePeriod: String(2000 + index), value }),
        ),
        importId,
        { keepImported: false },
      );
      const rows = await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: true });
      expect(rows.map((row) => row.value)).toEqual(values);
    });

    it("counts inserts and updates, and filters by area, years and breakdown", async () => {
      const importId = await createImportBatch(handle.db, { kind: "file", format: "test" });
      const first = await writeObservations(
        handle.db,
        [
          observationOf({ areaCode: "KAZ", timePeriod: "2016", value: "28.1" }),
          observationOf({ areaCode: "KAZ", timePeriod: "2017", value: "30.3" }),
          observationOf({ areaCode: "UZB", timePeriod: "2017", value: "10.1" }),
          observationOf({
            areaCode: "KAZ",
            timePeriod: "2017",
            value: "1.2",
            dimensionKey: "TYPE_OF_PRODUCT=BIM",
            dimensions: { TYPE_OF_PRODUCT: "BIM" },
          }),
        ],
        importId,
        { keepImported: false },
      );
      expect(first).toEqual({ inserted: 4, updated: 0, kept: 0 });
      const second = await writeObservations(
        handle.db,
        [observationOf({ areaCode: "KAZ", timePeriod: "2017", value: "30.4" })],
        importId,
        { keepImported: false },
      );
      expect(second).toEqual({ inserted: 0, updated: 1, kept: 0 });
      const kazTotals = await findObservations(handle.db, {
        indicators: ["EN_MAT_DOMCMPC"],
        areas: ["KAZ"],
        from: 2017,
        to: 2017,
        totalsOnly: true,
      });
      expect(kazTotals.map((row) => [row.areaCode, row.timePeriod, row.value])).toEqual([
        ["KAZ", "2017", "30.4"],
      ]);
      const everything = await findObservations(handle.db, {
        indicators: ["EN_MAT_DOMCMPC"],
        totalsOnly: false,
      });
      expect(everything).toHaveLength(4);
      expect((await findAreaObservations(handle.db, "KAZ")).map((row) => row.dimensionKey)).toEqual([
        "",
        "",
        "TYPE_OF_PRODUCT=BIM",
      ]);
      const coverage = await indicatorCoverage(handle.db);
      expect(coverage.get("EN_MAT_DOMCMPC")).toEqual({
        firstYear: 2016,
        lastYear: 2017,
        years: [2016, 2017],
        areaCount: 2,
      });
    });

    it("never lets a baseline refresh overwrite an imported value, and drops stale baseline rows", async () => {
      const oldBaseline = await createImportBatch(handle.db, { kind: "baseline", format: "baseline" });
      await writeObservations(
        handle.db,
        [
          observationOf({ areaCode: "KAZ", timePeriod: "2016", value: "1" }),
          observationOf({ areaCode: "KAZ", timePeriod: "2017", value: "2" }),
          observationOf({ areaCode: "UZB", timePeriod: "2017", value: "3" }),
        ],
        oldBaseline,
        { keepImported: true },
      );
      const fileImport = await createImportBatch(handle.db, { kind: "file", format: "long-csv" });
      await writeObservations(
        handle.db,
        [observationOf({ areaCode: "KAZ", timePeriod: "2017", value: "2.5" })],
        fileImport,
        {
          keepImported: false,
        },
      );
      const newBaseline = await createImportBatch(handle.db, { kind: "baseline", format: "baseline" });
      const counts = await writeObservations(
        handle.db,
        [
          observationOf({ areaCode: "KAZ", timePeriod: "2017", value: "9" }),
          observationOf({ areaCode: "UZB", timePeriod: "2017", value: "3.1" }),
        ],
        newBaseline,
        { keepImported: true },
      );
      expect(counts).toEqual({ inserted: 0, updated: 1, kept: 1 });
      expect(await deleteStaleBaselineObservations(handle.db, newBaseline)).toBe(1);
      const rows = await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: true });
      expect(rows.map((row) => [row.areaCode, row.timePeriod, row.value])).toEqual([
        ["KAZ", "2017", "2.5"],
        ["UZB", "2017", "3.1"],
      ]);
      expect(await countObservations(handle.db, "baseline")).toBe(1);
      expect(await countObservations(handle.db)).toBe(2);
    });

    it("stores app state and bumps the data version", async () => {
      expect(await readAppState(handle.db, appStateKeys.dataVersion)).toBeNull();
      await bumpDataVersion(handle.db);
      await bumpDataVersion(handle.db);
      expect(await readAppState(handle.db, appStateKeys.dataVersion)).toBe("2");
      await writeAppState(handle.db, appStateKeys.baselineVersion, "abc");
      expect(await readAppState(handle.db, appStateKeys.baselineVersion)).toBe("abc");
    });
  });
}
