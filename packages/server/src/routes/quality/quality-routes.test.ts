/**
 * Data-quality review over HTTP: held values are visible to signed-in users only (country roles
 * see their own countries), a reviewer confirms one with a comment and it is published, and a
 * rule set is validated whole before it replaces the one in force.
 */
import { flaggedValueListSchema, observationListSchema, problemSchema } from "@circular-atlas/contracts";
import { importObservations } from "@circular-atlas/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";

for (const target of testAppTargets().slice(0, 1)) {
  describe(`quality API on ${target.kind}`, () => {
    let test: TestApp;
    let reviewer: TestUser;
    let focalPoint: TestUser;
    let editor: TestUser;
    beforeAll(async () => {
      test = await target.open();
      reviewer = await createTestUser(test.app, test.db, { role: "reviewer" });
      focalPoint = await createTestUser(test.app, test.db, { role: "focal-point", countries: ["KAZ"] });
      editor = await createTestUser(test.app, test.db, { role: "editor" });
      // The NSC's lost-decimal 12.4.2 shares, as ../shared/data/open-sdg-kyrgyzstan-sdmx/PROVENANCE.md lists them.
      await importObservations({
        db: test.db,
        fileName: "kgz.csv",
        text: "indicator,area,year,value,unit,source\nEN_HAZ_TRTDISR,KGZ,2015,467,PT,NSC (2025)\nEN_HAZ_TRTDISR,KGZ,2016,329,PT,NSC (2025)\n",
      });
    }, 60_000);
    afterAll(async () => {
      await test?.close();
    });

    const flags = (headers: Record<string, string> = {}, query = "") =>
      test.app.inject({ url: `/api/quality/flags${query}`, headers });

    it("shows held values to signed-in users of the right countries only, never cached", async () => {
      expect((await flags()).statusCode).toBe(401);
      const listed = await flags(reviewer.headers, "?area=KGZ");
      expect(listed.statusCode).toBe(200);
      expect(listed.headers["cache-control"]).toBe("private, no-store");
      const values = flaggedValueListSchema.parse(listed.json()).data;
      expect(values.map((value) => [value.timePeriod, value.value, value.state])).toEqual([
        ["2015", "467", "pending"],
        ["2016", "329", "pending"],
      ]);
      expect(values[0]?.flags.map((flag) => flag.ruleId)).toContain("percent-range");
      const kazakhOnly = flaggedValueListSchema.parse((await flags(focalPoint.headers)).json()).data;
      expect(kazakhOnly).toEqual([]);
      expect((await flags(reviewer.headers, "?state=maybe")).statusCode).toBe(400);
    });

    it("publishes a held value a reviewer confirms with a comment, and refuses others", async () => {
      const [held] = flaggedValueListSchema.parse((await flags(reviewer.headers, "?area=KGZ")).json()).data;
      const url = `/api/quality/flags/${held?.versionId}/review`;
      const review = (user: TestUser, payload: unknown) =>
        test.app.inject({ method: "POST", url, headers: user.headers, payload: payload as string });
      expect((await review(focalPoint, { decision: "confirm", comment: "ok" })).statusCode).toBe(403);
      const blank = await review(reviewer, { decision: "confirm", comment: "  " });
      expect(blank.statusCode).toBe(400);
      expect(problemSchema.parse(blank.json()).code).toBe("validation-failed");
      const confirmed = await review(reviewer, { decision: "confirm", comment: "confirmed by the NSC" });
      expect(confirmed.statusCode).toBe(200);
      const body = confirmed.json() as { state: string; flags: { state: string; reviewComment: string }[] };
      expect(body.state).toBe("published");
      expect(new Set(body.flags.map((flag) => `${flag.state}: ${flag.reviewComment}`))).toEqual(
        new Set(["confirmed: confirmed by the NSC"]),
      );
      expect((await review(reviewer, { decision: "reject", comment: "again" })).statusCode).toBe(409);
      const published = observationListSchema.parse(
        (
          await test.app.inject({
            url: "/api/observations?indicator=EN_HAZ_TRTDISR&area=KGZ&from=2015&to=2015",
          })
        ).json(),
      ).data;
      expect(published.map((row) => row.value)).toEqual(["467"]);
    });

    it("replaces the rule set only with a valid one, naming each bad field", async () => {
      const before = await test.app.inject({ url: "/api/quality/rules" });
      expect(before.json()).toMatchObject({ origin: "default" });
      const put = (user: TestUser, payload: unknown) =>
        test.app.inject({
          method: "PUT",
          url: "/api/quality/rules",
          headers: user.headers,
          payload: payload as string,
        });
      const rule = { id: "percent", kind: "percent-range", severity: "error", params: { min: 0, max: 100 } };
      expect((await put(reviewer, [rule])).statusCode).toBe(403);
      const bad = await put(editor, [{ ...rule, params: { min: 5, max: 1 } }]);
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ details: { issues: [{ path: "0.params.min" }] } });
      expect((await test.app.inject({ url: "/api/quality/rules" })).json()).toMatchObject({
        origin: "default",
      });
      const saved = await put(editor, [rule]);
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ origin: "saved", rules: [{ id: "percent", enabled: true }] });
    });
  });
}
