/** Minimal reference rows for database tests: two countries, one source, two indicators. */
import type { AtlasExecutor } from "../atlas-database.ts";
import {
  upsertAreas,
  upsertDimensionCodes,
  upsertIndicators,
  upsertSources,
} from "../queries/reference-data.ts";

export async function seedReferenceData(db: AtlasExecutor): Promise<void> {
  await upsertAreas(db, [
    { code: "ECO", m49: null, iso2: null, level: "organisation", parentCode: null, sortOrder: 0 },
    { code: "KAZ", m49: 398, iso2: "KZ", level: "country", parentCode: "ECO", sortOrder: 1 },
    { code: "UZB", m49: 860, iso2: "UZ", level: "country", parentCode: "ECO", sortOrder: 2 },
  ]);
  await upsertSources(db, [
    {
      id: "test-source",
      title: "Test dataset",
      publisher: "Test publisher",
      licence: "CC BY 4.0",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
      url: null,
      retrievedOn: "2026-11-28",
      version: "1",
      citation: "Test publisher (2026). Test dataset.",
      notes: null,
    },
  ]);
  await upsertIndicators(db, [
    {
      code: "EN_MAT_DOMCMPC",
      names: {
        en: "Domestic material consumption per capita",
        ru: "ВМП на душу населения",
        fa: "مصرف داخلی مواد سرانه",
      },
      topic: "materials",
      unit: "T_PER_CAP",
      unitLabels: { en: "tonnes per person", ru: "тонн на человека", fa: "تن به ازای هر نفر" },
      dimensions: ["TYPE_OF_PRODUCT"],
      defaultSourceId: "test-source",
      sortOrder: 1,
    },
    {
      code: "SP.POP.TOTL",
      names: { en: "Population", ru: "Население", fa: "جمعیت" },
      topic: "population-economy",
      unit: "PERSONS",
      unitLabels: { en: "persons", ru: "человек", fa: "نفر" },
      decimals: 0,
      defaultSourceId: "test-source",
      sortOrder: 0,
    },
  ]);
  await upsertDimensionCodes(db, [
    {
      dimension: "TYPE_OF_PRODUCT",
      code: "BIM",
      names: { en: "Biomass", ru: "Биомасса", fa: "زیست‌توده" },
      sortOrder: 1,
    },
  ]);
}
