/**
 * The public history on a real database: corrections supersede, withdrawals close a version,
 * held values never appear (only in the count), and `queryObservations` with `asOf` answers with
 * what was published at that moment.
 */
import type { DatabaseHandle } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importObservations } from "../imports/import-observations.ts";
import { ServiceError } from "../service-error.ts";
import { countValuesAwaitingReview, getObservationHistory } from "./observation-history.ts";
import { queryObservations } from "./query-observations.ts";

const header = "indicator,area,year,value,unit,source\n";
const row = (year: number, value: string) => `EN_MAT_DOMCMPC,KAZ,${year},${value},T_PER_CAP,test-source\n`;

for (const target of testDatabaseTargets()) {
  describe(`observation history on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
      await importObservations({
        db: handle.db,
        fileName: "first.csv",
        text: `${header}${row(2015, "10.2")}${row(2016, "10.4")}`,
      });
    });
    afterEach(async () => {
      await handle.close();
    });

    const states = async () =>
      (await getObservationHistory({ db: handle.db, indicator: "en_mat_domcmpc", area: "kaz" })).data.map(
        (version) => `${version.timePeriod} v${version.version} ${version.value} ${version.state}`,
      );

    it("lists corrections and withdrawals, never a held value, with each version's import", async () => {
      await importObservations({
        db: handle.db,
        fileName: "/data/nsc/second.csv",
        text: `${header}${row(2015, "10.3")}`,
      });
      // ×10 against the published 10.4: held for review, counted, never in the public history.
      await importObservations({
        db: handle.db,
        fileName: "shifted.csv",
        text: `${header}${row(2016, "104")}`,
      });
      // A withdrawal is a delete; the history trigger closes the version (migration 0005).
      await handle.db.execute(
        sql`delete from observation where indicator_code = 'EN_MAT_DOMCMPC' and area_code = 'KAZ' and time_period = '2016'`,
      );
      expect(await states()).toEqual([
        "2015 v2 10.3 published",
        "2015 v1 10.2 superseded",
        "2016 v1 10.4 withdrawn",
      ]);
      const history = await getObservationHistory({
        db: handle.db,
        indicator: "EN_MAT_DOMCMPC",
        area: "KAZ",
        timePeriod: "2015",
      });
      // The server's directories stay private: the file's name only.
      expect(history.data.map((version) => version.import.fileName)).toEqual(["second.csv", "first.csv"]);
      expect(history.data[0]?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/);
      expect(history.data[1]?.supersededAt).toBe(history.data[0]?.publishedAt);
      expect(await countValuesAwaitingReview({ db: handle.db, indicator: "EN_MAT_DOMCMPC" })).toEqual({
        indicator: "EN_MAT_DOMCMPC",
        total: 1,
        data: [{ area: "KAZ", count: 1 }],
      });
    });

    it("answers asOf with the values in force at that moment", async () => {
      const [first] = (
        await getObservationHistory({
          db: handle.db,
          indicator: "EN_MAT_DOMCMPC",
          area: "KAZ",
          timePeriod: "2015",
        })
      ).data;
      await importObservations({
        db: handle.db,
        fileName: "second.csv",
        text: `${header}${row(2015, "10.3")}`,
      });
      const values = async (asOf?: string) =>
        (
          await queryObservations({
            db: handle.db,
            selection: { indicators: ["EN_MAT_DOMCMPC"], areas: ["KAZ"], breakdown: "total", asOf },
          })
        ).data.map((item) => `${item.timePeriod}=${item.value}`);
      expect(await values()).toEqual(["2015=10.3", "2016=10.4"]);
      expect(await values(first?.publishedAt ?? "")).toEqual(["2015=10.2", "2016=10.4"]);
      expect(await values("1999-12-31")).toEqual([]);
    });

    it("finds one breakdown whatever the order of its pairs, and names a malformed one", async () => {
      expect(
        (
          await getObservationHistory({
            db: handle.db,
            indicator: "EN_MAT_DOMCMPC",
            area: "KAZ",
            breakdown: "",
          })
        ).data,
      ).toHaveLength(2);
      expect(
        (
          await getObservationHistory({
            db: handle.db,
            indicator: "EN_MAT_DOMCMPC",
            area: "KAZ",
            breakdown: "B=2;A=1",
          })
        ).data,
      ).toEqual([]);
      const error = await getObservationHistory({
        db: handle.db,
        indicator: "EN_MAT_DOMCMPC",
        area: "KAZ",
        breakdown: "SEX",
      }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe("validation-failed");
      const unknown = await getObservationHistory({
        db: handle.db,
        indicator: "EN_MAT_DOMCMPC",
        area: "XXX",
      }).catch((caught: unknown) => caught);
      expect((unknown as ServiceError).code).toBe("unknown-area");
    });
  });
}
