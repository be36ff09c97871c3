import { z } from "zod";
import { areaSchema } from "./area.ts";
import { dimensionCodeSchema, indicatorSchema } from "./indicator.ts";
import { observationSchema } from "./observation.ts";
import { sourceSchema } from "./source.ts";

export const profileSectionSchema = z
  .object({
    topic: z.string(),
    indicators: z.array(
      z.object({
        indicator: indicatorSchema,
        observations: z
          .array(observationSchema)
          .describe("Every observation for the country, all breakdowns."),
      }),
    ),
  })
  .meta({ id: "ProfileSection" });
export type ProfileSection = z.infer<typeof profileSectionSchema>;

export const countryProfileSchema = z
  .object({
    area: areaSchema,
    sections: z.array(profileSectionSchema),
    dimensionCodes: z.array(dimensionCodeSchema),
    sources: z.array(sourceSchema),
  })
  .meta({ id: "CountryProfile" });
export type CountryProfile = z.infer<typeof countryProfileSchema>;
