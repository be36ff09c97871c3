/**
 * The Kyrgyz national SDG set as published (reads ../shared/data/open-sdg-kyrgyzstan-sdmx, and
 * skips where the shared data are absent; CI always has them): nine SDMX-ML files against the
 * NSC's copy of the UN SDG structure, imported as one folder over the real bundled baseline.
 * Counts were checked independently with Python's xml.etree (477 `Obs` elements, 9 files).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type DatabaseHandle,
  findObservations,
  listAreas,
  listIndicators,
  listQualityFlags,
} from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import { importObservations } from "./import-observations.ts";
import type { ImportReport } from "./import-report.ts";
import { readImportFolder } from "./read-import-folder.ts";

const folder = fileURLToPath(new URL("../../../../../shared/data/open-sdg-kyrgyzstan-sdmx", import.meta.url));
const source = "National Statistical Committee of the Kyrgyz Republic, SDG data repository (2025-08-15)";

for (const target of testDatabaseTargets().slice(0, 1)) {
  describe.skipIf(!existsSync(folder))(`the Kyrgyz SDMX-ML set on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let report: ImportReport;
    beforeAll(async () => {
      handle = await target.open();
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      const { files, structure } = await readImportFolder(folder);
      report = await importObservations({
        db: handle.db,
        fileName: "open-sdg-kyrgyzstan-sdmx",
        files,
        structure,
        source,
      });
    }, 120_000);
    afterAll(async () => {
      await handle.close();
    });

    it("reads every observation of the nine files, each code valid against the DSD", () => {
      expect(report.files.map((file) => [file.fileName, file.rowsRead, file.rejected])).toEqual([
        ["data/11.6.1.1.xml", 14, 0],
        ["data/11.6.1.2.xml", 55, 0],
        ["data/12.4.2.xml", 31, 0],
        ["data/6.3.1.xml", 120, 0],
        ["data/7.2.1.1.xml", 34, 0],
        ["data/7.3.1.1.xml", 53, 0],
        ["data/7.3.1.2.xml", 68, 0],
        ["data/9.4.1.1.xml", 84, 0],
        ["data/9.4.1.xml", 18, 0],
      ]);
      expect(report).toMatchObject({ rowsRead: 477, observations: 477, rejected: 0 });
      expect(report.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
      expect(report.inserted + report.updated + report.unchanged + report.flagged).toBe(477);
      // Counted from the import's own report on this set; every held row has at least one flag.
      expect(report).toMatchObject({ inserted: 414, updated: 0, unchanged: 0, flagged: 63 });
    });

    it("maps the oblast codes of 6.3.1 to sub-national areas of KGZ, named from CL_AREA", async () => {
      const rows = await findObservations(handle.db, {
        indicators: ["EN_WWT_WWDS"],
        areas: ["KGZ-KG02"],
        totalsOnly: true,
      });
      expect(rows.length).toBeGreaterThan(0);
      const areas = await listAreas(handle.db);
      expect(areas.find((area) => area.code === "KGZ-KG02")).toMatchObject({
        level: "subnational",
        parentCode: "KGZ",
        names: { en: "Issyk-Kul", ru: "Иссык-Кульская область" },
        nationalCodes: { KG_NSC: "KG02" },
      });
    });

    it("changes nothing when the same set is imported again", async () => {
      const { files, structure } = await readImportFolder(folder);
      const again = await importObservations({ db: handle.db, fileName: "again", files, structure, source });
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 414, flagged: 63, rejected: 0 });
      expect(again.newIndicators).toEqual([]);
    });

    it("registers the national series the DSD defines, named in English and Russian", async () => {
      // The national `_L_KG_*` series and the UN series the baseline does not carry.
      expect([...report.newIndicators].sort()).toEqual([
        "EN_ATM_CO2GDP",
        "EN_ATM_CO2MVA",
        "EN_WWT_WWDS",
        "_L_KG_070201_1A",
        "_L_KG_070201_1B",
        "_L_KG_070301_1",
        "_L_KG_070301_2A",
        "_L_KG_070301_2B",
        "_L_KG_090401_1",
        "_L_KG_110601_1",
        "_L_KG_110601_1A",
      ]);
      const indicator = (await listIndicators(handle.db)).find((row) => row.code === "_L_KG_110601_1");
      expect(indicator).toMatchObject({
        names: {
          en: "Amount of municipal solid waste collected per capita, in kg",
          ru: "Объем вывезенных твердых бытовых отходов (в расчете на одного человека), кг",
        },
        unit: "KG",
        unitLabels: { en: "Kilograms", ru: "Килограммы" },
        sdgIndicators: ["11.6.1"],
        topic: "waste",
      });
      const rows = await findObservations(handle.db, {
        indicators: ["_L_KG_110601_1"],
        areas: ["KGZ"],
        totalsOnly: true,
      });
      expect(rows.map((row) => [row.timePeriod, row.value, row.unit]).slice(0, 1)).toEqual([
        ["2010", "214.643352", "KG"],
      ]);
    });

    it("holds the lost-decimal 12.4.2 values for review instead of publishing them", async () => {
      const held = report.flags.filter((flag) => flag.indicator === "EN_HAZ_PCAP");
      const percent = held
        .filter((flag) => flag.ruleId === "percent-range")
        .map((flag) => [flag.timePeriod, flag.value]);
      expect(percent).toContainEqual(["2015", "467"]);
      expect(held.some((flag) => flag.ruleId === "year-on-year-jump" && flag.timePeriod === "2015")).toBe(
        true,
      );
      const published = await findObservations(handle.db, {
        indicators: ["EN_HAZ_PCAP"],
        areas: ["KGZ"],
        totalsOnly: false,
      });
      expect(published.map((row) => row.value)).not.toContain("18337");
      expect(published.map((row) => row.value)).not.toContain("467");
      const open = await listQualityFlags(handle.db, {
        states: ["open"],
        indicators: ["EN_HAZ_PCAP"],
        areas: ["KGZ"],
      });
      expect(open.map(({ version }) => version.value)).toContain("467");
    });
  });
}
