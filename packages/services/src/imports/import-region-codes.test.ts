/**
 * A Kazakh region named by its data code (REF_AREA `KZAKM`), by its map code (GeoCode `KZ03`),
 * or by both is one area, `KAZ-KZAKM`, whose codes come from the bundled baseline's
 * `regions.json`. A row whose two codes name different regions is rejected, naming both, and so
 * is a code nobody defines. The rows are typed here after the real files' shape (Kazstat's
 * 17-3-1-2: `Year,UNIT_MEASURE,REF_AREA,GeoCode,Value`); the values are made up.
 */
import { type DatabaseHandle, findObservations, listAreas, upsertAreas } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import { openSdgDictionary } from "./code-dictionary.ts";
import { importObservations } from "./import-observations.ts";
import type { ImportReport } from "./import-report.ts";

const text = [
  "Year,UNIT_MEASURE,REF_AREA,GeoCode,Value",
  "2020,PT,,,10.0",
  "2020,PT,KZAKM,KZ03,11.5",
  "2020,PT,,KZ04,12.5",
  "2020,PT,KZPAV,KZ10,13.5",
  "2020,PT,KZAKT,KZ99,14.5",
  "2020,PT,KZNOPE,,15.5",
  "",
].join("\n");

const labels = new Map([
  [
    "en",
    new Map([
      [
        "REF_AREA",
        new Map([
          ["KZAKM", "Akmola"],
          ["KZAKT", "Aktobe"],
          ["KZPAV", "Pavlodar"],
        ]),
      ],
      ["national_indicators", new Map([["17-3-1-2-title", "Remittances"]])],
    ]),
  ],
]);

for (const target of testDatabaseTargets().slice(0, 1)) {
  describe(`Kazakh region codes on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let report: ImportReport;
    beforeAll(async () => {
      handle = await target.open();
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      report = await importObservations({
        db: handle.db,
        fileName: "open-sdg",
        files: [{ fileName: "data/indicator_17-3-1-2.csv", text, indicator: "KAZ_17-3-1-2" }],
        dictionary: openSdgDictionary("KAZ", labels),
        area: "KAZ",
        source: "Kazstat",
        partial: true,
      });
    }, 120_000);
    afterAll(async () => {
      await handle.close();
    });

    it("loads the regions with both codes from the baseline", async () => {
      const akmola = (await listAreas(handle.db)).find((area) => area.code === "KAZ-KZAKM");
      expect(akmola).toMatchObject({
        level: "subnational",
        parentCode: "KAZ",
        nationalCodes: { KAZ: "KZAKM", "KAZ:GeoCode": "KZ03" },
        names: { en: "Akmola", ru: "Акмолинская" },
      });
    });

    it("keeps codes another source gave a region when the baseline is loaded again", async () => {
      const [akmola] = (await listAreas(handle.db)).filter((area) => area.code === "KAZ-KZAKM");
      if (akmola === undefined) throw new Error("no KAZ-KZAKM");
      await upsertAreas(handle.db, [{ ...akmola, nationalCodes: { ISO_3166_2: "KZ-AKM" } }]);
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir, force: true });
      const reloaded = (await listAreas(handle.db)).find((area) => area.code === "KAZ-KZAKM");
      expect(reloaded?.nationalCodes).toEqual({ ISO_3166_2: "KZ-AKM", KAZ: "KZAKM", "KAZ:GeoCode": "KZ03" });
    }, 120_000);

    it("stores a region given by REF_AREA and GeoCode, or by GeoCode alone, as one area", async () => {
      const rows = await findObservations(handle.db, { indicators: ["KAZ_17-3-1-2"], totalsOnly: true });
      expect(rows.map((row) => [row.areaCode, row.value]).sort()).toEqual([
        ["KAZ", "10.0"],
        ["KAZ-KZAKM", "11.5"],
        ["KAZ-KZAKT", "12.5"],
      ]);
    });

    it("rejects rows whose codes disagree or that no one defines, naming the column", () => {
      expect(report.rejectedByReason).toEqual({ "import/conflicting-area": 1, "import/unknown-area": 2 });
      const messages = report.diagnostics
        .filter((diagnostic) => diagnostic.severity === "error")
        .map((diagnostic) => [diagnostic.row, diagnostic.columnName, diagnostic.code, diagnostic.message]);
      expect(messages).toEqual([
        [
          5,
          "GeoCode",
          "import/conflicting-area",
          "GeoCode KZ10 is KAZ-KZYUZ, but REF_AREA KZPAV is KAZ-KZPAV: the row names two areas",
        ],
        [6, "GeoCode", "import/unknown-area", "unknown area KZ99"],
        [7, "REF_AREA", "import/unknown-area", "unknown area KZNOPE"],
      ]);
    });
  });
}
