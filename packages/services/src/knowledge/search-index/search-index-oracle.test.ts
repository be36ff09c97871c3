/**
 * The in-memory index against a second implementation: the SQL statement `searchRecords`,
 * which counts facets and applies visibility and filters in PostgreSQL. For every query, both
 * must find the same records, the same facet counts and the same map points. Then re-indexing
 * after a change of folding rules.
 */
import { type SearchQuery, searchQuerySchema } from "@circular-atlas/contracts";
import { type DatabaseHandle, executeRows, searchRecords } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { parseSearchQuery, toFoldedTsquery, toStemmedTsquery } from "@circular-atlas/formats";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "../../accounts/actor.ts";
import { searchVisibility } from "../../accounts/permissions.ts";
import { seedKnowledgeFixture } from "../../testing/knowledge-fixture.ts";
import { reindexStaleRecords } from "../reindex-records.ts";
import { searchKnowledge } from "../search-knowledge.ts";

const configs = ["english", "russian", "turkish"];
const focalPoint: UserActor = {
  kind: "user",
  userId: 1,
  label: "fp@example.org",
  role: "focal-point",
  countries: ["KAZ"],
  scopes: "all",
};

const cases: { input: Record<string, string>; viewer?: UserActor }[] = [
  { input: {} },
  { input: { q: "recycling", prefix: "false" } },
  { input: { q: "waste" } },
  { input: { q: "переработка" } },
  { input: { q: "Казахстан", type: "policy,initiative" } },
  { input: { q: "recyc", country: "KAZ" } },
  { input: { q: "landfill" }, viewer: focalPoint },
  { input: { country: "UZB", strategy: "R8" } },
  { input: { year: "2021,2022", language: "en" } },
  { input: { q: "recycling -plastic", prefix: "false" } },
  { input: { q: "-plastic" } },
  { input: { status: "draft" }, viewer: focalPoint },
];

/** Facet counts as sorted text, for comparison. */
function facetList(facets: readonly { facet: string; value: string; count: number }[]): string[] {
  return facets.map((item) => `${item.facet}=${item.value}:${item.count}`).sort();
}

for (const target of testDatabaseTargets()) {
  describe(`in-memory search index on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await target.open();
      await seedKnowledgeFixture(handle.db);
    });
    afterAll(async () => {
      await handle.close();
    });

    it("finds, counts and places what the SQL statement does", async () => {
      for (const { input, viewer } of cases) {
        const query: SearchQuery = searchQuerySchema.parse(input);
        const fromIndex = await searchKnowledge({ db: handle.db, viewer, query });
        const parsed = parseSearchQuery(query.q, { prefix: query.prefix });
        const stemmed = toStemmedTsquery(parsed);
        const folded = toFoldedTsquery(parsed);
        const excludedStemmed = toStemmedTsquery(parsed, new Map(), "negated");
        const excludedFolded = toFoldedTsquery(parsed, new Map(), "negated");
        const filter = Object.fromEntries(
          (["type", "country", "sector", "strategy", "theme", "status", "language", "year"] as const).flatMap(
            (facet) => (query[facet] === undefined ? [] : [[facet, query[facet]]]),
          ),
        );
        const fromSql = await searchRecords(handle.db, {
          ...(stemmed === undefined || folded === undefined
            ? {}
            : { stemmed: configs.map((config) => ({ config, query: stemmed })), folded }),
          ...(excludedStemmed === undefined
            ? {}
            : { excludeStemmed: configs.map((config) => ({ config, query: excludedStemmed })) }),
          ...(excludedFolded === undefined ? {} : { excludeFolded: excludedFolded }),
          filter,
          visibility: searchVisibility(viewer),
          limit: 100,
          offset: 0,
          sort: "recent",
        });
        const label = JSON.stringify(input);
        expect(fromIndex.total, label).toBe(fromSql.total);
        expect(fromIndex.hits.map((hit) => hit.id).sort(), label).toEqual(
          fromSql.hits.map((hit) => hit.id).sort(),
        );
        const indexFacets = Object.entries(fromIndex.facets).flatMap(([facet, counts]) =>
          counts.map((count) => ({ facet, ...count })),
        );
        expect(facetList(indexFacets), label).toEqual(facetList(fromSql.facets));
        expect(fromIndex.points, label).toEqual(fromSql.points);
      }
    });

    it("re-indexes records made under older folding rules when asked, and searches them again", async () => {
      await handle.db.execute(
        sql`update kb_record set search_fold_version = 1, search_title_terms = '', search_body_terms = ''`,
      );
      const count = (
        await executeRows<{ count: number }>(handle.db, sql`select count(*)::int as count from kb_record`)
      )[0]?.count;
      expect(await reindexStaleRecords({ db: handle.db })).toBe(count);
      expect(await reindexStaleRecords({ db: handle.db })).toBe(0);
      const stale = await executeRows<{ count: number }>(
        handle.db,
        sql`select count(*)::int as count from kb_record where search_title_terms = ''`,
      );
      expect(stale[0]?.count).toBe(0);
      const result = await searchKnowledge({
        db: handle.db,
        viewer: undefined,
        query: searchQuerySchema.parse({ q: "recycling plant", prefix: "false" }),
      });
      expect(result.hits[0]?.id).toBe("kaz-recycling-plant");
    });
  });
}
