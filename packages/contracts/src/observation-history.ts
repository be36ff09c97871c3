/**
 * The public history of observations: every version a key has had as published, superseded or
 * withdrawn, each with the import that brought it, and how many values of a series wait for a
 * reviewer. Values held for review are never part of it; signed-in users read those from
 * `/api/quality/flags`.
 */
import { z } from "zod";

const code = z.string().regex(/^[A-Za-z0-9._-]+$/, "a code");

export const observationHistoryQuerySchema = z.object({
  indicator: code.describe("The series (indicator code)."),
  area: code.describe("The area code (ISO alpha-3, or a sub-national code such as `KGZ-KG02`)."),
  timePeriod: z.string().min(1).max(40).optional().describe("One period; every period when absent."),
  breakdown: z
    .string()
    .max(400)
    .optional()
    .describe("One breakdown as `DIM=CODE;DIM=CODE` (empty for the total); every breakdown when absent."),
});
export type ObservationHistoryQuery = z.infer<typeof observationHistoryQuerySchema>;

export const publicVersionStates = ["published", "superseded", "withdrawn"] as const;

export const observationVersionSchema = z
  .object({
    version: z.number().int().describe("1 for a key's first value, then 2, 3, …"),
    timePeriod: z.string(),
    year: z.number().int(),
    dimensions: z.record(z.string(), z.string()).describe("Breakdown; empty object for the total."),
    value: z.string().describe("Exact decimal as published."),
    unit: z.string(),
    unitMult: z.number().int(),
    obsStatus: z.string(),
    nature: z.string().nullable(),
    comment: z.string().nullable(),
    source: z.string().describe("Source id; see `sources`."),
    sourceDetail: z.string().nullable(),
    state: z.enum(publicVersionStates).describe("`published`: the value shown now."),
    publishedAt: z.string().nullable().describe("When it became the published value."),
    supersededAt: z.string().nullable().describe("When a later version or a withdrawal replaced it."),
    import: z.object({
      id: z.number().int(),
      kind: z.string().describe("`baseline`, `file` or `restore`."),
      fileName: z.string().nullable(),
      format: z.string(),
      importedAt: z.string(),
    }),
  })
  .meta({ id: "ObservationVersion" });
export type ObservationVersion = z.infer<typeof observationVersionSchema>;

export const observationHistorySchema = z
  .object({
    indicator: z.string(),
    area: z.string(),
    data: z.array(observationVersionSchema),
  })
  .meta({ id: "ObservationHistory" });
export type ObservationHistory = z.infer<typeof observationHistorySchema>;

export const heldValueCountQuerySchema = z.object({
  indicator: code.describe("The series (indicator code)."),
});

export const heldValueCountSchema = z
  .object({
    indicator: z.string(),
    total: z.number().int().describe("Values of the series waiting for a reviewer."),
    data: z.array(z.object({ area: z.string(), count: z.number().int() })),
  })
  .meta({ id: "HeldValueCount" });
export type HeldValueCount = z.infer<typeof heldValueCountSchema>;
