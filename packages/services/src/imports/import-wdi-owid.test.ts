/**
 * WDI and OWID files through the import pipeline on a small real database: what is imported,
 * what is skipped by reason (aggregates, countries the observatory does not cover), what is
 * registered (a WDI code the observatory lacks, named by the file), and the same all-or-nothing,
 * --partial and dry-run semantics as every other format. Counts are hand counts of the fixtures.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DatabaseHandle, findObservations, listIndicators, listSources } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.ts";
import { detectFormat } from "./import-file-rows.ts";
import { importObservations } from "./import-observations.ts";
import { parseColumnMapping } from "./owid-rows.ts";
import { readWorldBankPackages } from "./read-world-bank-package.ts";

/** The World Bank's download shape (see formats' wdi-csv-reader.test.ts for its source). */
const worldBankDownload = [
  '"Data Source","World Development Indicators",',
  "",
  '"Last Updated Date","2024-06-28",',
  "",
  '"Country Name","Country Code","Indicator Name","Indicator Code","2019","2020",',
  '"Kazakhstan","KAZ","Population, total","SP.POP.TOTL","18513930","18755666",',
  '"Uzbekistan","UZB","Population, total","SP.POP.TOTL","","34232050",',
  '"World","WLD","Population, total","SP.POP.TOTL","7742681934","7820981524",',
  '"Germany","DEU","Population, total","SP.POP.TOTL","83092962","83160871",',
  '"Kazakhstan","KAZ","Inflation, consumer prices (annual %)","FP.CPI.TOTL.ZG","5.2","6.8",',
  "",
].join("\n");

const grapher =
  "Entity,Code,Year,dmc\nKazakhstan,KAZ,2019,30.29\nAsia (UN),,2019,10.1\nWorld,OWID_WRL,2019,12.2\nFrance,FRA,2019,11.6\nUzbekistan,UZB,2019,\n";

for (const target of testDatabaseTargets().slice(0, 1)) {
  describe(`WDI and OWID imports on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
    });
    afterEach(async () => {
      await handle.close();
    });

    it("tells both WDI shapes and both OWID shapes from their headers", () => {
      const detect = (text: string) => detectFormat({ fileName: "file.csv", text });
      expect(detect(worldBankDownload)).toBe("wdi");
      expect(detect("Country Name,Country Code,Year,Value\n")).toBe("wdi");
      expect(detect(grapher)).toBe("owid");
      expect(detect("iso_code,country,year,co2\n")).toBe("owid");
      expect(detect("Year,SEX,Value\n")).toBe("open-sdg-csv");
    });

    it("imports the members' values, skips aggregates and other countries by reason, registers a new WDI code", async () => {
      const report = await importObservations({
        db: handle.db,
        fileName: "API_SP.POP.TOTL.csv",
        text: worldBankDownload,
      });
      // 9 values: KAZ 2 + UZB 1 + KAZ CPI 2 imported; WLD 2 (aggregate) and DEU 2 (outside) skipped.
      expect(report).toMatchObject({
        format: "wdi",
        rowsRead: 9,
        observations: 5,
        inserted: 5,
        rejected: 0,
        skipped: 4,
        skippedByReason: { "import/aggregate-area": 2, "import/area-outside-observatory": 2 },
        newIndicators: ["FP.CPI.TOTL.ZG"],
      });
      expect(report.diagnostics.map((diagnostic) => diagnostic.code).sort()).toEqual([
        "import/aggregate-area",
        "import/area-outside-observatory",
        "import/missing-values",
      ]);
      const cpi = (await listIndicators(handle.db)).find((indicator) => indicator.code === "FP.CPI.TOTL.ZG");
      expect(cpi).toMatchObject({
        names: { en: "Inflation, consumer prices (annual %)" },
        unit: "annual %",
        topic: "population-economy",
      });
      const stored = await findObservations(handle.db, {
        indicators: ["SP.POP.TOTL"],
        areas: ["UZB"],
        totalsOnly: true,
      });
      expect(stored.map((row) => [row.timePeriod, row.value, row.originalCode])).toEqual([
        ["2020", "34232050", "SP.POP.TOTL"],
      ]);
      const sources = await listSources(handle.db);
      expect(sources.map((source) => source.title)).toContain(
        "World Bank, World Development Indicators (last updated 2024-06-28)",
      );
      const again = await importObservations({
        db: handle.db,
        fileName: "API_SP.POP.TOTL.csv",
        text: worldBankDownload,
      });
      expect(again).toMatchObject({ inserted: 0, unchanged: 5, newIndicators: [] });
    });

    it("imports nothing when a value is bad, names its row and year, and writes the rest with --partial", async () => {
      const bad = worldBankDownload.replace('"18513930"', '"18 513 930"');
      const error = await importObservations({ db: handle.db, fileName: "wdi.csv", text: bad }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).message).toContain("row 6, column 5 (2019)");
      expect(await findObservations(handle.db, { indicators: ["SP.POP.TOTL"], totalsOnly: true })).toEqual(
        [],
      );
      const partial = await importObservations({
        db: handle.db,
        fileName: "wdi.csv",
        text: bad,
        partial: true,
      });
      // The whole KAZ population row (both years) is rejected; UZB and the CPI row go in.
      expect(partial).toMatchObject({ rejected: 1, inserted: 3, rejectedByReason: { "wdi/bad-value": 1 } });
    });

    it("needs --indicator for a datahub.io file, and then registers nothing it cannot name", async () => {
      const text =
        "Country Name,Country Code,Year,Value\nKazakhstan,KAZ,2020,18755666\nWorld,WLD,2020,7820981524\n";
      const error = await importObservations({ db: handle.db, fileName: "data.csv", text }).catch(
        (caught: unknown) => caught,
      );
      expect((error as ServiceError).message).toContain("--indicator");
      const report = await importObservations({
        db: handle.db,
        fileName: "data.csv",
        text,
        indicator: "sp.pop.totl",
        source: "test-source",
      });
      expect(report).toMatchObject({ inserted: 1, skipped: 1 });
      const stored = await findObservations(handle.db, {
        indicators: ["SP.POP.TOTL"],
        areas: ["KAZ"],
        totalsOnly: true,
      });
      expect(stored[0]).toMatchObject({ originalCode: "sp.pop.totl", sourceId: "test-source" });
      const unknown = await importObservations({
        db: handle.db,
        fileName: "data.csv",
        text,
        indicator: "XX.YY",
        dryRun: true,
      }).catch((caught: unknown) => caught);
      expect((unknown as ServiceError).details).toMatchObject({
        rejectedByReason: { "import/unknown-indicator": 1 },
      });
    });

    it("imports a folder of datahub.io packages as one, each series named by its datapackage.json", async () => {
      const folder = mkdtempSync(path.join(tmpdir(), "wdi-packages-"));
      const write = (code: string, title: string, rows: string) => {
        mkdirSync(path.join(folder, code));
        const description = { title, worldbank: { indicator: code }, resources: [{ path: "data.csv" }] };
        writeFileSync(path.join(folder, code, "datapackage.json"), JSON.stringify(description));
        writeFileSync(path.join(folder, code, "data.csv"), `Country Name,Country Code,Year,Value\n${rows}`);
      };
      write("sp.pop.totl", "Population, total", "Kazakhstan,KAZ,2020,18755666\nWorld,WLD,2020,7820981524\n");
      write("sl.tlf.totl.in", "Labor force, total", "Uzbekistan,UZB,2020,14780000\n");
      mkdirSync(path.join(folder, "notes"));
      try {
        const files = await readWorldBankPackages(folder);
        expect(files?.map((file) => [file.fileName, file.indicator, file.indicatorName])).toEqual([
          ["sl.tlf.totl.in/data.csv", "sl.tlf.totl.in", "Labor force, total"],
          ["sp.pop.totl/data.csv", "sp.pop.totl", "Population, total"],
        ]);
        const report = await importObservations({
          db: handle.db,
          fileName: "indicators",
          files: files ?? [],
          source: "test-source",
        });
        expect(report).toMatchObject({ inserted: 2, skipped: 1, newIndicators: ["SL.TLF.TOTL.IN"] });
        // "Labor force, total" names no unit, and none is invented.
        const labour = (await listIndicators(handle.db)).find(
          (indicator) => indicator.code === "SL.TLF.TOTL.IN",
        );
        expect(labour).toMatchObject({ unit: "", topic: "industry-employment" });
        expect(await readWorldBankPackages(path.join(folder, "notes"))).toBeNull();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it("maps an OWID column with --indicator, skipping aggregates with and without a code, and dry-runs", async () => {
      const report = await importObservations({
        db: handle.db,
        fileName: "dmc.csv",
        text: grapher,
        indicator: "EN_MAT_DOMCMPC",
        dryRun: true,
      });
      expect(report).toMatchObject({
        format: "owid",
        rowsRead: 4,
        observations: 1,
        inserted: 1,
        skipped: 3,
        skippedByReason: { "import/aggregate-area": 2, "import/area-outside-observatory": 1 },
      });
      expect(report.diagnostics.find((d) => d.code === "import/aggregate-area")?.message).toContain(
        "Asia (UN), OWID_WRL",
      );
      expect(await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: true })).toEqual(
        [],
      );
    });

    it("fails a file that is not of the format asked for, even with --partial", async () => {
      for (const format of ["wdi", "owid"] as const) {
        const error = await importObservations({
          db: handle.db,
          fileName: "other.csv",
          text: "Year,Value\n2020,1\n",
          format,
          partial: true,
        }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ServiceError);
        expect((error as ServiceError).message).toContain(`row 1: expected`);
      }
    });

    it("refuses an OWID file whose columns map to no series, naming them", async () => {
      const error = await importObservations({
        db: handle.db,
        fileName: "co2.csv",
        text: "iso_code,country,year,co2,gdp\nKAZ,Kazakhstan,2018,300,1\n",
      }).catch((caught: unknown) => caught);
      expect((error as ServiceError).message).toContain("co2, gdp");
    });
  });
}

describe("parseColumnMapping", () => {
  it("reads column=CODE pairs whose column names hold commas", () => {
    expect([...parseColumnMapping("a, b (t)=EN_X,c=en.y")]).toEqual([
      ["a, b (t)", "EN_X"],
      ["c", "EN.Y"],
    ]);
  });
});
