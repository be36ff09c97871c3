/**
 * The Kazakh national SDG set as published (reads ../shared/data/open-sdg-kazakhstan, and skips
 * where the shared data are absent; CI always has them): 273 Open SDG data CSVs with their
 * translations, imported as one folder over the real bundled baseline. The row count (45,580
 * values) and the 176 rows that repeat a year, unit and breakdown within their file were counted
 * independently with Python's csv module; the other rejections are the publisher's too: area codes
 * its REF_AREA translations do not define (KZ01…KZ18, KZUKK, KZDMB, KZAYB) and a series given in
 * two files (_L_KZ_DD_MSD in 2-2-1 and 2-2-2).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DatabaseHandle, findObservations, listAreas, listIndicators } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import { importObservations } from "./import-observations.ts";
import type { ImportReport } from "./import-report.ts";
import { readOpenSdgRepository } from "./read-import-folder.ts";

const folder = fileURLToPath(new URL("../../../../../shared/data/open-sdg-kazakhstan", import.meta.url));
const source = "Bureau of National Statistics of the Republic of Kazakhstan, national SDG reporting platform";

for (const target of testDatabaseTargets().slice(0, 1)) {
  describe.skipIf(!existsSync(folder))(`the Kazakh Open SDG set on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let report: ImportReport;
    beforeAll(async () => {
      handle = await target.open();
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      const repository = await readOpenSdgRepository(folder, "KAZ");
      if (repository === null) throw new Error(`${folder} is not an Open SDG repository`);
      report = await importObservations({
        db: handle.db,
        fileName: "open-sdg-kazakhstan",
        files: repository.files,
        dictionary: repository.dictionary,
        area: "KAZ",
        source,
        partial: true,
      });
    }, 180_000);
    afterAll(async () => {
      await handle.close();
    });

    it("reads every value of the 273 files and rejects only the publisher's duplicates and undefined areas", () => {
      expect(report.files).toHaveLength(273);
      expect(report.files.filter((file) => file.rowsRead === 0)).toHaveLength(67);
      expect(report).toMatchObject({
        rowsRead: 45_580,
        observations: 44_785,
        rejected: 795,
        rejectedByReason: {
          "open-sdg/duplicate": 176,
          "import/unknown-area": 504,
          "import/duplicate-key": 115,
        },
      });
      expect(report.inserted + report.updated + report.unchanged + report.flagged).toBe(44_785);
      expect(report).toMatchObject({ inserted: 42_008, updated: 0, unchanged: 0, flagged: 2_777 });
      expect(report.newIndicators).toHaveLength(301);
    });

    it("registers each file as a national series named from its translations, in its own unit", async () => {
      const indicator = (await listIndicators(handle.db)).find((row) => row.code === "KAZ_12-4-2");
      expect(indicator).toMatchObject({
        names: { en: "Hazardous waste generation" },
        unit: "T_PERCAP",
        sdgIndicators: ["12.4.2"],
        topic: "waste",
      });
      const rows = await findObservations(handle.db, {
        indicators: ["KAZ_12-4-2"],
        areas: ["KAZ"],
        totalsOnly: true,
      });
      // 2010's 55.77 t per person stands far from the series' other values: held for review.
      expect(rows.slice(0, 2).map((row) => [row.timePeriod, row.value])).toEqual([
        ["2011", "25.41"],
        ["2012", "21.2"],
      ]);
      const held = report.flags.filter((flag) => flag.indicator === "KAZ_12-4-2");
      expect(held.map((flag) => [flag.timePeriod, flag.value, flag.ruleId])).toEqual([
        ["2010", "55.77", "z-score-outlier"],
      ]);
      // 9-2-1 gives a share and a value in dollars for the same years: one series per unit.
      const codes = (await listIndicators(handle.db)).map((row) => row.code);
      expect(codes).toEqual(
        expect.arrayContaining(["KAZ_9-2-1.PT_IN_2010_PRICE", "KAZ_9-2-1.USD_IN_2010_PRICE"]),
      );
    });

    it("maps region codes to sub-national areas of KAZ named in Kazakh, Russian and English", async () => {
      const area = (await listAreas(handle.db)).find((row) => row.code === "KAZ-KZAKM");
      expect(area).toMatchObject({
        level: "subnational",
        parentCode: "KAZ",
        names: { en: "Akmola", ru: "Акмолинская", kk: "Ақмола" },
        nationalCodes: { KAZ: "KZAKM" },
      });
      const regional = await findObservations(handle.db, {
        indicators: ["KAZ_11-6-1"],
        areas: ["KAZ-KZAKM"],
        totalsOnly: true,
      });
      expect(regional.length).toBeGreaterThan(0);
    });

    it("finds nothing to change when the same set is checked again", async () => {
      const repository = await readOpenSdgRepository(folder, "KAZ");
      if (repository === null) throw new Error("not a repository");
      const again = await importObservations({
        db: handle.db,
        fileName: "again",
        files: repository.files,
        dictionary: repository.dictionary,
        area: "KAZ",
        source,
        partial: true,
        dryRun: true,
      });
      expect(again).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: 42_008,
        flagged: 2_777,
        rejected: 795,
      });
      expect(again.newIndicators).toEqual([]);
    }, 60_000);
  });
}
