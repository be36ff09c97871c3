import { z } from "zod";
import { sourceSchema } from "./source.ts";

export const observationSchema = z
  .object({
    indicator: z.string(),
    area: z.string(),
    timePeriod: z.string().describe("SDMX TIME_PERIOD as published."),
    year: z.number().int(),
    dimensions: z.record(z.string(), z.string()).describe("Breakdown; empty object for the total."),
    value: z.string().describe("Exact decimal as published; multiply by 10^unitMult for the magnitude."),
    unit: z.string(),
    unitMult: z.number().int(),
    obsStatus: z.string(),
    nature: z.string().nullable(),
    source: z.string().describe("Source id; see `sources`."),
    sourceDetail: z.string().nullable(),
    originalCode: z.string().describe("Series code or column in the source's own spelling."),
    derivation: z.string().nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: "Observation" });
export type Observation = z.infer<typeof observationSchema>;

/** A comma-separated list of codes in a query string, as an array. */
export const codeList = z
  .string()
  .regex(/^[A-Za-z0-9._-]+(,[A-Za-z0-9._-]+)*$/, "a comma-separated list of codes")
  .transform((text) => text.split(","));

export const observationQuerySchema = z.object({
  indicator: codeList
    .optional()
    .describe("One or more indicator codes, comma-separated; required unless `key` names the series."),
  key: z
    .string()
    .max(2_000)
    .optional()
    .describe(
      "SDMX-style data key: `SERIES.REF_AREA.<breakdowns>`, alternatives joined by `+`, an empty position matching all, `_T` the total of a dimension; breakdown positions follow the indicator's `dimensions` order. E.g. `SL_TLF_UEM.KAZ+KGZ.F`. Combined with `indicator` and `area`, both must hold.",
    ),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .describe("Rows per page (at most and by default 100,000); `paging` in the answer says how many match."),
  offset: z.coerce.number().int().min(0).default(0).describe("Rows to skip before the page starts."),
  area: codeList.optional().describe("ISO alpha-3 codes, comma-separated; all member states when absent."),
  from: z.coerce.number().int().min(1700).max(2200).optional().describe("First year, inclusive."),
  to: z.coerce.number().int().min(1700).max(2200).optional().describe("Last year, inclusive."),
  breakdown: z
    .enum(["total", "all"])
    .default("total")
    .describe("`total` returns headline values only; `all` adds every breakdown."),
  asOf: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .optional()
    .describe(
      "The values as published at that moment (a date means its end, UTC): later corrections and values still under review are left out.",
    ),
  format: z
    .enum(["json", "csv", "sdmx-csv", "sdmx-csv2", "sdmx-ml", "opensdg", "sdmx-json", "xlsx"])
    .default("json")
    .describe(
      "`csv`: the observatory's CSV with sources; `sdmx-csv` (1.0, UN SDG shape), `sdmx-csv2`, `sdmx-ml` (2.1 StructureSpecific), `sdmx-json` (2.0), `opensdg` (Open SDG data CSV) and `xlsx` (the long template as a workbook) for exchange.",
    ),
});
export type ObservationQuery = z.infer<typeof observationQuerySchema>;

export const pagingSchema = z
  .object({
    offset: z.number().int(),
    limit: z.number().int(),
    total: z.number().int().describe("Rows the query matches over all pages."),
    next: z.string().nullable().optional().describe("The URL of the next page; null on the last."),
  })
  .meta({ id: "Paging" });
export type Paging = z.infer<typeof pagingSchema>;

export const observationListSchema = z
  .object({
    data: z.array(observationSchema),
    sources: z.array(sourceSchema).describe("Every source the observations cite."),
    paging: pagingSchema.optional(),
  })
  .meta({ id: "ObservationList" });
export type ObservationList = z.infer<typeof observationListSchema>;
