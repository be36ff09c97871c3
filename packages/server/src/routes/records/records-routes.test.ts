/**
 * Records over HTTP: bad input of every kind is a precise problem+json that changes nothing;
 * markup is stored as typed and served as JSON text; imports and exports round-trip.
 */
import { problemSchema, recordSchema, searchResultSchema } from "@circular-atlas/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";

const record = {
  type: "good-practice",
  originalLanguage: "en",
  texts: { en: { title: "Tyre retreading cooperative", summary: "Retreads truck tyres." } },
  countries: ["KGZ"],
  strategies: ["R5"],
  details: { practiceKind: "business-model" },
};

for (const target of testAppTargets()) {
  describe(`records API on ${target.kind}`, () => {
    let test: TestApp;
    let editor: TestUser;
    beforeAll(async () => {
      test = await target.open();
      editor = await createTestUser(test.app, test.db, { role: "editor" });
    });
    afterAll(async () => {
      await test?.close();
    });
    const send = (
      method: "POST" | "PUT",
      url: string,
      payload: unknown,
      headers: Record<string, string> = {},
    ) =>
      test.app.inject({
        method,
        url,
        payload: payload as string,
        headers: { ...editor.headers, ...headers },
      });
    const exportCount = async () =>
      (
        JSON.parse(
          (await test.app.inject({ url: "/api/records/export", headers: editor.headers })).body,
        ) as unknown[]
      ).length;

    it("answers oversized fields, bad codes and unknown fields with the path of each", async () => {
      const before = await exportCount();
      const oversized = await send("POST", "/api/records", {
        ...record,
        texts: { en: { title: "t".repeat(301), summary: "" } },
      });
      expect(oversized.statusCode).toBe(400);
      const problem = problemSchema.parse(oversized.json());
      expect(problem.code).toBe("validation-failed");
      expect(problem.details).toMatchObject({ issues: [{ in: "body", path: "texts.en.title" }] });
      const codes = await send("POST", "/api/records", { ...record, strategies: ["R42"], sectors: ["X"] });
      expect(codes.statusCode).toBe(422);
      expect(codes.json()).toMatchObject({
        code: "record-invalid",
        details: {
          issues: [
            { path: "sectors.0", message: '"X" is not a code of the sector taxonomy' },
            { path: "strategies.0", message: '"R42" is not a code of the strategy taxonomy' },
          ],
        },
      });
      const tooBig = await send("POST", "/api/records", {
        ...record,
        texts: { en: { title: "x", summary: "y".repeat(2_000_000) } },
      });
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.headers["content-type"]).toMatch(/problem\+json/);
      const notJson = await send("POST", "/api/records", "{not json", { "content-type": "application/json" });
      expect(notJson.statusCode).toBe(400);
      expect(await exportCount()).toBe(before);
    });

    it("stores markup as typed and returns it as text, never as markup", async () => {
      const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
      const created = await send("POST", "/api/records", {
        ...record,
        texts: { en: { title: hostile, summary: hostile } },
      });
      expect(created.statusCode).toBe(201);
      const saved = recordSchema.parse(created.json());
      expect(saved.texts["en"]?.title).toBe(hostile);
      const fetched = await test.app.inject({ url: `/api/records/${saved.id}`, headers: editor.headers });
      expect(fetched.headers["content-type"]).toMatch(/^application\/json/);
      expect(fetched.headers["content-security-policy"]).toContain("script-src 'self'");
      const search = searchResultSchema.parse(
        (await test.app.inject({ url: "/api/search?q=onerror", headers: editor.headers })).json(),
      );
      expect(search.hits[0]?.title.map((segment) => segment.text).join("")).toBe(hostile);
    });

    it("imports a CSV with a dry run first, refuses a malformed one whole, and exports it back", async () => {
      const csv = [
        "id,type,original_language,countries,strategies,details,title_en,summary_en,title_ru,summary_ru,translated_ru",
        'kgz-tyre-coop,good-practice,en,KGZ,R5,"{""practiceKind"":""business-model""}",Tyre cooperative,Retreads tyres.,Шиномонтажный кооператив,Восстанавливает шины.,true',
      ].join("\n");
      const headers = { "content-type": "text/csv" };
      const dry = await send("POST", "/api/records/import?dryRun=true&fileName=tyres.csv", csv, headers);
      expect(dry.statusCode).toBe(200);
      expect(dry.json()).toMatchObject({ written: false, created: ["kgz-tyre-coop"] });
      expect(
        (await test.app.inject({ url: "/api/records/kgz-tyre-coop", headers: editor.headers })).statusCode,
      ).toBe(404);
      const broken = `${csv}\nkgz-bad,policy,en,KGZ,R5,{oops,Bad,Bad,,,`;
      const refused = await send("POST", "/api/records/import?fileName=tyres.csv", broken, headers);
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        code: "import-invalid",
        details: {
          problems: [
            { where: "row 3", path: "column 6 (details)", message: "details must be JSON (e.g. {})" },
          ],
        },
      });
      expect(
        (await test.app.inject({ url: "/api/records/kgz-tyre-coop", headers: editor.headers })).statusCode,
      ).toBe(404);
      const done = await send("POST", "/api/records/import?fileName=tyres.csv", csv, headers);
      expect(done.json()).toMatchObject({ written: true, created: ["kgz-tyre-coop"] });
      const exported = await test.app.inject({
        url: "/api/records/export?format=csv&country=KGZ",
        headers: editor.headers,
      });
      expect(exported.headers["content-type"]).toMatch(/^text\/csv/);
      expect(exported.body).toContain("Шиномонтажный кооператив");
      const anonymous = await test.app.inject({ url: "/api/records/export?country=KGZ" });
      expect(anonymous.body).not.toContain("kgz-tyre-coop");
    });

    it("refuses imports from anonymous callers and from readers", async () => {
      const anonymous = await test.app.inject({
        method: "POST",
        url: "/api/records/import",
        payload: [record],
      });
      expect(anonymous.statusCode).toBe(401);
      const reader = await createTestUser(test.app, test.db, { role: "reader" });
      const refused = await test.app.inject({
        method: "POST",
        url: "/api/records/import",
        payload: [record],
        headers: reader.headers,
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        details: { problems: [{ path: "countries", message: "you may not create records for KGZ" }] },
      });
    });
  });
}
