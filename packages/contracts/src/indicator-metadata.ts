import { z } from "zod";
import { localizedTextSchema } from "./localized-text.ts";

export const indicatorMetadataSchema = z
  .object({
    indicatorNumber: z
      .string()
      .describe(
        "The indicator's number as its publisher numbers it, dotted: `12.4.2`, or a national `12.4.2.1`.",
      ),
    area: z.string().describe("The country the metadata describe (ISO alpha-3)."),
    fields: z
      .record(z.string(), localizedTextSchema)
      .describe(
        "SDG metadata field (`computation_definitions`, `source_organisation_1`, …) → text per language; a language without text is absent.",
      ),
    content: localizedTextSchema.describe(
      "Page content (Markdown); `und` when the publisher names no language.",
    ),
    sourceFiles: z.array(z.string()).describe("The publisher's files the metadata were read from."),
    updatedAt: z.string().describe("When the metadata were last imported (ISO 8601)."),
  })
  .meta({ id: "IndicatorMetadata" });
export type IndicatorMetadata = z.infer<typeof indicatorMetadataSchema>;

export const indicatorMetadataListSchema = z
  .object({ data: z.array(indicatorMetadataSchema) })
  .meta({ id: "IndicatorMetadataList" });
export type IndicatorMetadataList = z.infer<typeof indicatorMetadataListSchema>;
