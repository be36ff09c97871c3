/**
 * The Kazakh national SDG set as published (reads ../shared/data/open-sdg-kazakhstan, and skips
 * where the shared data are absent; CI always has them): 273 Open SDG data CSVs with their
 * translations, imported as one folder over the real bundled baseline. The counts were derived
 * independently with a Python script over the CSVs (csv module; the missing-value markers, the
 * per-file key of year, unit and breakdown, the translations' REF_AREA codes and the GeoCode
 * table of data/baseline/regions.json): 45,580 values; 176 rows repeat a year, unit and
 * breakdown within their file; 115 give a series already given by another file (_L_KZ_DD_MSD in
 * 2-2-1 and 2-2-2). Of the 504 rows that used to be rejected for their area, the 492 with a
 * GeoCode beside REF_AREA now resolve: 346 name one region by both codes and are imported, 146
 * name two (17-3-1-3 gives KZ03 to every region from 2018; 2-3-1 shifts REF_AREA by a row from
 * 2018; KZONT, South Kazakhstan before 2018, drawn on Turkistan's KZ10) and are rejected as
 * conflicting. 12 keep codes nobody defines: KZUKK, KZDMB, KZAYB (11-6-2, 2021–2023, in no
 * translation and no boundary) and KZAP (8-3-1-1).
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
    }, 600_000);
    afterAll(async () => {
      await handle.close();
    });

    it("reads every value of the 273 files and rejects only the publisher's duplicates, undefined and contradictory areas", () => {
      expect(report.files).toHaveLength(273);
      expect(report.files.filter((file) => file.rowsRead === 0)).toHaveLength(67);
      expect(report).toMatchObject({
        rowsRead: 45_580,
        observations: 45_131,
        rejected: 449,
        rejectedByReason: {
          "open-sdg/duplicate": 176,
          "import/unknown-area": 12,
          "import/conflicting-area": 146,
          "import/duplicate-key": 115,
        },
      });
      expect(report.inserted + report.updated + report.unchanged + report.flagged).toBe(45_131);
      // How the 45,131 split between published and held is the quality rules' verdict, as run.
      expect(report).toMatchObject({ inserted: 42_340, updated: 0, unchanged: 0, flagged: 2_791 });
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

    it("reads a region by its GeoCode as by its REF_AREA, and rejects a row whose two codes disagree", async () => {
      // 2-3-1 gives Akmola as REF_AREA KZAKM with GeoCode KZ03 for 2010–2023.
      const akmola = await findObservations(handle.db, {
        indicators: ["KAZ_2-3-1"],
        areas: ["KAZ-KZAKM"],
        totalsOnly: true,
      });
      expect(akmola.map((row) => row.timePeriod)).toContain("2010");
      // Its row 149 (2018) says REF_AREA KZPAV but GeoCode KZ10, Turkistan's map code.
      const conflict = report.diagnostics.find(
        (diagnostic) => diagnostic.file?.endsWith("indicator_2-3-1.csv") === true && diagnostic.row === 149,
      );
      expect(conflict).toMatchObject({
        code: "import/conflicting-area",
        columnName: "GeoCode",
        message: "GeoCode KZ10 is KAZ-KZYUZ, but REF_AREA KZPAV is KAZ-KZPAV: the row names two areas",
      });
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
        unchanged: 42_340,
        flagged: 2_791,
        rejected: 449,
      });
      expect(again.newIndicators).toEqual([]);
    }, 300_000);
  });
}
