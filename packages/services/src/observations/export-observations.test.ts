/**
 * Every exchange format round-trips (the XLSX workbook too): observations exported and imported
 * into a fresh database (naming the same source) come back equal — decimals as written, breakdowns, unit multipliers,
 * status, nature, source detail and comments with commas, quotes and line breaks.
 */
import {
  createImportBatch,
  type DatabaseHandle,
  type NewObservation,
  writeObservations,
} from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importObservations } from "../imports/import-observations.ts";
import { referenceCatalogue } from "../reference/reference-catalogue.ts";
import { exchangeFormats, exportObservations } from "./export-observations.ts";
import { queryObservations } from "./query-observations.ts";

const selection = { indicators: ["EN_MAT_DOMCMPC", "SP.POP.TOTL"], breakdown: "all" as const };

const observation = (
  overrides: Partial<NewObservation> & Pick<NewObservation, "areaCode" | "timePeriod" | "value">,
) => ({
  indicatorCode: "EN_MAT_DOMCMPC",
  year: Number(overrides.timePeriod.slice(0, 4)),
  dimensionKey: "",
  dimensions: {},
  unit: "T_PER_CAP",
  sourceId: "test-source",
  originalCode: "EN_MAT_DOMCMPC",
  ...overrides,
});

const fixtures: NewObservation[] = [
  observation({ areaCode: "KAZ", timePeriod: "2016", value: "28.10" }),
  observation({ areaCode: "KAZ", timePeriod: "2017", value: "27.40", obsStatus: "E", nature: "C" }),
  observation({
    areaCode: "UZB",
    timePeriod: "2017",
    value: "9.9",
    comment: 'revised, "provisional"\nsee notes',
    sourceDetail: "Statistics Agency, table 4",
  }),
  observation({
    areaCode: "KAZ",
    timePeriod: "2017",
    value: "1200.5",
    unitMult: 3,
    dimensionKey: "TYPE_OF_PRODUCT=BIM",
    dimensions: { TYPE_OF_PRODUCT: "BIM" },
  }),
  observation({
    indicatorCode: "SP.POP.TOTL",
    originalCode: "SP.POP.TOTL",
    areaCode: "KAZ",
    timePeriod: "2020",
    value: "18755666",
    unit: "PERSONS",
  }),
];

for (const target of testDatabaseTargets().slice(0, 1)) {
  describe(`exchange formats on ${target.kind}`, () => {
    let source: DatabaseHandle;
    beforeAll(async () => {
      source = await target.open();
      await seedReferenceData(source.db);
      const importId = await createImportBatch(source.db, { kind: "file", format: "test" });
      await writeObservations(source.db, fixtures, importId, { keepImported: false });
    });
    afterAll(async () => {
      await source.close();
    });

    for (const format of exchangeFormats)
      it(`imports back what ${format} exports`, async () => {
        const list = await queryObservations({ db: source.db, selection });
        expect(list.data).toHaveLength(fixtures.length);
        const { areas } = await referenceCatalogue(source.db);
        const exported = exportObservations(list, format, areas, new Date("2026-12-03T10:00:00Z"));
        expect(exported.diagnostics).toEqual([]);
        const fresh = await target.open();
        try {
          await seedReferenceData(fresh.db);
          const report = await importObservations({
            db: fresh.db,
            fileName: `export.${exported.extension}`,
            text: exported.text,
            bytes: exported.bytes,
            source: "test-source",
          });
          expect(report).toMatchObject({
            observations: fixtures.length,
            inserted: fixtures.length,
            flagged: 0,
          });
          const again = await queryObservations({ db: fresh.db, selection });
          // originalCode is the code as the file spelled it: the export writes the indicator code.
          expect(again.data).toEqual(list.data);
        } finally {
          await fresh.close();
        }
      });
  });
}
