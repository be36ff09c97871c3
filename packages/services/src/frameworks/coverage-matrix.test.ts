/**
 * The coverage matrix over the real bundled baseline, on PGlite and (with DATABASE_URL)
 * PostgreSQL. Expected years were counted independently from data/baseline/observations.csv
 * with Python's csv module (rows of the linked series and breakdown, grouped by area).
 */
import type { CoverageMatrix } from "@circular-atlas/contracts";
import type { DatabaseHandle } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { importObservations } from "../imports/import-observations.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import { getCoverageMatrix, listFrameworkSummaries, listSeriesFrameworks } from "./coverage-matrix.ts";

// The baseline's display order of the member states (areas.json `sortOrder`).
const members = ["AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TUR", "TKM", "UZB"];

function cellOf(matrix: CoverageMatrix, code: string, area: string) {
  const row = matrix.rows.find((candidate) => candidate.code === code);
  return row?.cells.find((cell) => cell.area === area);
}

for (const target of testDatabaseTargets()) {
  describe(`the coverage matrix on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await target.open();
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
    });
    afterAll(async () => {
      await handle.close();
    });

    it("lists the three frameworks with their groups and indicator counts", async () => {
      const { data } = await listFrameworkSummaries({ db: handle.db });
      expect(
        data.map((framework) => [framework.id, framework.groups.length, framework.indicatorCount]),
      ).toEqual([
        ["unece-oecd-ce", 4, 0],
        ["sdg", 14, 18],
        ["eurostat-ce-2023", 5, 21],
      ]);
    });

    it("gives every SDG indicator one cell per member state, in the areas' order", async () => {
      const matrix = await getCoverageMatrix({ db: handle.db, frameworkId: "sdg" });
      expect(matrix.areas).toEqual(members);
      expect(matrix.rows).toHaveLength(18);
      for (const row of matrix.rows) expect(row.cells.map((cell) => cell.area)).toEqual(members);
    });

    it("counts the years of direct series: DMC 2000–2017 everywhere, hazardous waste missing in Tajikistan", async () => {
      const matrix = await getCoverageMatrix({ db: handle.db, frameworkId: "sdg" });
      expect(cellOf(matrix, "12.2.2", "KAZ")).toMatchObject({
        status: "available",
        firstYear: 2000,
        lastYear: 2017,
        series: ["EN_MAT_DOMCMPT", "EN_MAT_DOMCMPC", "EN_MAT_DOMCMPG"],
      });
      expect(cellOf(matrix, "12.2.2", "KAZ")?.years).toHaveLength(18);
      expect(cellOf(matrix, "12.c.1", "TUR")).toMatchObject({
        status: "available",
        years: [2013, 2015, 2017],
      });
      expect(cellOf(matrix, "12.4.2", "UZB")).toMatchObject({
        status: "available",
        firstYear: 2014,
        lastYear: 2017,
      });
      expect(cellOf(matrix, "12.4.2", "TJK")).toEqual({
        area: "TJK",
        status: "missing",
        years: [],
        firstYear: null,
        lastYear: null,
        series: [],
      });
    });

    it("falls back to a proxy only where no direct series has data, and shows the rest as missing", async () => {
      const matrix = await getCoverageMatrix({ db: handle.db, frameworkId: "sdg" });
      const statuses = (code: string) =>
        Object.fromEntries(cellOfRow(matrix, code).map((cell) => [cell.area, cell.status]));
      // 12.5.1: e-waste recycling (direct) for KAZ and TUR; What a Waste recycling share (proxy)
      // for IRN and PAK; KAZ has both and counts as available.
      expect(statuses("12.5.1")).toMatchObject({
        KAZ: "available",
        TUR: "available",
        IRN: "proxy",
        PAK: "proxy",
      });
      expect(cellOf(matrix, "12.5.1", "IRN")).toMatchObject({ years: [2017], series: ["WAW_MSW_TREATMENT"] });
      expect(Object.values(statuses("12.5.1")).filter((status) => status === "missing")).toHaveLength(6);
      expect(new Set(Object.values(statuses("8.4.1")))).toEqual(new Set(["missing"]));
      expect(statuses("11.6.1")).toEqual({
        AFG: "missing",
        AZE: "proxy",
        IRN: "proxy",
        KAZ: "proxy",
        KGZ: "missing",
        PAK: "missing",
        TJK: "proxy",
        TKM: "missing",
        TUR: "missing",
        UZB: "missing",
      });
    });

    it("counts a value imported from a file as soon as it is published", async () => {
      await importObservations({
        db: handle.db,
        fileName: "tajik-hazardous-waste.csv",
        text: "indicator,area,year,value,unit,source\nEN_HAZ_GENV,TJK,2019,12345,T,Committee for Environmental Protection of Tajikistan (2021)\n",
      });
      const matrix = await getCoverageMatrix({ db: handle.db, frameworkId: "sdg" });
      expect(cellOf(matrix, "12.4.2", "TJK")).toMatchObject({
        status: "available",
        years: [2019],
        series: ["EN_HAZ_GENV"],
      });
    });

    it("refuses an unknown framework, naming the known ones", async () => {
      await expect(getCoverageMatrix({ db: handle.db, frameworkId: "gri" })).rejects.toMatchObject({
        code: "validation-failed",
        details: {
          parameter: "framework",
          value: "gri",
          known: ["unece-oecd-ce", "sdg", "eurostat-ce-2023"],
        },
      });
    });

    it("tells which framework indicators a series stands for", async () => {
      const { data } = await listSeriesFrameworks({ db: handle.db, seriesCode: "EN_EWT_RCYR" });
      expect(data.map((entry) => [entry.framework, entry.code, entry.relation])).toEqual([
        ["sdg", "12.5.1", "direct"],
        ["eurostat-ce-2023", "cei_wm060", "proxy"],
      ]);
    });
  });
}

function cellOfRow(matrix: CoverageMatrix, code: string) {
  return matrix.rows.find((row) => row.code === code)?.cells ?? [];
}
