import { z } from "zod";

export const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    version: z.string(),
    database: z.object({
      kind: z.enum(["pglite", "postgres"]),
      reachable: z.boolean(),
      latencyMs: z.number(),
    }),
    migrations: z.object({
      applied: z.number().int(),
      available: z.number().int(),
      pending: z.array(z.string()),
      upToDate: z.boolean(),
    }),
    baseline: z.object({
      version: z.string().nullable(),
      observations: z.number().int(),
    }),
  })
  .meta({ id: "Health" });
export type Health = z.infer<typeof healthSchema>;
