/**
 * The in-memory search index follows the database: a write is seen by the next search, and each
 * visibility has counts of its own.
 */
import { type SearchQuery, searchQuerySchema } from "@circular-atlas/contracts";
import type { DatabaseHandle } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliActor, type UserActor } from "../../accounts/actor.ts";
import { seedKnowledgeFixture } from "../../testing/knowledge-fixture.ts";
import { searchKnowledge } from "../search-knowledge.ts";
import { createRecord } from "../write-record.ts";

const query = (input: Record<string, string>): SearchQuery => searchQuerySchema.parse(input);

const admin: UserActor = {
  kind: "user",
  userId: 1,
  label: "admin@example.org",
  role: "admin",
  countries: [],
  scopes: "all",
};

for (const target of testDatabaseTargets()) {
  describe(`browsing counts on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    const browse = (input: Record<string, string>, viewer?: UserActor) =>
      searchKnowledge({ db: handle.db, viewer, query: query(input) });

    beforeAll(async () => {
      handle = await target.open();
      await seedKnowledgeFixture(handle.db);
    });
    afterAll(async () => {
      await handle.close();
    });

    it("sees a new record at once, in the total and in a filtered facet's own counts", async () => {
      const before = await browse({});
      const kazBefore = await browse({ country: "KAZ" });
      await createRecord({
        db: handle.db,
        actor: cliActor,
        input: {
          type: "event",
          status: "published",
          originalLanguage: "en",
          texts: { en: { title: "Recycling fair", summary: "A fair." } },
          countries: ["UZB"],
        },
      });
      const after = await browse({});
      expect(after.total).toBe(before.total + 1);
      expect(after.facets.type).toContainEqual({ value: "event", count: 1 });
      // KAZ's own country facet counts every visible record: UZB gained one.
      const kazAfter = await browse({ country: "KAZ" });
      const uzb = (result: typeof kazBefore) =>
        result.facets.country.find((count) => count.value === "UZB")?.count;
      expect(uzb(kazAfter)).toBe((uzb(kazBefore) ?? 0) + 1);
      expect(kazAfter.total).toBe(kazBefore.total);
    });

    it("keeps the counts of each visibility apart", async () => {
      const anonymous = await browse({});
      const everything = await browse({}, admin);
      // The fixture's draft is visible to an administrator only.
      expect(everything.total).toBe(anonymous.total + 1);
      expect(everything.facets.status.map((count) => count.value)).toContain("draft");
      expect(anonymous.facets.status.map((count) => count.value)).not.toContain("draft");
    });
  });
}
