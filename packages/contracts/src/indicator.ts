import { z } from "zod";
import { localizedTextSchema } from "./localized-text.ts";

export const indicatorSchema = z
  .object({
    code: z
      .string()
      .describe("Series code as in the source (upper case), e.g. `EN_MAT_DOMCMPC`, `SP.POP.TOTL`."),
    names: localizedTextSchema,
    descriptions: localizedTextSchema,
    topic: z
      .string()
      .describe("Profile section the indicator belongs to (e.g. `economy`, `materials`, `waste`)."),
    unit: z.string(),
    unitLabels: localizedTextSchema,
    decimals: z.number().int(),
    dimensions: z.array(z.string()).describe("Breakdown dimensions, in display order."),
    sdgIndicators: z.array(z.string()),
    defaultSourceId: z.string().nullable(),
    derivation: z
      .string()
      .nullable()
      .describe("Formula when the series is derived from other published series."),
    coverage: z
      .object({
        firstYear: z.number().int().nullable(),
        lastYear: z.number().int().nullable(),
        years: z.array(z.number().int()).describe("Years with at least one total (headline) value."),
        areaCount: z.number().int(),
      })
      .describe("Where and when the indicator has data."),
  })
  .meta({ id: "Indicator" });
export type Indicator = z.infer<typeof indicatorSchema>;

export const dimensionCodeSchema = z
  .object({
    dimension: z.string(),
    code: z.string(),
    names: localizedTextSchema,
    parentCode: z.string().nullable(),
    sortOrder: z.number().int(),
  })
  .meta({ id: "DimensionCode" });
export type DimensionCode = z.infer<typeof dimensionCodeSchema>;

export const indicatorListSchema = z.object({ data: z.array(indicatorSchema) }).meta({ id: "IndicatorList" });
export type IndicatorList = z.infer<typeof indicatorListSchema>;

export const indicatorDetailSchema = z
  .object({
    data: indicatorSchema,
    dimensionCodes: z
      .array(dimensionCodeSchema)
      .describe("Labels for the codes of the indicator's dimensions."),
  })
  .meta({ id: "IndicatorDetail" });
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;
