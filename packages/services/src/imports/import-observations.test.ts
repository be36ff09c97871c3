/**
 * Imports are all or nothing: any error leaves every stored row as it was, and each error names
 * its row, column and reason.
 */
import {
  type DatabaseHandle,
  findKeyHistory,
  findObservations,
  listQualityFlags,
  listSources,
} from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.ts";
import { importObservations } from "./import-observations.ts";

const header = "indicator,area,year,value,unit,source\n";

async function everything(handle: DatabaseHandle) {
  return findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC", "SP.POP.TOTL"], totalsOnly: false });
}

async function importError(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

for (const target of testDatabaseTargets()) {
  describe(`importObservations on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
      await importObservations({
        db: handle.db,
        fileName: "first.csv",
        text: `${header}SP.POP.TOTL,KAZ,2020,18755666,PERSONS,test-source\n`,
      });
    });
    afterEach(async () => {
      await handle.close();
    });

    it("imports a long CSV and reports inserts and updates", async () => {
      const report = await importObservations({
        db: handle.db,
        fileName: "dmc.csv",
        text: `${header}EN_MAT_DOMCMPC,KAZ,2016,28.57,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2016,9.9,tonnes per person,test-source\nSP.POP.TOTL,KAZ,2020,18755667,PERSONS,test-source\n`,
      });
      expect(report).toMatchObject({
        format: "long-csv",
        dryRun: false,
        rowsRead: 3,
        observations: 3,
        inserted: 2,
        updated: 1,
      });
      const rows = await everything(handle);
      expect(rows.map((row) => [row.indicatorCode, row.areaCode, row.value, row.unit])).toEqual([
        ["EN_MAT_DOMCMPC", "KAZ", "28.57", "T_PER_CAP"],
        ["EN_MAT_DOMCMPC", "UZB", "9.9", "T_PER_CAP"],
        ["SP.POP.TOTL", "KAZ", "18755667", "PERSONS"],
      ]);
    });

    it("writes nothing when any row is bad, and names row, column and reason of each error", async () => {
      const before = await everything(handle);
      const error = await importError(
        importObservations({
          db: handle.db,
          fileName: "bad.csv",
          text: `${header}EN_MAT_DOMCMPC,KAZ,2016,28.57,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,XXX,2016,1,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2016,"46,7",T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2015,1,kg,test-source\nNOT_AN_INDICATOR,UZB,2015,1,kg,test-source\n`,
        }),
      );
      expect(error.code).toBe("import-invalid");
      const diagnostics = error.details["diagnostics"] as {
        code: string;
        row: number;
        column?: number;
        message: string;
      }[];
      expect(diagnostics.map((d) => [d.code, d.row, d.column])).toEqual([
        ["long-csv/bad-value", 4, 4],
        ["import/unknown-area", 3, 2],
        ["import/unit-mismatch", 5, 5],
        ["import/unknown-indicator", 6, 1],
      ]);
      expect(error.message).toContain("bad.csv: 4 error(s), nothing was imported");
      expect(error.message).toContain('row 4, column 4 (value): error: value "46,7" uses a decimal comma');
      expect(await everything(handle)).toEqual(before);
    });

    it("checks everything in a dry run and writes nothing", async () => {
      const before = await everything(handle);
      const report = await importObservations({
        db: handle.db,
        fileName: "dry.csv",
        text: `${header}EN_MAT_DOMCMPC,KAZ,2016,28.57,T_PER_CAP,A new citation (2025)\n`,
        dryRun: true,
      });
      expect(report).toMatchObject({ dryRun: true, observations: 1, inserted: 1, updated: 0 });
      expect(await everything(handle)).toEqual(before);
      expect((await listSources(handle.db)).map((source) => source.id)).toEqual(["test-source"]);
    });

    it("turns a free-text citation into a source whose licence is honestly not stated", async () => {
      await importObservations({
        db: handle.db,
        fileName: "cited.csv",
        text: `${header}EN_MAT_DOMCMPC,KAZ,2016,28.57,T_PER_CAP,Bureau of National Statistics of Kazakhstan (2024)\n`,
      });
      const cited = (await listSources(handle.db)).find((source) => source.id !== "test-source");
      expect(cited).toMatchObject({
        title: "Bureau of National Statistics of Kazakhstan (2024)",
        licence: "not stated",
      });
    });

    it("imports an Open SDG CSV with the indicator, area and source given on the command line", async () => {
      const text =
        "\uFEFFYear,TYPE_OF_PRODUCT,UNIT_MEASURE,Value,\r\n2016,,T_PER_CAP,28.5,\r\n2016,BIM,T_PER_CAP,3.25,\r\n2017,,T_PER_CAP,,\r\n";
      const report = await importObservations({
        db: handle.db,
        fileName: "indicator_12-2-2.csv",
        text,
        indicator: "en_mat_domcmpc",
        area: "KAZ",
        source: "test-source",
      });
      expect(report).toMatchObject({ format: "open-sdg-csv", observations: 2, inserted: 2 });
      expect(report.diagnostics.map((d) => d.code)).toEqual([
        "open-sdg/unnamed-column",
        "open-sdg/missing-values",
      ]);
      const rows = await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false });
      expect(rows.map((row) => [row.dimensionKey, row.value])).toEqual([
        ["", "28.5"],
        ["TYPE_OF_PRODUCT=BIM", "3.25"],
      ]);
    });

    const sdmxHeader =
      "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,TYPE_OF_PRODUCT,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,COMMENT_OBS";
    const sdmxRow = (area: string, type: string, period: string, value: string, sex = "_T") =>
      `IAEG-SDGs:DF_SDG_GLH(1.24),A,N,EN_MAT_DOMCMPC,${area},${sex},${type},${period},${value},E,0,T_PER_CAP,`;

    it("imports SDMX-CSV with M49 and alpha-2 areas, _T totals, breakdowns and missing values", async () => {
      const text = `${[
        sdmxHeader,
        sdmxRow("398", "_T", "2016", "28.57"),
        sdmxRow("UZ", "BIM", "2016", "3.250"),
        sdmxRow("398", "_T", "2017", "NaN"),
      ].join("\r\n")}\r\n`;
      const report = await importObservations({
        db: handle.db,
        fileName: "dmc.sdmx.csv",
        text,
        source: "test-source",
      });
      expect(report).toMatchObject({ format: "sdmx-csv", rowsRead: 2, observations: 2, inserted: 2 });
      expect(report.diagnostics.map((d) => d.code)).toEqual(["import/missing-values"]);
      const rows = await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false });
      expect(rows.map((row) => [row.areaCode, row.dimensionKey, row.value, row.obsStatus])).toEqual([
        ["KAZ", "", "28.57", "E"],
        ["UZB", "TYPE_OF_PRODUCT=BIM", "3.250", "E"],
      ]);
    });

    it("reads SDMX-CSV decimal commas only when the import declares them", async () => {
      // The field guide's localised shape (';' separated, '12,4'), with the UN SDG 1.0 columns.
      const text =
        "DATAFLOW;FREQ;REPORTING_TYPE;SERIES;REF_AREA;TIME_PERIOD;OBS_VALUE;UNIT_MEASURE\nIAEG-SDGs:DF_SDG_GLH(1.24);A;G;EN_MAT_DOMCMPC;860;2012;12,4;T_PER_CAP\n";
      const base = { db: handle.db, fileName: "uzb.csv", text, source: "Decimal comma test", dryRun: true };
      const refused = await importError(importObservations(base));
      expect(refused.message).toContain(
        'row 2, column 7 (OBS_VALUE): error: value "12,4" uses a decimal comma; use a decimal point, or declare the file\'s decimal comma (atlas import --decimal-comma)',
      );
      const report = await importObservations({ ...base, dryRun: false, decimalComma: true });
      expect(report).toMatchObject({ format: "sdmx-csv", inserted: 1, rejected: 0 });
      const [stored] = (await everything(handle)).filter(
        (row) => row.areaCode === "UZB" && row.timePeriod === "2012",
      );
      expect(stored?.value).toBe("12.4");
    });

    it("refuses SDMX-CSV breakdowns the indicator lacks, deletions and unknown areas, writing nothing", async () => {
      const text = `${[sdmxHeader, sdmxRow("398", "_T", "2016", "1", "F"), sdmxRow("999", "_T", "2016", "1")].join("\n")}\n`;
      const error = await importError(
        importObservations({ db: handle.db, fileName: "bad.csv", text, source: "test-source" }),
      );
      expect(error.message).toContain("row 2: error: EN_MAT_DOMCMPC has no breakdown by SEX");
      expect(error.message).toContain("row 3, column 5 (REF_AREA): error: unknown area 999");
      const deletion =
        "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REPORTING_TYPE,SERIES,REF_AREA,TIME_PERIOD,OBS_VALUE\ndataflow,IAEG-SDGs:DF_SDG_GLH(1.24),D,A,N,EN_MAT_DOMCMPC,398,2016,\n";
      const refused = await importError(
        importObservations({ db: handle.db, fileName: "delete.csv", text: deletion, source: "test-source" }),
      );
      expect(refused.message).toContain("SDMX deletions (ACTION D) are not imported yet");
      expect(
        await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false }),
      ).toEqual([]);
    });

    it("makes no new version for an identical re-import, and counts it unchanged", async () => {
      const text = `${header}EN_MAT_DOMCMPC,KAZ,2016,28.570,T_PER_CAP,test-source\n`;
      await importObservations({ db: handle.db, fileName: "a.csv", text });
      const again = await importObservations({ db: handle.db, fileName: "a.csv", text });
      expect(again).toMatchObject({ observations: 1, inserted: 0, updated: 0, unchanged: 1, flagged: 0 });
      // A leading "+" or zero is the same decimal as stored; a different scale is not.
      const same = await importObservations({
        db: handle.db,
        fileName: "b.csv",
        text: `${header}EN_MAT_DOMCMPC,KAZ,2016,+28.570,T_PER_CAP,test-source\n`,
      });
      expect(same.unchanged).toBe(1);
      const history = await findKeyHistory(handle.db, {
        indicatorCode: "EN_MAT_DOMCMPC",
        areaCode: "KAZ",
        timePeriod: "2016",
        dimensionKey: "",
      });
      expect(history.map(({ version }) => [version.version, version.value, version.state])).toEqual([
        [1, "28.570", "published"],
      ]);
    });

    it("holds flagged rows unpublished for review and publishes the clean ones", async () => {
      await importObservations({
        db: handle.db,
        fileName: "base.csv",
        text: `${header}EN_MAT_DOMCMPC,KAZ,2015,10.2,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,KAZ,2016,10.4,T_PER_CAP,test-source\n`,
      });
      const report = await importObservations({
        db: handle.db,
        fileName: "shifted.csv",
        text: `${header}EN_MAT_DOMCMPC,KAZ,2016,104,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2016,9.9,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2017,05,T_PER_CAP,test-source\n`,
      });
      expect(report).toMatchObject({ observations: 3, inserted: 1, updated: 0, flagged: 2, rejected: 0 });
      expect(report.flags.map((flag) => [flag.row, flag.area, flag.timePeriod, flag.ruleId])).toEqual([
        [2, "KAZ", "2016", "year-on-year-jump"],
        [2, "KAZ", "2016", "scale-shift"],
        [4, "UZB", "2017", "leading-zeros"],
      ]);
      const published = await everything(handle);
      expect(
        published
          .filter((row) => row.indicatorCode === "EN_MAT_DOMCMPC")
          .map((row) => [row.areaCode, row.timePeriod, row.value]),
      ).toEqual([
        ["KAZ", "2015", "10.2"],
        ["KAZ", "2016", "10.4"],
        ["UZB", "2016", "9.9"],
      ]);
      const pending = await listQualityFlags(handle.db, { states: ["open"] });
      expect(
        pending.map(({ version }) => [version.areaCode, version.timePeriod, version.value, version.state]),
      ).toEqual([
        ["KAZ", "2016", "104", "pending"],
        ["KAZ", "2016", "104", "pending"],
        ["UZB", "2017", "5", "pending"],
      ]);
      // Importing the same file again holds the same rows and adds no version.
      const again = await importObservations({
        db: handle.db,
        fileName: "shifted.csv",
        text: `${header}EN_MAT_DOMCMPC,KAZ,2016,104,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2016,9.9,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2017,05,T_PER_CAP,test-source\n`,
      });
      expect(again).toMatchObject({ unchanged: 1, flagged: 2 });
      expect(await listQualityFlags(handle.db, { states: ["open"] })).toHaveLength(3);
    });

    it("rejects both rows of a duplicated key, and with partial writes the valid rows", async () => {
      const text = `${header}EN_MAT_DOMCMPC,KAZ,2016,28.57,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2016,9.9,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,XXX,2016,1,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2017,9.8,T_PER_CAP,test-source\n`;
      const strict = await importError(importObservations({ db: handle.db, fileName: "p.csv", text }));
      expect(strict.details).toMatchObject({ rejected: 1, rejectedByReason: { "import/unknown-area": 1 } });
      const before = await everything(handle);
      expect(before.filter((row) => row.indicatorCode === "EN_MAT_DOMCMPC")).toEqual([]);
      const dry = await importObservations({
        db: handle.db,
        fileName: "p.csv",
        text,
        partial: true,
        dryRun: true,
      });
      expect(dry).toMatchObject({ rowsRead: 4, observations: 3, inserted: 3, rejected: 1 });
      expect(await everything(handle)).toEqual(before);
      const partial = await importObservations({ db: handle.db, fileName: "p.csv", text, partial: true });
      expect(partial).toMatchObject({
        rowsRead: 4,
        observations: 3,
        inserted: 3,
        rejected: 1,
        partial: true,
      });
      expect(partial.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.row])).toEqual([
        ["import/unknown-area", 4],
      ]);
      const twice = `${header}EN_MAT_DOMCMPC,KAZ,2018,27,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,UZB,2018,9.7,T_PER_CAP,test-source\nEN_MAT_DOMCMPC,KAZ,2018,27.5,T_PER_CAP,test-source\n`;
      const duplicated = await importObservations({
        db: handle.db,
        fileName: "d.csv",
        text: twice,
        partial: true,
      });
      expect(duplicated).toMatchObject({ observations: 2, inserted: 2, rejected: 1 });
      expect(duplicated.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.row])).toEqual([
        ["long-csv/duplicate", 4],
      ]);
    });

    it("asks for the flags an Open SDG file cannot answer itself", async () => {
      const error = await importError(
        importObservations({ db: handle.db, fileName: "indicator_12-2-2.csv", text: "Year,Value\n2016,1\n" }),
      );
      // Once for the file, not once per row.
      expect(error.message).toContain("the file names no indicator for its row: name it with --indicator");
      expect(error.message).toContain(
        "the file names no area for its row: name it with --area (ISO 3166-1 alpha-3)",
      );
    });

    it("rejects a file of unknown shape, naming both accepted headers", async () => {
      const error = await importError(
        importObservations({ db: handle.db, fileName: "x.csv", text: "a,b,c\n1,2,3\n" }),
      );
      expect(error.message).toContain('the header must be "indicator,area,year,value,unit,source"');
    });
  });
}
