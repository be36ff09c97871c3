/**
 * The framework and coverage API over the real bundled baseline: cached like the other public
 * data, in the OpenAPI document, CSV on request, and unknown ids refused with a problem.
 */
import { coverageMatrixSchema, frameworkListSchema, seriesFrameworksSchema } from "@circular-atlas/contracts";
import { readCsv } from "@circular-atlas/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";

for (const target of testAppTargets().slice(0, 1)) {
  describe(`coverage API on ${target.kind}`, () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await target.open();
    }, 180_000);
    afterAll(async () => {
      await test?.close();
    });

    it("lists the frameworks, publicly cacheable", async () => {
      const response = await test.app.inject({ url: "/api/frameworks" });
      expect(response.statusCode).toBe(200);
      expect(response.headers["cache-control"]).toMatch(/^public, max-age=/);
      const ids = frameworkListSchema.parse(response.json()).data.map((framework) => framework.id);
      expect(ids).toEqual(["unece-oecd-ce", "sdg", "eurostat-ce-2023"]);
    });

    it("serves a framework's matrix as JSON and as CSV with one row per indicator and country", async () => {
      const json = await test.app.inject({ url: "/api/coverage?framework=eurostat-ce-2023" });
      expect(json.statusCode).toBe(200);
      expect(json.headers["cache-control"]).toMatch(/^public, max-age=/);
      const matrix = coverageMatrixSchema.parse(json.json());
      expect(matrix.rows).toHaveLength(21);
      const csv = await test.app.inject({ url: "/api/coverage?framework=eurostat-ce-2023&format=csv" });
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.headers["content-disposition"]).toBe('attachment; filename="coverage-eurostat-ce-2023.csv"');
      const [header, ...rows] = readCsv(csv.body).records;
      expect(header?.cells.slice(0, 6)).toEqual([
        "framework",
        "group",
        "indicator",
        "indicator_name",
        "area",
        "status",
      ]);
      expect(rows).toHaveLength(21 * 10);
      // Resource productivity has only the DMC-per-GDP proxy: 2000–2017 in every member state.
      const kazakh = rows.find((row) => row.cells[2] === "cei_pc030" && row.cells[4] === "KAZ");
      expect(kazakh?.cells.slice(5, 9)).toEqual(["proxy", "2000", "2017", "18"]);
      const missing = rows.find((row) => row.cells[2] === "cei_srm030" && row.cells[4] === "KAZ");
      expect(missing?.cells.slice(5)).toEqual(["missing", "", "", "0", "", ""]);
    });

    it("refuses an unknown framework with a 400 problem and an unknown series with a 404", async () => {
      const unknown = await test.app.inject({ url: "/api/coverage?framework=nope" });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json()).toMatchObject({
        code: "validation-failed",
        details: { parameter: "framework" },
      });
      expect((await test.app.inject({ url: "/api/coverage" })).statusCode).toBe(400);
      expect((await test.app.inject({ url: "/api/indicators/NOPE/frameworks" })).statusCode).toBe(404);
    });

    it("tells the frameworks of a series and documents all three routes in OpenAPI", async () => {
      const response = await test.app.inject({ url: "/api/indicators/EN_MAT_DOMCMPC/frameworks" });
      const { data } = seriesFrameworksSchema.parse(response.json());
      expect(data.map((entry) => `${entry.framework}:${entry.code}:${entry.relation}`)).toEqual([
        "sdg:8.4.2:direct",
        "sdg:12.2.2:direct",
      ]);
      const openapi = (await test.app.inject({ url: "/api/openapi.json" })).json() as { paths: object };
      expect(Object.keys(openapi.paths)).toEqual(
        expect.arrayContaining(["/api/frameworks", "/api/coverage", "/api/indicators/{code}/frameworks"]),
      );
    });
  });
}
