/**
 * A small knowledge base for service tests: the real bundled taxonomy, two member states and a
 * handful of records in English, Russian, Persian and Turkish. The records are test fixtures,
 * not facts; the bundled seed holds the sourced ones.
 */
import type { RecordInput } from "@circular-atlas/contracts";
import { type AtlasDatabase, upsertTaxonomyTerms } from "@circular-atlas/database";
import { seedReferenceData } from "@circular-atlas/database/testing";
import { cliActor } from "../accounts/actor.ts";
import { readSeedTaxonomy } from "../knowledge/load-knowledge-seed.ts";
import { createRecord } from "../knowledge/write-record.ts";
import { bundledKnowledgeDir } from "./baseline-fixture.ts";

const source = { title: "Test source", publisher: "Test publisher", accessedOn: "2026-12-01" };

export const fixtureRecords: readonly RecordInput[] = [
  {
    id: "kaz-recycling-plant",
    type: "initiative",
    status: "published",
    originalLanguage: "en",
    texts: {
      en: {
        title: "Plastic recycling plant in Almaty",
        summary: "A plant recycling PET bottles into flakes.",
      },
    },
    countries: ["KAZ"],
    sectors: ["E"],
    strategies: ["R8"],
    themes: ["plastics"],
    year: 2022,
    details: { stage: "implementation" },
    location: { latitude: 43.24, longitude: 76.89 },
    sources: [source],
  },
  {
    id: "kaz-waste-law",
    type: "policy",
    status: "published",
    originalLanguage: "ru",
    texts: {
      ru: { title: "Закон об отходах", summary: "Вводит раздельный сбор и переработку отходов." },
      en: {
        title: "Law on waste",
        summary: "Introduces separate collection and recycling of waste.",
        translated: true,
      },
    },
    countries: ["KAZ"],
    sectors: ["E"],
    strategies: ["R8", "R2"],
    year: 2021,
    details: { policyKind: "law", instruments: ["epr", "separate-collection"] },
    sources: [source],
    relations: [{ kind: "related-to", to: "kaz-recycling-plant" }],
  },
  {
    id: "uzb-composting",
    type: "good-practice",
    status: "published",
    originalLanguage: "fa",
    texts: {
      fa: { title: "کمپوست پسماند غذایی", summary: "بازیافت پسماند آلی در حمل‌ونقل شهری و بازارها." },
    },
    countries: ["UZB"],
    strategies: ["R8"],
    themes: ["food-waste"],
    year: 2020,
    details: { practiceKind: "technology" },
    sources: [source],
  },
  {
    id: "uzb-zero-waste",
    type: "priority",
    status: "published",
    originalLanguage: "tr",
    texts: {
      tr: {
        title: "Sıfır Atık ve IŞIK projesi",
        summary: "Atıkların kaynağında ayrıştırılması ve geri dönüşümü.",
      },
    },
    countries: ["UZB"],
    themes: ["waste-management"],
    year: 2019,
    sources: [source],
  },
  {
    id: "kaz-landfill-draft",
    type: "barrier",
    status: "draft",
    originalLanguage: "en",
    texts: { en: { title: "Landfill capacity shortage", summary: "Landfills near cities are full." } },
    countries: ["KAZ"],
    details: { barrierKind: "infrastructure" },
    sources: [source],
  },
];

/** Reference data, the bundled taxonomy and the fixture records, written by the CLI actor. */
export async function seedKnowledgeFixture(db: AtlasDatabase): Promise<void> {
  await seedReferenceData(db);
  await upsertTaxonomyTerms(db, (await readSeedTaxonomy(bundledKnowledgeDir)).terms);
  for (const record of fixtureRecords) await createRecord({ db, actor: cliActor, input: record });
}
