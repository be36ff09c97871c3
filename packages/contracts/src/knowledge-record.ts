/**
 * Knowledge records as they cross the wire: the input a writer sends (checked field by field,
 * so every error names its path) and the record a reader receives.
 */
import { z } from "zod";
import { recordActions, recordDetailFields, relationKinds } from "./knowledge-vocabulary.ts";
import { recordStatusSchema, recordTypeSchema } from "./vocabulary-schemas.ts";

/** Control characters other than tab and line ends cannot be stored (PostgreSQL refuses NUL). */
function hasForbiddenCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** Plain text up to `max` characters. Markup is kept as typed and always shown escaped. */
export function plainText(max: number) {
  return z
    .string()
    .max(max, `at most ${max} characters`)
    .refine((text) => !hasForbiddenCharacter(text), "contains a control character");
}

const shortText = plainText(300);
const note = plainText(4_000);

/** Links are http(s) only, so that no `javascript:` address can reach a page. */
export const webAddressSchema = z
  .url({ protocol: /^https?$/, message: "must be an http or https address" })
  .max(2_000, "at most 2000 characters");

export const isoDateSchema = z.iso.date({ message: "must be a date as YYYY-MM-DD" });
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, "must be a language tag such as en, fa or uz-Cyrl");
export const countryCodeSchema = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code");
export const recordIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,99}$/, "must be 3 to 100 lower-case letters, digits and hyphens");
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,39}$/, "must be a taxonomy code");
const decimalAmount = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,2})?$/, "must be an amount such as 1250000 or 99.50");

export const recordTextSchema = z.object({
  title: shortText.trim().min(1, "must not be empty"),
  summary: plainText(4_000).trim(),
  body: plainText(40_000).optional(),
  translated: z.boolean().default(false),
});

export const recordSourceSchema = z.object({
  title: shortText.trim().min(1, "must not be empty"),
  url: webAddressSchema.optional(),
  publisher: shortText.trim().min(1, "must not be empty"),
  publishedOn: isoDateSchema.optional(),
  accessedOn: isoDateSchema,
});

export const recordDetailsSchema = z
  .object({
    policyKind: code,
    policyStatus: code,
    instruments: z.array(code).max(20),
    issuingBody: shortText,
    legalReference: shortText,
    practiceKind: code,
    results: note,
    lessons: note,
    stakeholderKind: code,
    website: webAddressSchema,
    stage: code,
    budgetUsd: decimalAmount,
    fundingSoughtUsd: decimalAmount,
    partners: z.array(shortText).max(30),
    barrierKind: code,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    place: shortText,
    publisher: shortText,
    publishedOn: isoDateSchema,
    url: webAddressSchema,
  })
  .partial()
  .strict();
export type RecordDetails = z.infer<typeof recordDetailsSchema>;

export const justTransitionSchema = z
  .object({ informalSector: note, gender: note, skills: note, affectedRegions: note })
  .partial()
  .strict();

export const recordRelationInputSchema = z.object({
  kind: z.enum(relationKinds),
  to: recordIdSchema,
});

export const recordInputSchema = z
  .object({
    id: recordIdSchema.optional(),
    type: recordTypeSchema,
    originalLanguage: languageCodeSchema,
    texts: z.record(languageCodeSchema, recordTextSchema),
    countries: z.array(countryCodeSchema).max(10).default([]),
    subnationalArea: shortText.nullable().default(null),
    sectors: z.array(code).max(21).default([]),
    strategies: z.array(code).max(10).default([]),
    themes: z.array(code).max(20).default([]),
    sdgTargets: z
      .array(z.string().regex(/^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-d])$/, "must be an SDG target such as 12.5"))
      .max(30)
      .default([]),
    year: z.number().int().min(1900).max(2100).nullable().default(null),
    details: recordDetailsSchema.default({}),
    location: z
      .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
      .nullable()
      .default(null),
    justTransition: justTransitionSchema.default({}),
    sources: z.array(recordSourceSchema).max(20).default([]),
    relations: z.array(recordRelationInputSchema).max(50).default([]),
    /** Imports may give a status; the API's create and edit never do. */
    status: recordStatusSchema.optional(),
    /** The version being edited; an edit of an older version is refused (409). */
    version: z.number().int().min(1).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    const original = input.texts[input.originalLanguage];
    if (original === undefined)
      context.addIssue({
        code: "custom",
        path: ["texts"],
        message: `must include the original language (${input.originalLanguage})`,
      });
    else if (original.translated)
      context.addIssue({
        code: "custom",
        path: ["texts", input.originalLanguage, "translated"],
        message: "the original-language text cannot be a translation",
      });
    const allowed = new Set<string>(recordDetailFields[input.type]);
    for (const field of Object.keys(input.details)) {
      if (!allowed.has(field))
        context.addIssue({
          code: "custom",
          path: ["details", field],
          message: `is not a field of a ${input.type} record`,
        });
    }
  });
export type RecordInput = z.input<typeof recordInputSchema>;
export type ParsedRecordInput = z.output<typeof recordInputSchema>;

export const recordSummarySchema = z
  .object({
    id: z.string(),
    type: recordTypeSchema,
    status: recordStatusSchema,
    originalLanguage: z.string(),
    titles: z.record(z.string(), z.string()).describe("Title per language."),
  })
  .meta({ id: "RecordSummary" });
export type RecordSummary = z.infer<typeof recordSummarySchema>;

export const recordSchema = z
  .object({
    id: z.string(),
    type: recordTypeSchema,
    status: recordStatusSchema,
    originalLanguage: z.string(),
    texts: z.record(z.string(), recordTextSchema.required({ translated: true })),
    countries: z.array(z.string()),
    subnationalArea: z.string().nullable(),
    sectors: z.array(z.string()),
    strategies: z.array(z.string()),
    themes: z.array(z.string()),
    sdgTargets: z.array(z.string()),
    year: z.number().int().nullable(),
    details: recordDetailsSchema,
    location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
    justTransition: justTransitionSchema,
    sources: z.array(recordSourceSchema),
    relations: z.array(
      z.object({
        kind: z.enum(relationKinds),
        direction: z.enum(["outgoing", "incoming"]),
        record: recordSummarySchema,
      }),
    ),
    version: z.number().int(),
    origin: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    /** What the viewer may do with the record now. */
    allowedActions: z.array(z.enum(["edit", ...recordActions])),
  })
  .meta({ id: "Record" });
export type KnowledgeRecord = z.infer<typeof recordSchema>;

export const recordVersionSchema = z.object({
  version: z.number().int(),
  change: z.string(),
  changedAt: z.string(),
  changedBy: z
    .string()
    .nullable()
    .describe("Display name or e-mail of who made the change; null for the bundled seed."),
  changes: z
    .array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }))
    .describe("Fields this version changed, old → new."),
});

export const auditEventSchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    actor: z.string(),
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: "AuditEvent" });

export const recordHistorySchema = z
  .object({ versions: z.array(recordVersionSchema), events: z.array(auditEventSchema) })
  .meta({ id: "RecordHistory" });
export type RecordHistory = z.infer<typeof recordHistorySchema>;

export const recordActionRequestSchema = z.object({
  action: z.enum(recordActions),
  comment: plainText(2_000).optional(),
});
