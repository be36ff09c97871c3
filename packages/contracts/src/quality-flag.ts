/**
 * Data-quality review over HTTP: values the rules held back (pending versions with their flags),
 * the reviewer's decision, and the rule set in force.
 */
import { z } from "zod";
import { codeList } from "./observation.ts";
import { qualityRuleListSchema } from "./quality-rule.ts";

export const qualityFlagStates = ["open", "confirmed", "rejected", "superseded"] as const;

export const flaggedValueQuerySchema = z.object({
  indicator: codeList.optional().describe("Indicator codes, comma-separated; all when absent."),
  area: codeList.optional().describe("Area codes, comma-separated; all you may see when absent."),
  state: z
    .enum([...qualityFlagStates, "all"])
    .default("open")
    .describe("Flags in this state; `open` (waiting for review) by default."),
});

export const flaggedValueSchema = z
  .object({
    versionId: z.number().int().describe("The held version; the id a review names."),
    version: z.number().int().describe("1 for a key's first value, then 2, 3, …"),
    indicator: z.string(),
    area: z.string(),
    timePeriod: z.string(),
    dimensionKey: z.string().describe("Breakdown, e.g. `SEX=F`; empty for the total."),
    value: z.string().describe("Decimal as written."),
    publishedValue: z
      .string()
      .nullable()
      .describe(
        "The value published now for the same key, which this one would replace; null for a new key.",
      ),
    unit: z.string(),
    unitMult: z.number().int(),
    state: z.enum(["published", "pending", "superseded", "withdrawn", "rejected"]),
    sourceId: z.string(),
    importId: z.number().int(),
    recordedAt: z.string(),
    flags: z.array(
      z.object({
        ruleId: z.string(),
        severity: z.enum(["error", "warning"]),
        message: z.string(),
        details: z.record(z.string(), z.union([z.number(), z.string()])),
        state: z.enum(qualityFlagStates),
        reviewedBy: z.string().nullable(),
        reviewComment: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "FlaggedValue" });
export type FlaggedValueDto = z.infer<typeof flaggedValueSchema>;

export const flaggedValueListSchema = z
  .object({ data: z.array(flaggedValueSchema) })
  .meta({ id: "FlaggedValueList" });

export const reviewRequestSchema = z
  .object({
    decision: z.enum(["confirm", "reject"]),
    comment: z.string().trim().min(1, "say why the value is confirmed or rejected").max(2000),
  })
  .strict()
  .meta({ id: "ReviewRequest" });

export const qualityRuleSetSchema = z
  .object({
    origin: z.enum(["saved", "default"]).describe("`default`: the built-in rules, since none were saved."),
    rules: qualityRuleListSchema,
  })
  .meta({ id: "QualityRuleSet" });
