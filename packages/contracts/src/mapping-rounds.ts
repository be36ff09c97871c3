/**
 * The mapping exercise over HTTP: reporting rounds, the questionnaire a round asks, each
 * country's submission (answers, review state, revision), its history per question, and the
 * round's completeness. Every write names the revision it was made from (`baseRevision`); a
 * write from an older revision is refused with 409, so two reviewers cannot both succeed.
 */
import { z } from "zod";
import { countryCodeSchema, isoDateSchema, languageCodeSchema } from "./knowledge-record.ts";
import { submissionActionNames, submissionStateNames } from "./knowledge-vocabulary.ts";

export const submissionStateSchema = z.enum(submissionStateNames);
export const submissionActionSchema = z.enum(submissionActionNames);

export const questionnaireVersionSummarySchema = z
  .object({
    id: z.number().int(),
    formId: z.string(),
    version: z.string(),
    title: z.string(),
    fileName: z.string(),
    importedAt: z.string(),
  })
  .meta({ id: "QuestionnaireVersionSummary" });
export type QuestionnaireVersionSummary = z.infer<typeof questionnaireVersionSummarySchema>;

export const reportingRoundSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    period: z.string().describe("The reporting year the answers describe."),
    dueDate: z.string().describe("Answers are due by this date (YYYY-MM-DD)."),
    lockDate: z.string().describe("After this date nothing more is accepted (YYYY-MM-DD)."),
    areas: z.array(z.string()).describe("ISO alpha-3 codes of the member states the round asks."),
    questionnaires: z.array(questionnaireVersionSummarySchema).describe("Oldest first; the last is current."),
    createdAt: z.string(),
  })
  .meta({ id: "ReportingRound" });
export type ReportingRoundDto = z.infer<typeof reportingRoundSchema>;

export const reportingRoundListSchema = z
  .object({ data: z.array(reportingRoundSchema) })
  .meta({ id: "ReportingRoundList" });

export const createRoundRequestSchema = z
  .object({
    name: z.string().trim().min(1, "a round needs a name").max(200),
    period: z.string().regex(/^\d{4}$/, "must be a year as YYYY"),
    dueDate: isoDateSchema,
    lockDate: isoDateSchema,
    areas: z.array(countryCodeSchema).min(1).optional().describe("All ten member states when absent."),
  })
  .strict()
  .meta({ id: "CreateRoundRequest" });
export type CreateRoundRequest = z.input<typeof createRoundRequestSchema>;

/**
 * The questionnaire as the XLSForm reader gives it (formats' `XlsForm`: settings, languages,
 * survey tree, choice lists). Kept opaque here, since contracts import no other package; the web
 * app reads it with the formats' types and form engine.
 */
export const questionnaireFormSchema = z
  .object({
    version: questionnaireVersionSummarySchema,
    form: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "QuestionnaireForm" });
export type QuestionnaireFormDto = z.infer<typeof questionnaireFormSchema>;

/** A reviewer's comment on one question, made when returning the submission. */
export const reviewCommentSchema = z.object({
  question: z.string().describe("Question name, or an instance path such as `policy[2]/policy_year`."),
  comment: z.string(),
  by: z.string(),
  at: z.string(),
  revision: z.number().int(),
});
export type ReviewCommentDto = z.infer<typeof reviewCommentSchema>;

export const submissionSchema = z
  .object({
    roundId: z.number().int(),
    area: z.string(),
    state: submissionStateSchema,
    revision: z.number().int().describe("0 when nothing is saved yet; name it as `baseRevision` in writes."),
    questionnaireVersionId: z.number().int().nullable(),
    answers: z.record(z.string(), z.unknown()).describe("By question name; repeats as arrays of instances."),
    leadEndorsed: z.boolean(),
    submittedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
    comments: z.array(reviewCommentSchema).describe("The comments of the latest return, if it is returned."),
    editable: z.boolean().describe("Whether the caller may change the answers now."),
    allowedActions: z.array(z.union([submissionActionSchema, z.literal("publish")])),
  })
  .meta({ id: "Submission" });
export type SubmissionDto = z.infer<typeof submissionSchema>;

export const saveDraftRequestSchema = z
  .object({
    answers: z.record(z.string(), z.unknown()),
    baseRevision: z.number().int().min(0),
  })
  .strict()
  .meta({ id: "SaveDraftRequest" });
export type SaveDraftRequest = z.input<typeof saveDraftRequestSchema>;

export const submissionActionRequestSchema = z
  .object({
    action: submissionActionSchema,
    baseRevision: z.number().int().min(0),
    comments: z
      .array(z.object({ question: z.string().min(1), comment: z.string().max(4_000) }).strict())
      .optional()
      .describe("Returning needs at least one."),
    reason: z.string().max(4_000).optional().describe("Un-approving needs one."),
    language: languageCodeSchema.optional().describe("The language problems are reported in."),
  })
  .strict()
  .meta({ id: "SubmissionActionRequest" });
export type SubmissionActionRequest = z.input<typeof submissionActionRequestSchema>;

export const publishRequestSchema = z
  .object({ baseRevision: z.number().int().min(1) })
  .strict()
  .meta({ id: "PublishRequest" });

export const publicationReportSchema = z
  .object({
    submission: submissionSchema,
    observations: z
      .object({
        inserted: z.number().int(),
        updated: z.number().int(),
        unchanged: z.number().int(),
        flagged: z.number().int().describe("Held for data-quality review rather than published."),
      })
      .nullable()
      .describe("Values written to the observatory; null when the form feeds no series."),
    records: z.array(z.string()).describe("Ids of the draft knowledge records made from repeats."),
  })
  .meta({ id: "PublicationReport" });
export type PublicationReportDto = z.infer<typeof publicationReportSchema>;

export const submissionEventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    by: z.string(),
    kind: z.enum(["answer", "state", "comment"]),
    question: z.string().nullable(),
    before: z.unknown().describe("For an answer: the value before (null when there was none)."),
    after: z.unknown(),
    fromState: z.string().nullable(),
    toState: z.string().nullable(),
    comment: z.string().nullable(),
    revision: z.number().int(),
  })
  .meta({ id: "SubmissionEvent" });
export type SubmissionEventDto = z.infer<typeof submissionEventSchema>;

export const submissionEventListSchema = z
  .object({ data: z.array(submissionEventSchema) })
  .meta({ id: "SubmissionEventList" });

export const countryCompletenessSchema = z.object({
  area: z.string(),
  state: submissionStateSchema,
  revision: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  leadEndorsed: z.boolean(),
  overdue: z.boolean().describe("Past the due date and still with the country."),
});
export type CountryCompletenessDto = z.infer<typeof countryCompletenessSchema>;

export const roundCompletenessSchema = z
  .object({
    round: reportingRoundSchema,
    countries: z.array(countryCompletenessSchema),
    expected: z.number().int(),
    submitted: z.number().int(),
    approved: z.number().int(),
    published: z.number().int(),
    overdue: z.number().int(),
  })
  .meta({ id: "RoundCompleteness" });
export type RoundCompletenessDto = z.infer<typeof roundCompletenessSchema>;
