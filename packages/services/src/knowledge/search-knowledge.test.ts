/**
 * Search over a real database (PGlite, and PostgreSQL when DATABASE_URL is set): folding,
 * stemming, typos, prefixes, cross-language taxonomy labels, facets and visibility.
 */
import { type SearchQuery, searchQuerySchema } from "@circular-atlas/contracts";
import type { DatabaseHandle } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "../accounts/actor.ts";
import { seedKnowledgeFixture } from "../testing/knowledge-fixture.ts";
import { searchKnowledge } from "./search-knowledge.ts";

const query = (input: Record<string, string>): SearchQuery => searchQuerySchema.parse(input);

for (const target of testDatabaseTargets()) {
  describe(`searchKnowledge on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    const ids = async (input: Record<string, string>, viewer?: UserActor) =>
      (await searchKnowledge({ db: handle.db, viewer, query: query(input) })).hits
        .map((hit) => hit.id)
        .sort();

    beforeAll(async () => {
      handle = await target.open();
      await seedKnowledgeFixture(handle.db);
    });
    afterAll(async () => {
      await handle.close();
    });

    it("finds English words by their stem and marks them in the title", async () => {
      const result = await searchKnowledge({
        db: handle.db,
        viewer: undefined,
        query: query({ q: "recycled plants", prefix: "false" }),
      });
      expect(result.hits.map((hit) => hit.id)).toEqual(["kaz-recycling-plant"]);
      expect(result.hits[0]?.title.filter((segment) => segment.hit).map((segment) => segment.text)).toEqual([
        "recycling",
        "plant",
      ]);
    });

    it("finds Russian words in any inflection and shows the Russian text", async () => {
      const result = await searchKnowledge({
        db: handle.db,
        viewer: undefined,
        query: query({ q: "переработки отходов", lang: "en" }),
      });
      // The law says it in its own words; the others only carry Russian taxonomy labels, so rank lower.
      expect(result.hits[0]?.id).toBe("kaz-waste-law");
      expect(result.hits[0]?.language).toBe("ru");
      expect(result.hits[0]?.title.filter((segment) => segment.hit).map((segment) => segment.text)).toEqual([
        "отходах",
      ]);
    });

    it("finds Persian words typed with Arabic letters and without the half-space", async () => {
      expect(await ids({ q: "بازيافت" })).toContain("uzb-composting");
      expect(await ids({ q: "حملونقل" })).toEqual(["uzb-composting"]);
      expect(await ids({ q: "حمل ونقل" })).toEqual(["uzb-composting"]);
      const [hit] = (
        await searchKnowledge({ db: handle.db, viewer: undefined, query: query({ q: "كمپوست" }) })
      ).hits;
      expect(hit?.dir).toBe("rtl");
    });

    it("finds Turkish words with or without dotless ı and diacritics", async () => {
      expect(await ids({ q: "ışık" })).toEqual(["uzb-zero-waste"]);
      expect(await ids({ q: "isik" })).toEqual(["uzb-zero-waste"]);
      expect(await ids({ q: "sifir atik" })).toEqual(["uzb-zero-waste"]);
    });

    it("corrects a misspelt word to an indexed one and says so", async () => {
      const result = await searchKnowledge({
        db: handle.db,
        viewer: undefined,
        query: query({ q: "recyclng", prefix: "false" }),
      });
      expect(result.hits.map((hit) => hit.id)).toContain("kaz-recycling-plant");
      expect(result.corrections).toEqual([{ word: "recyclng", suggestions: ["recycling"] }]);
      expect(await ids({ q: "перерабтка", prefix: "false" })).toContain("kaz-waste-law");
    });

    it("matches the last word as a prefix while typing", async () => {
      expect(await ids({ q: "recyc" })).toContain("kaz-recycling-plant");
      expect(await ids({ q: "recyc", prefix: "false" })).toEqual([]);
    });

    it("matches across languages through the labels of taxonomy terms", async () => {
      // Tagged R8 (recycling): the Russian label «Переработка» and the Persian «بازیافت» find it.
      expect(await ids({ q: "переработка" })).toContain("kaz-recycling-plant");
      expect(await ids({ q: "بازیافت" })).toContain("kaz-recycling-plant");
      // Country names in the region's languages.
      expect(await ids({ q: "Казахстан" })).toEqual(["kaz-recycling-plant", "kaz-waste-law"]);
    });

    it("excludes words with a minus, in either vector", async () => {
      const withPlastic = await ids({ q: "recycling", prefix: "false" });
      expect(withPlastic).toContain("kaz-recycling-plant");
      expect(await ids({ q: "recycling -plastic", prefix: "false" })).toEqual(
        withPlastic.filter((id) => id !== "kaz-recycling-plant"),
      );
    });

    it("counts facets as the results a filter would give", async () => {
      const all = await searchKnowledge({ db: handle.db, viewer: undefined, query: query({ q: "" }) });
      expect(all.total).toBe(4);
      for (const facet of ["type", "country", "strategy"] as const) {
        for (const { value, count } of all.facets[facet]) {
          const filtered = await searchKnowledge({
            db: handle.db,
            viewer: undefined,
            query: query({ [facet]: value }),
          });
          expect(filtered.total, `${facet}=${value}`).toBe(count);
        }
      }
      const kaz = await searchKnowledge({
        db: handle.db,
        viewer: undefined,
        query: query({ country: "KAZ" }),
      });
      // Disjunctive: the country facet still offers UZB while KAZ is chosen.
      expect(kaz.facets.country).toEqual([
        { value: "KAZ", count: 2 },
        { value: "UZB", count: 2 },
      ]);
      expect(kaz.facets.type.map((count) => count.value).sort()).toEqual(["initiative", "policy"]);
      expect(kaz.points).toEqual([{ id: "kaz-recycling-plant", latitude: 43.24, longitude: 76.89 }]);
    });

    it("shows drafts only to those who may see them", async () => {
      const focalPoint: UserActor = {
        kind: "user",
        userId: 1,
        label: "fp@example.org",
        role: "focal-point",
        countries: ["KAZ"],
        scopes: "all",
      };
      const other: UserActor = { ...focalPoint, countries: ["UZB"] };
      expect(await ids({ q: "landfill" })).toEqual([]);
      expect(await ids({ q: "landfill" }, focalPoint)).toEqual(["kaz-landfill-draft"]);
      expect(await ids({ q: "landfill" }, other)).toEqual([]);
      expect(await ids({ q: "landfill" }, { ...focalPoint, role: "reader", countries: [] })).toEqual([]);
    });

    it("never fails on what a reader types", async () => {
      for (const q of ['"', "-", "or or", "'; drop table kb_record; --", "\\", "&|!():*", "a".repeat(200)]) {
        const result = await searchKnowledge({ db: handle.db, viewer: undefined, query: query({ q }) });
        expect(result.total).toBeGreaterThanOrEqual(0);
      }
    });
  });
}
