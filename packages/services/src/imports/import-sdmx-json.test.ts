/**
 * SDMX-JSON files through the import pipeline into a real database (PGlite, and PostgreSQL when
 * DATABASE_URL is set): found by their opening brace or named with `format`, 2.x and 1.0
 * layouts, areas as M49 or alpha-2, `_T` totals, breakdowns, attributes, values as written;
 * missing values reported and never zero; bad rows refused with their place, nothing written.
 */
import { type DatabaseHandle, findObservations } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.ts";
import { importObservations } from "./import-observations.ts";

/** An SDMX-JSON 2.0 message: REF_AREA 398 (KAZ) and UZ (UZB), TYPE_OF_PRODUCT _T or BIM, 2016–2017. */
const message = (series: string, areas = '{ "id": "398" }, { "id": "UZ" }') => `{
  "meta": { "id": "T1", "prepared": "2026-12-03T10:00:00Z", "sender": { "id": "KZ_STAT" } },
  "data": {
    "structures": [{
      "links": [{ "rel": "dataflow", "urn": "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=IAEG-SDGs:DF_SDG_GLH(1.24)" }],
      "dimensions": {
        "dataSet": [
          { "id": "FREQ", "keyPosition": 0, "values": [{ "id": "A" }] },
          { "id": "REPORTING_TYPE", "keyPosition": 1, "values": [{ "id": "N" }] },
          { "id": "SERIES", "keyPosition": 2, "values": [{ "id": "EN_MAT_DOMCMPC" }] }
        ],
        "series": [
          { "id": "REF_AREA", "keyPosition": 3, "values": [${areas}] },
          { "id": "TYPE_OF_PRODUCT", "keyPosition": 4, "values": [{ "id": "_T" }, { "id": "BIM" }] }
        ],
        "observation": [
          { "id": "TIME_PERIOD", "keyPosition": 5, "roles": ["TIME_PERIOD"], "values": [{ "id": "2016" }, { "id": "2017" }] }
        ]
      },
      "measures": { "observation": [{ "id": "OBS_VALUE" }] },
      "attributes": {
        "dataSet": [{ "id": "UNIT_MEASURE", "values": [{ "id": "T_PER_CAP" }] }],
        "series": [],
        "observation": [
          { "id": "OBS_STATUS", "values": [{ "id": "A" }, { "id": "E" }] },
          { "id": "UNIT_MULT", "values": [{ "id": "0" }, { "id": "3" }] },
          { "id": "COMMENT_OBS" }
        ]
      }
    }],
    "dataSets": [{ "structure": 0, "action": "Merge", "attributes": [0], "series": ${series} }]
  }
}
`;

for (const target of testDatabaseTargets()) {
  describe(`SDMX-JSON imports on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
    });
    afterEach(async () => {
      await handle.close();
    });

    const stored = async () =>
      (await findObservations(handle.db, { indicators: ["EN_MAT_DOMCMPC"], totalsOnly: false })).map(
        (row) => [
          row.areaCode,
          row.timePeriod,
          row.dimensionKey,
          row.value,
          row.unit,
          row.unitMult,
          row.obsStatus,
          row.comment,
        ],
      );

    it("imports a 2.0 message found by its opening brace, missing values reported and not stored", async () => {
      const text = message(`{
        "0:0": { "observations": { "0": [28.570, 1], "1": [null, 1] } },
        "1:1": { "observations": { "0": [3.250, 0, 1, "revised, \\"provisional\\""] } } }`);
      const report = await importObservations({
        db: handle.db,
        fileName: "dmc.json",
        text,
        source: "test-source",
      });
      expect(report).toMatchObject({
        format: "sdmx-json",
        rowsRead: 2,
        observations: 2,
        inserted: 2,
        rejected: 0,
      });
      expect(report.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["import/missing-values"]);
      expect(await stored()).toEqual([
        ["KAZ", "2016", "", "28.570", "T_PER_CAP", 0, "E", null],
        ["UZB", "2016", "TYPE_OF_PRODUCT=BIM", "3.250", "T_PER_CAP", 3, "A", 'revised, "provisional"'],
      ]);
    });

    it("imports an SDMX-JSON 1.0 message when the format is named", async () => {
      const text = `{
        "header": { "id": "OLD", "prepared": "2015-01-01T00:00:00Z", "sender": { "id": "KZ_STAT" } },
        "structure": {
          "dimensions": {
            "dataSet": [
              { "id": "FREQ", "keyPosition": 0, "values": [{ "id": "A" }] },
              { "id": "SERIES", "keyPosition": 1, "values": [{ "id": "EN_MAT_DOMCMPC" }] }
            ],
            "series": [],
            "observation": [
              { "id": "REF_AREA", "keyPosition": 2, "values": [{ "id": "KAZ" }] },
              { "id": "TIME_PERIOD", "keyPosition": 3, "role": "TIME_PERIOD", "values": [{ "id": "2014" }] }
            ]
          },
          "attributes": { "dataSet": [{ "id": "UNIT_MEASURE", "values": [{ "id": "T_PER_CAP" }] }], "series": [], "observation": [] }
        },
        "dataSets": [{ "attributes": [0], "observations": { "0:0": [12345.0001] } }]
      }`;
      const report = await importObservations({
        db: handle.db,
        fileName: "old.txt",
        text,
        format: "sdmx-json",
        source: "test-source",
      });
      expect(report).toMatchObject({ format: "sdmx-json", inserted: 1 });
      expect(await stored()).toEqual([["KAZ", "2014", "", "12345.0001", "T_PER_CAP", 0, "A", null]]);
    });

    it("refuses unknown areas and bad indexes with their line, writing nothing", async () => {
      const text = message(
        `{ "0:0": { "observations": { "0": [1] } }, "1:0": { "observations": { "0": [2] } }, "0:7": { "observations": { "0": [3] } } }`,
        '{ "id": "398" }, { "id": "999" }',
      );
      const error = await importObservations({
        db: handle.db,
        fileName: "bad.json",
        text,
        source: "test-source",
      }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ServiceError);
      const lines = text.split("\n");
      const line = lines.findIndex((entry) => entry.includes('"0:7"')) + 1;
      expect((error as ServiceError).message).toContain(
        `bad.json, row ${line}, column ${(lines[line - 1] ?? "").indexOf('"0:7"') + 1} (TYPE_OF_PRODUCT): error: dataSets[0].series["0:7"]: index "7" of the key "0:7" points to no value of TYPE_OF_PRODUCT (it has 2) [sdmx-json/bad-key]`,
      );
      expect((error as ServiceError).message).toContain(
        `bad.json, row ${line}: error: unknown area 999 (given by REF_AREA) [import/unknown-area]`,
      );
      expect(await stored()).toEqual([]);
    });
  });
}
