/**
 * XLSX imports into a real database (PGlite): the long template's workbook goes through the same
 * pipeline as the CSV — all or nothing, every rejection located by its cell (`data!B3`) — and a
 * legacy .xls or a ZIP that is no workbook is refused with what to do. The openpyxl-written
 * template is the formats package's fixture (see packages/formats/src/xlsx/fixtures/README.md).
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DatabaseHandle, findObservations } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { toXlsx, type XlsxWriteCell } from "@circular-atlas/formats";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.ts";
import { importObservations } from "./import-observations.ts";
import { readImportFolder } from "./read-import-folder.ts";

const header = ["indicator", "area", "year", "value", "unit", "source"];
const workbook = (rows: XlsxWriteCell[][]) =>
  toXlsx([
    { name: "README", rows: [["not read"]] },
    { name: "data", rows: [header, ...rows] },
  ]);

async function importError(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

for (const target of testDatabaseTargets().slice(0, 1)) {
  describe(`XLSX import on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
    });
    afterEach(async () => {
      await handle.close();
    });
    const stored = () =>
      findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false }).then((rows) =>
        rows.map((row) => [row.areaCode, row.timePeriod, row.value]),
      );

    it("imports openpyxl's template, skipping the error cell and refusing the date value with --partial", async () => {
      const report = await importObservations({
        db: handle.db,
        fileName: "template.xlsx",
        bytes: new Uint8Array(readFileSync("packages/formats/src/xlsx/fixtures/openpyxl-template-1904.xlsx")),
        partial: true,
      });
      expect(report).toMatchObject({ format: "xlsx", rowsRead: 4, inserted: 3, rejected: 1 });
      expect(
        report.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.cell, diagnostic.code]),
      ).toEqual([
        ["error", "data!D6", "long-xlsx/date-value"],
        ["warning", "data!D5", "long-csv/missing-value"],
      ]);
      expect(await stored()).toEqual([
        ["KAZ", "2016", "28.1"],
        ["KAZ", "2017", "27.40"],
        ["UZB", "2018", "9.9"],
      ]);
    });

    it("writes nothing when a row is bad, naming each cell", async () => {
      const error = await importError(
        importObservations({
          db: handle.db,
          fileName: "bad.xlsx",
          bytes: workbook([
            ["EN_MAT_DOMCMPC", "KAZ", { number: "2016" }, { number: "28.57" }, "T_PER_CAP", "test-source"],
            ["EN_MAT_DOMCMPC", "XXX", { number: "2016" }, { number: "1" }, "T_PER_CAP", "test-source"],
            ["EN_MAT_DOMCMPC", "UZB", { number: "2016" }, { number: "1" }, "kg", "test-source"],
          ]),
        }),
      );
      expect(error.message).toContain(
        "bad.xlsx, data!B3 (area): error: unknown area XXX [import/unknown-area]",
      );
      expect(error.message).toContain(
        'bad.xlsx, data!E4 (unit): error: unit "kg" is not the unit of EN_MAT_DOMCMPC',
      );
      expect(await stored()).toEqual([]);
    });

    it("is recognised by its ZIP signature and name, and refuses a legacy .xls", async () => {
      const bytes = workbook([
        ["EN_MAT_DOMCMPC", "KAZ", { number: "2016" }, { text: "28.10" }, "T_PER_CAP", "test-source"],
      ]);
      await importObservations({ db: handle.db, fileName: "dmc.xlsx", bytes });
      expect(await stored()).toEqual([["KAZ", "2016", "28.10"]]);
      const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
      const refused = await importError(
        importObservations({ db: handle.db, fileName: "old.xls", bytes: xls }),
      );
      expect(refused.message).toMatch(
        /^old\.xls: a legacy Excel 97–2003 workbook \(\.xls\).*save it as \.xlsx/,
      );
      const zip = await importError(
        importObservations({ db: handle.db, fileName: "data.zip", bytes: workbook([]) }),
      );
      expect(zip.message).toContain("a ZIP archive not named .xlsx");
      const text = await importError(
        importObservations({ db: handle.db, fileName: "values.csv", text: "a,b\n", format: "xlsx" }),
      );
      expect(text.message).toContain("not an .xlsx workbook");
    });

    it("imports a folder holding a workbook, an SDMX-JSON message and a CSV as one", async () => {
      const folder = await mkdtemp(path.join(tmpdir(), "atlas-folder-"));
      try {
        await writeFile(
          path.join(folder, "kaz.xlsx"),
          workbook([
            ["EN_MAT_DOMCMPC", "KAZ", { number: "2015" }, { number: "26.5" }, "T_PER_CAP", "Folder test"],
          ]),
        );
        await writeFile(
          path.join(folder, "uzb.json"),
          JSON.stringify({
            data: {
              structures: [
                {
                  dimensions: {
                    series: [
                      { id: "SERIES", keyPosition: 0, values: [{ id: "EN_MAT_DOMCMPC" }] },
                      { id: "REF_AREA", keyPosition: 1, values: [{ id: "860" }] },
                    ],
                    observation: [{ id: "TIME_PERIOD", keyPosition: 2, values: [{ id: "2015" }] }],
                  },
                  attributes: { dataSet: [{ id: "UNIT_MEASURE", values: [{ id: "T_PER_CAP" }] }] },
                },
              ],
              dataSets: [
                {
                  structure: 0,
                  action: "Information",
                  attributes: [0],
                  series: { "0:0": { observations: { "0": [9.75] } } },
                },
              ],
            },
          }),
        );
        await writeFile(
          path.join(folder, "kaz-2016.csv"),
          `${header.join(",")}\nEN_MAT_DOMCMPC,KAZ,2016,27.0,T_PER_CAP,Folder test\n`,
        );
        const { files } = await readImportFolder(folder);
        expect(files.map((file) => [file.fileName, file.bytes === undefined ? "text" : "bytes"])).toEqual([
          ["kaz-2016.csv", "text"],
          ["kaz.xlsx", "bytes"],
          ["uzb.json", "text"],
        ]);
        const report = await importObservations({
          db: handle.db,
          fileName: "folder",
          files,
          source: "Folder test",
        });
        expect(report.files.map((file) => [file.fileName, file.format, file.observations])).toEqual([
          ["kaz-2016.csv", "long-csv", 1],
          ["kaz.xlsx", "xlsx", 1],
          ["uzb.json", "sdmx-json", 1],
        ]);
        expect(await stored()).toEqual([
          ["KAZ", "2015", "26.5"],
          ["KAZ", "2016", "27.0"],
          ["UZB", "2015", "9.75"],
        ]);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    });
  });
}
