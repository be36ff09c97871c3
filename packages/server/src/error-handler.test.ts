/** Failures nobody planned for reach clients as a generic problem, never as a stack trace or SQL. */
import { problemSchema } from "@circular-atlas/contracts";
import { describe, expect, it } from "vitest";
import { testAppTargets } from "./testing/test-app.ts";

describe("unexpected failures", () => {
  it("answer with a generic problem and no internals when the database goes away", async () => {
    const [pglite] = testAppTargets();
    if (pglite === undefined) throw new Error("the PGlite target is always present");
    const test = await pglite.open();
    try {
      // Warm the reference catalogue, then pull the database out from under the app.
      expect((await test.app.inject({ method: "GET", url: "/api/areas" })).statusCode).toBe(200);
      await test.closeDatabase();
      const response = await test.app.inject({ method: "GET", url: "/api/countries/KAZ/profile" });
      expect(response.statusCode).toBe(500);
      const problem = problemSchema.parse(response.json());
      expect(problem).toMatchObject({
        code: "internal-error",
        detail: "Something went wrong on the server; it has been logged.",
      });
      expect(response.body).not.toMatch(/at .+\.ts:\d+|PGlite|select |stack/i);
      const health = await test.app.inject({ method: "GET", url: "/api/health" });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ status: "degraded", database: { reachable: false } });
    } finally {
      await test.close();
    }
  });
});
