import { z } from "zod";
import { localizedTextSchema } from "./localized-text.ts";

export const areaLevelSchema = z.enum(["organisation", "country", "subnational"]);

export const areaSchema = z
  .object({
    code: z.string().describe("ISO 3166-1 alpha-3 code for countries; `ECO` for the organisation."),
    m49: z.number().int().nullable().describe("UN M49 numeric code."),
    iso2: z.string().nullable(),
    level: areaLevelSchema,
    parentCode: z.string().nullable(),
    names: localizedTextSchema.describe(
      "Names per language of sub-national areas, from the publisher's area codelist; empty for countries, which the interface names itself.",
    ),
    nationalCodes: z
      .record(z.string(), z.string())
      .optional()
      .describe(
        'Codes national systems use for the area, by scheme: `{ "KAZ": "KZAKM", "KAZ:GeoCode": "KZ03" }` (a Kazakh region\'s data code and map code).',
      ),
  })
  .meta({ id: "Area" });
export type Area = z.infer<typeof areaSchema>;

export const areaListSchema = z.object({ data: z.array(areaSchema) }).meta({ id: "AreaList" });
export type AreaList = z.infer<typeof areaListSchema>;
