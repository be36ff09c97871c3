/**
 * A value's life over HTTP: a flagged import is held (the public sees a count, never the figure),
 * a reviewer rejects it or confirms another, a correction supersedes the baseline value, and the
 * history and `asOf` answer with what was published when. The baseline values used below are the
 * bundled data/baseline/observations.csv rows for EN_HAZ_TRTDISR in KGZ (2014: 48.75, 2015: 47.02,
 * 2016: 32.79).
 */
import {
  flaggedValueListSchema,
  heldValueCountSchema,
  observationHistorySchema,
  observationListSchema,
  problemSchema,
} from "@circular-atlas/contracts";
import { importObservations } from "@circular-atlas/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";

const header = "indicator,area,year,value,unit,source\n";

for (const target of testAppTargets().slice(0, 1)) {
  describe(`observation history API on ${target.kind}`, () => {
    let test: TestApp;
    let reviewer: TestUser;
    beforeAll(async () => {
      test = await target.open();
      reviewer = await createTestUser(test.app, test.db, { role: "reviewer" });
      // The NSC's lost-decimal shares (../shared/data/open-sdg-kyrgyzstan-sdmx/PROVENANCE.md).
      await importObservations({
        db: test.db,
        fileName: "kgz-12-4-2.csv",
        text: `${header}EN_HAZ_TRTDISR,KGZ,2015,467,PT,NSC (2025)\nEN_HAZ_TRTDISR,KGZ,2016,329,PT,NSC (2025)\n`,
      });
    }, 180_000); // Opening loads the whole bundled baseline: slow on a shared machine.
    afterAll(async () => {
      await test?.close();
    });

    const get = async (url: string, headers: Record<string, string> = {}) => {
      const response = await test.app.inject({ url, headers });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      return response.json() as unknown;
    };
    const history = async (query: string) =>
      observationHistorySchema.parse(await get(`/api/observations/history?${query}`)).data;
    const published = async (query: string) =>
      observationListSchema
        .parse(await get(`/api/observations?indicator=EN_HAZ_TRTDISR&area=KGZ&${query}`))
        .data.map((row) => `${row.timePeriod}=${row.value}`);
    const review = (versionId: number, decision: string, comment: string) =>
      test.app.inject({
        method: "POST",
        url: `/api/quality/flags/${versionId}/review`,
        headers: reviewer.headers,
        payload: { decision, comment },
      });

    it("lists held values with the published value they would replace, and counts them publicly", async () => {
      const held = flaggedValueListSchema.parse(
        await get("/api/quality/flags?area=KGZ&indicator=EN_HAZ_TRTDISR", reviewer.headers),
      ).data;
      expect(held.map((value) => [value.timePeriod, value.value, value.publishedValue])).toEqual([
        ["2015", "467", "47.02"],
        ["2016", "329", "32.79"],
      ]);
      const counts = heldValueCountSchema.parse(
        await get("/api/quality/awaiting-review?indicator=EN_HAZ_TRTDISR"),
      );
      expect(counts).toEqual({ indicator: "EN_HAZ_TRTDISR", total: 2, data: [{ area: "KGZ", count: 2 }] });
      // The public history has only the baseline value: the held figure is nowhere in it.
      const versions = await history("indicator=EN_HAZ_TRTDISR&area=KGZ&timePeriod=2015&breakdown=");
      expect(versions.map((entry) => [entry.version, entry.value, entry.state, entry.import.kind])).toEqual([
        [1, "47.02", "published", "baseline"],
      ]);
      expect(JSON.stringify(await history("indicator=EN_HAZ_TRTDISR&area=KGZ"))).not.toContain('"467"');
    });

    it("keeps a rejected value out of the history and shows a confirmed one superseding the old", async () => {
      const held = flaggedValueListSchema.parse(
        await get("/api/quality/flags?area=KGZ&indicator=EN_HAZ_TRTDISR", reviewer.headers),
      ).data;
      const [first, second] = held;
      if (first === undefined || second === undefined) throw new Error("expected two held values");
      expect((await review(first.versionId, "reject", "lost decimal point")).statusCode).toBe(200);
      expect((await review(second.versionId, "confirm", "checked with the NSC")).statusCode).toBe(200);
      expect(
        (await history("indicator=EN_HAZ_TRTDISR&area=KGZ&timePeriod=2015")).map((entry) => entry.state),
      ).toEqual(["published"]);
      const versions = await history("indicator=EN_HAZ_TRTDISR&area=KGZ&timePeriod=2016");
      expect(
        versions.map((entry) => [entry.version, entry.value, entry.state, entry.import.fileName]),
      ).toEqual([
        [2, "329", "published", "kgz-12-4-2.csv"],
        [1, "32.79", "superseded", "baseline"],
      ]);
      expect(versions[1]?.supersededAt).toBe(versions[0]?.publishedAt);
      const counts = heldValueCountSchema.parse(
        await get("/api/quality/awaiting-review?indicator=EN_HAZ_TRTDISR"),
      );
      expect(counts.total).toBe(0);
    });

    it("answers asOf with the values as they were published at that moment", async () => {
      const report = await importObservations({
        db: test.db,
        fileName: "kgz-correction.csv",
        // 2014, since 2015 next to the confirmed 329 of 2016 would itself be flagged as a jump.
        text: `${header}EN_HAZ_TRTDISR,KGZ,2014,48.8,PT,NSC (2025)\n`,
      });
      expect(report).toMatchObject({ updated: 1, flagged: 0 });
      const versions = await history("indicator=EN_HAZ_TRTDISR&area=KGZ&timePeriod=2014");
      expect(versions.map((entry) => [entry.version, entry.value, entry.state])).toEqual([
        [2, "48.8", "published"],
        [1, "48.75", "superseded"],
      ]);
      const firstPublished = versions[1]?.publishedAt ?? "";
      expect(await published("from=2014&to=2016")).toEqual(["2014=48.8", "2015=47.02", "2016=329"]);
      expect(await published(`from=2014&to=2016&asOf=${encodeURIComponent(firstPublished)}`)).toEqual([
        "2014=48.75",
        "2015=47.02",
        "2016=32.79",
      ]);
      // Before the baseline was loaded nothing was published: missing, not zero.
      expect(await published("from=2015&to=2016&asOf=2000-01-01")).toEqual([]);
    });

    it("documents the history, the public count and asOf in OpenAPI", async () => {
      const document = (await get("/api/openapi.json")) as {
        paths: Record<string, { get: { parameters: { name: string }[] } }>;
      };
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining(["/api/observations/history", "/api/quality/awaiting-review"]),
      );
      const names = (path: string) => document.paths[path]?.get.parameters.map((parameter) => parameter.name);
      expect(names("/api/observations/history")).toEqual(["indicator", "area", "timePeriod", "breakdown"]);
      expect(names("/api/observations")).toContain("asOf");
    });

    it("names what is wrong in a bad history or asOf query", async () => {
      const unknown = await test.app.inject({ url: "/api/observations/history?indicator=NOPE&area=KGZ" });
      expect(problemSchema.parse(unknown.json()).code).toBe("unknown-indicator");
      const breakdown = await test.app.inject({
        url: "/api/observations/history?indicator=EN_HAZ_TRTDISR&area=KGZ&breakdown=SEX",
      });
      expect(breakdown.statusCode).toBe(400);
      expect(problemSchema.parse(breakdown.json()).detail).toContain("breakdown");
      const asOf = await test.app.inject({
        url: "/api/observations?indicator=EN_HAZ_TRTDISR&asOf=yesterday",
      });
      expect(asOf.statusCode).toBe(400);
      expect(asOf.body).toContain("asOf");
    });
  });
}
