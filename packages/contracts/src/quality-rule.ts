/**
 * Data-quality rules as the Secretariat edits them (a JSON file through `atlas validate rules`,
 * or the API): one schema per kind, so a wrong parameter is named with its path.
 */
import { z } from "zod";

const scope = z
  .object({
    indicators: z.array(z.string().min(1)).optional().describe("Indicator codes; all when absent or empty."),
    units: z.array(z.string().min(1)).optional().describe("Unit codes; all when absent or empty."),
  })
  .strict()
  .default({});

const base = {
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lower-case letters, digits and hyphens, at most 63 characters"),
  severity: z.enum(["error", "warning"]),
  priority: z
    .enum(["high", "normal"])
    .default("normal")
    .describe(
      "Only an error of high priority refuses a country's submission of the mapping exercise; every other finding holds the value for review.",
    ),
  enabled: z.boolean().default(true),
  scope,
  description: z.string().max(500).default(""),
};

const positive = z.number().positive();

export const qualityRuleSchema = z
  .discriminatedUnion("kind", [
    z
      .object({
        ...base,
        kind: z.literal("percent-range"),
        params: z
          .object({ min: z.number(), max: z.number() })
          .strict()
          .refine((params) => params.min <= params.max, {
            message: "min must not exceed max",
            path: ["min"],
          }),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal("bounds"),
        params: z
          .object({ min: z.number().optional(), max: z.number().optional() })
          .strict()
          .refine((params) => params.min !== undefined || params.max !== undefined, "give min, max or both"),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal("year-on-year"),
        params: z
          .object({
            factor: z.number().gt(1, "a factor above 1"),
            maxGapYears: z.number().int().min(1),
            minMagnitude: z.number().min(0),
          })
          .strict(),
      })
      .strict(),
    z
      .object({ ...base, kind: z.literal("leading-zeros"), params: z.object({}).strict().default({}) })
      .strict(),
    z
      .object({ ...base, kind: z.literal("unit-consistency"), params: z.object({}).strict().default({}) })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal("scale-shift"),
        params: z
          .object({ factors: z.array(positive).min(1), tolerance: z.number().min(0).max(0.5) })
          .strict(),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal("z-score"),
        params: z.object({ threshold: positive, minPoints: z.number().int().min(3) }).strict(),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal("breakdown-sum"),
        params: z
          .object({
            dimension: z.string().min(1),
            parts: z.array(z.string().min(1)).min(2),
            tolerance: z.number().min(0),
          })
          .strict(),
      })
      .strict(),
  ])
  .meta({ id: "QualityRule" });
export type QualityRuleDto = z.infer<typeof qualityRuleSchema>;

export const qualityRuleListSchema = z
  .array(qualityRuleSchema)
  .superRefine((rules, context) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id))
        context.addIssue({
          code: "custom",
          path: [index, "id"],
          message: `rule id "${rule.id}" appears twice`,
        });
      seen.add(rule.id);
    });
  })
  .meta({ id: "QualityRuleList" });
