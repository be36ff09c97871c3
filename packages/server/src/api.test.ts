/**
 * The HTTP API in-process (`app.inject`), over the real bundled baseline on PGlite and, with
 * DATABASE_URL, PostgreSQL: responses match the contracts, errors are problem+json with stable
 * codes and no internals, and caching headers behave.
 */
import {
  areaListSchema,
  countryProfileSchema,
  healthSchema,
  indicatorDetailSchema,
  indicatorListSchema,
  observationListSchema,
  problemSchema,
  sourceListSchema,
} from "@circular-atlas/contracts";
import { parseLongXlsx, parseSdmxJson, parseSdmxMl, readCsv } from "@circular-atlas/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets, testIndexHtml } from "./testing/test-app.ts";

const memberStates = ["AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TKM", "TUR", "UZB"];

for (const target of testAppTargets()) {
  describe(`API on ${target.kind}`, () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await target.open();
    });
    afterAll(async () => {
      await test?.close();
    });
    const get = (url: string, headers: Record<string, string> = {}) =>
      test.app.inject({ method: "GET", url, headers });

    it("reports health with migrations and the baseline version", async () => {
      const response = await get("/api/health");
      expect(response.statusCode).toBe(200);
      const health = healthSchema.parse(response.json());
      expect(health).toMatchObject({
        status: "ok",
        database: { kind: target.kind, reachable: true },
        migrations: { upToDate: true, pending: [] },
      });
      expect(health.baseline.observations).toBeGreaterThan(10_000);
    });

    it("lists the ten member states under the ECO organisation", async () => {
      const areas = areaListSchema.parse((await get("/api/areas")).json()).data;
      expect(
        areas
          .filter((area) => area.level === "country")
          .map((area) => area.code)
          .sort(),
      ).toEqual(memberStates);
      expect(areas.find((area) => area.code === "KAZ")).toEqual({
        code: "KAZ",
        m49: 398,
        iso2: "KZ",
        level: "country",
        parentCode: "ECO",
        names: {},
        nationalCodes: {},
      });
      // Kazakhstan's regions come with the baseline, with the data and map codes of Kazstat's files.
      expect(areas.find((area) => area.code === "KAZ-KZAKM")).toMatchObject({
        level: "subnational",
        parentCode: "KAZ",
        nationalCodes: { KAZ: "KZAKM", "KAZ:GeoCode": "KZ03" },
      });
    });

    it("lists indicators with names in three languages and their coverage", async () => {
      const indicators = indicatorListSchema.parse((await get("/api/indicators")).json()).data;
      const dmc = indicators.find((indicator) => indicator.code === "EN_MAT_DOMCMPC");
      expect(dmc?.names).toMatchObject({
        en: expect.any(String),
        ru: expect.any(String),
        fa: expect.any(String),
      });
      expect(dmc?.coverage).toMatchObject({ firstYear: 2000, lastYear: 2017, areaCount: 10 });
      const waste = indicatorListSchema.parse((await get("/api/indicators?topic=waste")).json()).data;
      expect(waste.length).toBeGreaterThan(0);
      expect(waste.every((indicator) => indicator.topic === "waste")).toBe(true);
      const detail = indicatorDetailSchema.parse((await get("/api/indicators/EN_MAT_DOMCMPC")).json());
      expect(detail.dimensionCodes.map((code) => code.code)).toContain("BIM");
    });

    it("answers a country–indicator query with exact values and the sources cited", async () => {
      const response = await get("/api/observations?indicator=EN_MAT_DOMCMPC&area=KAZ&from=2015&to=2017");
      expect(response.statusCode).toBe(200);
      const list = observationListSchema.parse(response.json());
      expect(list.data.map((observation) => [observation.year, observation.area])).toEqual([
        [2015, "KAZ"],
        [2016, "KAZ"],
        [2017, "KAZ"],
      ]);
      expect(list.data.every((observation) => /^\d+(\.\d+)?$/.test(observation.value))).toBe(true);
      expect(list.sources.map((source) => source.id)).toEqual([list.data[0]?.source]);
      expect(list.sources[0]?.licence).toMatch(/CC BY/);
    });

    it("returns the same rows as CSV, each with unit, source and licence", async () => {
      const json = observationListSchema.parse(
        (await get("/api/observations?indicator=SP.POP.TOTL&area=KAZ,UZB&from=2020&to=2021")).json(),
      );
      const response = await get(
        "/api/observations?indicator=SP.POP.TOTL&area=KAZ,UZB&from=2020&to=2021&format=csv",
      );
      expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers["content-disposition"]).toContain("attachment");
      const [header, ...rows] = readCsv(response.body).records.map((record) => record.cells);
      expect(header?.slice(0, 6)).toEqual([
        "indicator",
        "area",
        "time_period",
        "dimensions",
        "value",
        "unit",
      ]);
      expect(header).toContain("licence");
      expect(rows.map((row) => [row[1], row[2], row[4]])).toEqual(
        json.data.map((observation) => [observation.area, observation.timePeriod, observation.value]),
      );
    });

    it("serves a query in the exchange formats, each readable by the matching reader", async () => {
      const query = "/api/observations?indicator=SP.POP.TOTL&area=KAZ,UZB&from=2020&to=2021";
      const json = observationListSchema.parse((await get(query)).json());
      const xml = await get(`${query}&format=sdmx-ml`);
      expect(xml.headers["content-type"]).toContain("application/xml");
      expect(xml.headers["content-disposition"]).toContain(".xml");
      const read = parseSdmxMl(xml.body);
      expect(read.observations.map((row) => [row.dimensions["REF_AREA"], row.timePeriod, row.value])).toEqual(
        json.data.map((observation) => [
          observation.area === "KAZ" ? "398" : "860",
          observation.timePeriod,
          observation.value,
        ]),
      );
      const sdmxJson = await get(`${query}&format=sdmx-json`);
      expect(sdmxJson.headers["content-type"]).toContain("application/vnd.sdmx.data+json");
      expect(sdmxJson.headers["content-disposition"]).toContain(".json");
      expect(
        parseSdmxJson(sdmxJson.body).observations.map((row) => [
          row.dimensions["REF_AREA"],
          row.timePeriod,
          row.value,
        ]),
      ).toEqual(read.observations.map((row) => [row.dimensions["REF_AREA"], row.timePeriod, row.value]));
      const sdmxCsv = await get(`${query}&format=sdmx-csv`);
      expect(sdmxCsv.body.startsWith("DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,")).toBe(true);
      expect((await get(`${query}&format=opensdg`)).body.split("\n")[0]).toBe(
        "Year,SERIES,REF_AREA,UNIT_MEASURE,Value",
      );
      const xlsx = await get(`${query}&format=xlsx`);
      expect(xlsx.headers["content-type"]).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      expect(xlsx.headers["content-disposition"]).toBe(
        'attachment; filename="observations-SP.POP.TOTL.xlsx"',
      );
      // The bytes are cached like text: the second answer is the same workbook.
      const cached = await get(`${query}&format=xlsx`);
      expect(cached.headers["x-cache"]).toBe("hit");
      expect(cached.rawPayload.equals(xlsx.rawPayload)).toBe(true);
      const workbook = parseLongXlsx(new Uint8Array(xlsx.rawPayload));
      expect(workbook.diagnostics).toEqual([]);
      expect(workbook.observations.map((row) => [row.area, String(row.year), row.value])).toEqual(
        json.data.map((observation) => [observation.area, observation.timePeriod, observation.value]),
      );
      expect((await get(`${query}&format=xml`)).statusCode).toBe(400);
    });

    it("filters by an SDMX-style key and pages with links to the next page", async () => {
      const byParameters = observationListSchema.parse(
        (await get("/api/observations?indicator=SP.POP.TOTL&area=KAZ,UZB&from=2018&to=2021")).json(),
      );
      // "+" in a query string arrives as a space; %2B arrives as "+": both separate alternatives.
      for (const key of ["SP.POP.TOTL.KAZ+UZB", "SP.POP.TOTL.KAZ%2BUZB"]) {
        const byKey = observationListSchema.parse(
          (await get(`/api/observations?key=${key}&from=2018&to=2021`)).json(),
        );
        expect(byKey.data).toEqual(byParameters.data);
      }
      const total = byParameters.data.length;
      expect(total).toBe(8);
      const first = await get("/api/observations?key=SP.POP.TOTL.KAZ+UZB&from=2018&to=2021&limit=3");
      expect(first.headers["x-total-count"]).toBe(String(total));
      const page = observationListSchema.parse(first.json());
      expect(page.data).toEqual(byParameters.data.slice(0, 3));
      expect(page.paging).toMatchObject({ offset: 0, limit: 3, total });
      const next = page.paging?.next;
      expect(next).toContain("offset=3");
      expect(first.headers.link).toBe(`<${next}>; rel="next"`);
      const second = observationListSchema.parse((await get(next ?? "")).json());
      expect(second.data).toEqual(byParameters.data.slice(3, 6));
      const last = observationListSchema.parse((await get(second.paging?.next ?? "")).json());
      expect(last.data).toEqual(byParameters.data.slice(6));
      expect(last.paging?.next).toBeNull();
      const ambiguous = await get("/api/observations?key=SP.POP.TOTL+EN_MAT_DOMCMPT..BIM");
      expect(ambiguous.json()).toMatchObject({ status: 400, code: "validation-failed" });
      expect(ambiguous.json().detail).toContain("same dimensions");
    });

    it("serves a whole country profile in one request, gaps included", async () => {
      const profile = countryProfileSchema.parse((await get("/api/countries/kaz/profile")).json());
      expect(profile.area.code).toBe("KAZ");
      expect(profile.sections.map((section) => section.topic)).toEqual([
        "population-economy",
        "industry-employment",
        "materials",
        "waste",
        "energy-climate",
      ]);
      const all = profile.sections.flatMap((section) => section.indicators);
      expect(
        all.find((entry) => entry.indicator.code === "SP.POP.TOTL")?.observations.length,
      ).toBeGreaterThan(50);
      expect(profile.sources.length).toBeGreaterThan(2);
      const tkm = countryProfileSchema.parse((await get("/api/countries/TKM/profile")).json());
      const tkmTech = tkm.sections
        .flatMap((section) => section.indicators)
        .find((entry) => entry.indicator.code === "NV.MNF.TECH.ZS.UN");
      expect(tkmTech?.observations).toEqual([]);
    });

    it("answers an unknown country in the path with a 404 problem", async () => {
      const response = await get("/api/countries/XYZ/profile");
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
      expect(problemSchema.parse(response.json())).toMatchObject({
        status: 404,
        code: "unknown-area",
        details: { codes: ["XYZ"] },
      });
      expect((await get("/api/indicators/NOPE")).json()).toMatchObject({
        status: 404,
        code: "unknown-indicator",
      });
    });

    it("answers unknown codes and malformed parameters in a query with 400 problems", async () => {
      const unknownArea = await get("/api/observations?indicator=EN_MAT_DOMCMPC&area=KAZ,ZZZ");
      expect(unknownArea.statusCode).toBe(400);
      expect(unknownArea.json()).toMatchObject({
        code: "unknown-area",
        details: { codes: ["ZZZ"] },
        type: "/api/docs#problem-unknown-area",
      });
      expect((await get("/api/observations?indicator=NOT_A_SERIES")).json()).toMatchObject({
        status: 400,
        code: "unknown-indicator",
      });
      const malformed = await get("/api/observations?indicator=EN_MAT_DOMCMPC&from=soon");
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({ code: "validation-failed" });
      expect(malformed.json().detail).toContain("from");
      const missing = await get("/api/observations");
      expect(missing.json()).toMatchObject({ status: 400, code: "validation-failed" });
      const empty = await get("/api/observations?indicator=SP.POP.TOTL&from=2020&to=2010");
      expect(empty.json()).toMatchObject({ status: 400, code: "validation-failed" });
    });

    it("answers unknown API paths with a 404 problem and deep links with the app shell", async () => {
      expect((await get("/api/nothing-here")).json()).toMatchObject({ status: 404, code: "not-found" });
      const deepLink = await get("/countries/KAZ");
      expect(deepLink.statusCode).toBe(200);
      expect(deepLink.body).toBe(testIndexHtml);
      expect((await get("/missing.js")).statusCode).toBe(404);
    });

    it("sends a strict Content Security Policy and no framework fingerprints", async () => {
      const response = await get("/countries/KAZ");
      const policy = response.headers["content-security-policy"];
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
      expect(policy).not.toMatch(/https?:/);
      expect(response.headers["x-powered-by"]).toBeUndefined();
    });

    it("revalidates with ETag, caches reads, and compresses large responses", async () => {
      const url = "/api/observations?indicator=EN_MAT_DOMCMPT&area=KAZ&breakdown=all";
      const first = await get(url);
      expect(first.headers["cache-control"]).toContain("max-age=60");
      const etag = first.headers["etag"] as string;
      expect(etag).toBeTruthy();
      const second = await get(url);
      expect(second.headers["x-cache"]).toBe("hit");
      expect(second.body).toBe(first.body);
      expect((await get(url, { "if-none-match": etag })).statusCode).toBe(304);
      const compressed = await get(url, { "accept-encoding": "br, gzip" });
      expect(compressed.headers["content-encoding"]).toBe("br");
      expect(Number(compressed.headers["content-length"] ?? compressed.rawPayload.length)).toBeLessThan(
        first.body.length,
      );
    });

    it("describes itself in OpenAPI and in readable documentation", async () => {
      const document = (await get("/api/openapi.json")).json();
      expect(document.openapi).toBe("3.1.0");
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          "/api/areas",
          "/api/indicators",
          "/api/observations",
          "/api/countries/{code}/profile",
          "/api/health",
        ]),
      );
      const parameters = document.paths["/api/observations"].get.parameters.map(
        (parameter: { name: string }) => parameter.name,
      );
      expect(parameters).toEqual(expect.arrayContaining(["indicator", "area", "from", "to", "format"]));
      const docs = await get("/api/docs");
      expect(docs.headers["content-type"]).toContain("text/html");
      expect(docs.body).toContain('id="problem-unknown-area"');
      expect(docs.body).not.toContain("<script");
      expect(docs.body).not.toContain("style=");
    });

    it("lists sources with licences and serves map geometry", async () => {
      const sources = sourceListSchema.parse((await get("/api/sources")).json()).data;
      expect(sources.every((source) => source.licence.length > 0 && source.citation.length > 0)).toBe(true);
      const geometry = await get("/api/geometry");
      expect(geometry.headers["cache-control"]).toContain("max-age=86400");
      const topology = geometry.json();
      const members = topology.objects.countries.geometries.filter(
        (feature: { properties: { eco: boolean } }) => feature.properties.eco,
      );
      expect(
        members.map((feature: { properties: { iso3: string } }) => feature.properties.iso3).sort(),
      ).toEqual(memberStates);
      const regions = (await get("/api/geometry/regions")).json();
      expect(
        regions.objects.KAZ.geometries.map(
          (feature: { properties: { code: string } }) => feature.properties.code,
        ),
      ).toContain("KAZ-KZAKM");
    });
  });
}
