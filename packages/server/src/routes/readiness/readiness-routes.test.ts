/**
 * The readiness-index API over the real bundled baseline: the DTO answers its contract and is
 * cached like other public data; the four input files download as what `atlas index build`
 * reads, and agree with the DTO; an unknown file name is refused; the routes are in OpenAPI.
 * (Scores themselves are checked against the plain-R reference in the service's test.)
 */
import { readinessIndexSchema } from "@circular-atlas/contracts";
import { readCsv } from "@circular-atlas/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";

for (const target of testAppTargets().slice(0, 1)) {
  describe(`readiness API on ${target.kind}`, () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await target.open();
    }, 180_000);
    afterAll(async () => {
      await test?.close();
    });

    it("answers the index, publicly cacheable, every member ranked with an interval", async () => {
      const response = await test.app.inject({ url: "/api/readiness-index" });
      expect(response.statusCode).toBe(200);
      expect(response.headers["cache-control"]).toMatch(/^public, max-age=/);
      const index = readinessIndexSchema.parse(response.json());
      expect(index.countries).toHaveLength(10);
      expect(index.countries.every((country) => country.rankInterval !== null)).toBe(true);
      expect([...index.countries.map((country) => country.rank)].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      );
      // A second request is served from the response cache with the same ETag.
      const again = await test.app.inject({ url: "/api/readiness-index" });
      expect(again.headers.etag).toBe(response.headers.etag);
    });

    it("downloads iData, iMeta, pipeline and uncertainty spec as the files the CLI reads", async () => {
      const index = readinessIndexSchema.parse(
        (await test.app.inject({ url: "/api/readiness-index" })).json(),
      );
      const data = await test.app.inject({ url: "/api/readiness-index/inputs/iData.csv" });
      expect(data.statusCode).toBe(200);
      expect(data.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(data.headers["content-disposition"]).toBe('attachment; filename="iData.csv"');
      const records = readCsv(data.body).records.map((record) => record.cells);
      expect(records[0]).toEqual(index.inputs.iData.header);
      expect(records.slice(1).map((row) => row[0])).toEqual(index.inputs.iData.rows.map((row) => row[0]));
      const meta = await test.app.inject({ url: "/api/readiness-index/inputs/iMeta.csv" });
      // Header, 12 indicators, the 2 GDP denominators of the intensities, 4 pillars, the index.
      const metaRows = readCsv(meta.body).records.map((record) => record.cells);
      expect(metaRows).toHaveLength(1 + 12 + 2 + 4 + 1);
      expect(metaRows.filter((row) => row[4] === "Denominator").map((row) => row[0])).toEqual([
        "GDP_MSW_YEAR",
        "GDP_CO2_YEAR",
      ]);
      const pipeline = await test.app.inject({ url: "/api/readiness-index/inputs/pipeline.json" });
      expect(pipeline.headers["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(pipeline.body)).toEqual(index.inputs.pipeline);
      const spec = await test.app.inject({ url: "/api/readiness-index/inputs/uncertainty.json" });
      expect(JSON.parse(spec.body)).toEqual(index.inputs.uncertainty);
    });

    it("refuses an unknown input file with a 400 problem", async () => {
      const response = await test.app.inject({ url: "/api/readiness-index/inputs/secrets.txt" });
      expect(response.statusCode).toBe(400);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: "validation-failed" });
    });

    it("documents both routes in the OpenAPI document", async () => {
      const document = (await test.app.inject({ url: "/api/openapi.json" })).json() as {
        paths: Record<string, unknown>;
      };
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining(["/api/readiness-index", "/api/readiness-index/inputs/{file}"]),
      );
    });
  });
}
