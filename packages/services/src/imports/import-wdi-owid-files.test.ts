/**
 * The real WDI and OWID files beside the repository (reads ../shared/data, and skips where it is
 * absent; CI always has them), imported over the real bundled baseline. The expected counts were
 * taken independently with Python's csv module: values per file (cells that are not a missing
 * marker), and among them those of the ten ECO members, of aggregates (the World Bank's
 * aggregate codes; OWID_ codes or none) and of other countries. The baseline was built from the
 * same files, so values it holds import as unchanged.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DatabaseHandle, listIndicators } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import { importObservations } from "./import-observations.ts";
import type { ImportReport } from "./import-report.ts";
import { owidKnownColumns } from "./owid-known-columns.ts";
import { readImportFile } from "./read-import-folder.ts";
import { readWorldBankPackage } from "./read-world-bank-package.ts";

const shared = fileURLToPath(new URL("../../../../../shared/data", import.meta.url));
const wdi = `${shared}/wb-wdi-datahub/indicators`;
const owid = `${shared}/owid-co2-data-2020/owid-co2-data.csv`;
const dmc = `${shared}/owid-dmc-per-capita/domestic-material-consumption-per-capita.csv`;

const aggregates = "import/aggregate-area";
const outside = "import/area-outside-observatory";

async function importPackage(db: DatabaseHandle["db"], folder: string): Promise<ImportReport> {
  const file = await readWorldBankPackage(`${wdi}/${folder}`);
  if (file === null) throw new Error(`${folder}: no World Bank package`);
  return importObservations({ db, fileName: folder, files: [file], source: "wb-wdi-datahub" });
}

for (const target of testDatabaseTargets().slice(0, 1)) {
  describe.skipIf(!existsSync(wdi))(
    `the real WDI and OWID files on ${target.kind} (reads ../shared/data)`,
    () => {
      let handle: DatabaseHandle;
      beforeAll(async () => {
        handle = await target.open();
        await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      }, 120_000);
      afterAll(async () => {
        await handle.close();
      });

      it("finds the baseline's GDP values in the datahub.io package unchanged, skipping 14,298 by reason", async () => {
        const report = await importPackage(handle.db, "ny.gdp.mktp.cd");
        // 14,743 values: 445 ECO, 2,981 of World Bank aggregates, 11,317 of other countries.
        expect(report).toMatchObject({
          format: "wdi",
          rowsRead: 14_743,
          observations: 445,
          inserted: 0,
          updated: 0,
          unchanged: 445,
          flagged: 0,
          rejected: 0,
          skipped: 14_298,
          skippedByReason: { [aggregates]: 2_981, [outside]: 11_317 },
          newIndicators: [],
        });
      }, 120_000);

      it("registers a WDI series the observatory lacks under the package's title, and re-imports it unchanged", async () => {
        const report = await importPackage(handle.db, "en.pop.slum.ur.zs");
        // 2,423 values: 101 ECO, 408 aggregates, 1,914 other countries. One ECO value is held: Iran's
        // 2022 share lies 3.68 standard deviations below its other 11 years (Python's statistics.stdev,
        // leave-one-out, against the default rule's 3.5 over at least 8 values: the only one past it).
        expect(report).toMatchObject({
          rowsRead: 2_423,
          observations: 101,
          inserted: 100,
          flagged: 1,
          rejected: 0,
          skippedByReason: { [aggregates]: 408, [outside]: 1_914 },
          newIndicators: ["EN.POP.SLUM.UR.ZS"],
        });
        expect(
          report.flags.map((flag) => [flag.area, flag.timePeriod, flag.ruleId, flag.details["z"]]),
        ).toEqual([["IRN", "2022", "z-score-outlier", -3.68134]]);
        const indicator = (await listIndicators(handle.db)).find(
          (entry) => entry.code === "EN.POP.SLUM.UR.ZS",
        );
        expect(indicator).toMatchObject({
          names: { en: "Population living in slums (% of urban population)" },
          unit: "% of urban population",
          topic: "energy-climate",
        });
        const again = await importPackage(handle.db, "en.pop.slum.ur.zs");
        // The held value is still unpublished, so it is held again; the published ones are unchanged.
        expect(again).toMatchObject({
          inserted: 0,
          updated: 0,
          unchanged: 100,
          flagged: 1,
          newIndicators: [],
        });
      }, 120_000);

      it("finds the baseline's OWID values unchanged through the known columns, naming the 33 unmapped ones", async () => {
        const file = await readImportFile(owid);
        const report = await importObservations({ db: handle.db, ...file, source: "owid-co2-data-2020" });
        // consumption_co2: 3,532 values (168 ECO, 200 aggregates); total_ghg: 5,181 (270 ECO, 53 aggregates).
        expect(report).toMatchObject({
          format: "owid",
          rowsRead: 8_713,
          observations: 438,
          unchanged: 438,
          inserted: 0,
          rejected: 0,
          skippedByReason: { [aggregates]: 253, [outside]: 8_022 },
        });
        const unmapped = report.diagnostics.find(
          (diagnostic) => diagnostic.code === "import/unmapped-columns",
        );
        expect(unmapped?.message).toMatch(/^33 column\(s\)/);
      }, 120_000);

      it("dry-runs the DMC grapher download: 200 ECO values of 4,418, writing nothing", async () => {
        const file = await readImportFile(dmc);
        const report = await importObservations({
          db: handle.db,
          ...file,
          source: "Our World in Data",
          dryRun: true,
        });
        // 4,418 values: 200 ECO (20 years × 10), 280 aggregates (no code), 3,938 other countries.
        expect(report).toMatchObject({
          rowsRead: 4_418,
          observations: 200,
          rejected: 0,
          skippedByReason: { [aggregates]: 280, [outside]: 3_938 },
        });
        expect(report.inserted + report.updated + report.unchanged + report.flagged).toBe(200);
        const again = await importObservations({
          db: handle.db,
          ...file,
          source: "Our World in Data",
          dryRun: true,
        });
        expect(again.inserted).toBe(report.inserted);
      }, 120_000);
    },
  );
}

describe("the known OWID columns", () => {
  it("are the columns and source details the bundled baseline read from OWID (reads data/baseline)", () => {
    const lines = readFileSync(`${bundledBaselineDir}/observations.csv`, "utf8").split("\n");
    const fromBaseline = new Map<string, string>();
    for (const line of lines.filter((entry) => entry.includes(",owid-co2-data-2020,"))) {
      const cells = line.split(",");
      // indicator, …, source (index 9), source_detail (10), original_code (11): no quoted cells in these rows.
      fromBaseline.set(cells[11] as string, `${cells[0]}|${cells[10]}`);
    }
    const owidDataset = Object.entries(owidKnownColumns).filter(
      ([, known]) => known.sourceDetail !== undefined,
    );
    expect(
      new Map(owidDataset.map(([column, known]) => [column, `${known.indicator}|${known.sourceDetail}`])),
    ).toEqual(fromBaseline);
  });
});
