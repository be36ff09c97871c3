/**
 * Contract-shaped national metadata for page tests: one record for the fixture's domestic
 * material consumption series in Kazakhstan, with a field given in English only and a link.
 * Made up for the tests, in the shape the import stores (see indicator-metadata-import.ts).
 */
import { type IndicatorMetadata, indicatorMetadataSchema } from "@circular-atlas/contracts";

const records: Record<string, IndicatorMetadata[]> = {
  EN_MAT_DOMCMPC: [
    indicatorMetadataSchema.parse({
      indicatorNumber: "12.2.2",
      area: "KAZ",
      fields: {
        computation_definitions: {
          en: "Domestic extraction plus imports minus exports.",
          ru: "Внутренняя добыча плюс импорт минус экспорт.",
        },
        un_custodian_agency: { en: "UNEP", ru: "ЮНЕП" },
        source_organisation_1: { en: "Bureau of National Statistics" },
        goal_meta_link: {
          en: "https://unstats.un.org/sdgs/metadata/files/Metadata-12-02-02.pdf",
          ru: "https://unstats.un.org/sdgs/metadata/files/Metadata-12-02-02.pdf",
        },
      },
      content: {},
      sourceFiles: ["meta/12-2-2.yml"],
      updatedAt: "2026-11-30T10:00:00.000Z",
    }),
  ],
};

export function fixtureIndicatorMetadata(code: string): IndicatorMetadata[] {
  return records[code] ?? [];
}
