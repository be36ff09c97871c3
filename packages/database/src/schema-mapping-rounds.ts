/**
 * The mapping exercise's reporting rounds and their questionnaires. A round asks every assigned
 * member state the same questionnaire for one reporting period; answers are due by `dueDate`, and
 * after `lockDate` nothing more is accepted. Each import of an XLSForm for a round is kept as a
 * version (the workbook's bytes as uploaded, and the form as read), so what a country answered can
 * always be shown against the questions it was asked.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { refArea } from "./schema.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const reportingRound = pgTable(
  "reporting_round",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    /** The reporting period the answers describe: a year, `2026`. */
    period: text("period").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    lockDate: date("lock_date", { mode: "string" }).notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("reporting_round_name").on(table.name),
    check("reporting_round_period", sql`${table.period} ~ '^[0-9]{4}$'`),
    check("reporting_round_lock_after_due", sql`${table.lockDate} >= ${table.dueDate}`),
  ],
);

export const questionnaireVersion = pgTable(
  "questionnaire_version",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    roundId: integer("round_id")
      .notNull()
      .references(() => reportingRound.id, { onDelete: "restrict" }),
    /** The XLSForm's settings: form_id and version, as the workbook gives them. */
    formId: text("form_id").notNull(),
    version: text("version").notNull(),
    title: text("title").notNull().default(""),
    fileName: text("file_name").notNull(),
    /** SHA-256 (hex) of the workbook: the same file imported again is recognised. */
    contentHash: text("content_hash").notNull(),
    /**
     * The workbook as uploaded, base64: text, so a backup (newline-delimited JSON) carries it
     * like any other column. Questionnaires are tens of kilobytes.
     */
    sourceBase64: text("source_base64").notNull(),
    /** The form as the reader gave it (groups, repeats, questions, choice lists, languages). */
    form: jsonb("form").$type<unknown>().notNull(),
    importedBy: integer("imported_by"),
    importedAt: at("imported_at").notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("questionnaire_version_round_version").on(table.roundId, table.version),
    index("questionnaire_version_round").on(table.roundId),
  ],
);

/** The member states a round asks; their focal points are the accounts that work for them. */
export const roundAssignment = pgTable(
  "round_assignment",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => reportingRound.id, { onDelete: "cascade" }),
    areaCode: text("area_code")
      .notNull()
      .references(() => refArea.code),
  },
  (table) => [primaryKey({ name: "round_assignment_pk", columns: [table.roundId, table.areaCode] })],
);

/**
 * One country's answers to a round: draft → submitted → returned → resubmitted → approved →
 * published. `revision` rises with every change, so two people acting on what they loaded as the
 * same revision cannot both succeed (optimistic locking).
 */
export const submissionStates = [
  "draft",
  "submitted",
  "returned",
  "resubmitted",
  "approved",
  "published",
] as const;
export type SubmissionState = (typeof submissionStates)[number];

export const submission = pgTable(
  "submission",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    roundId: integer("round_id")
      .notNull()
      .references(() => reportingRound.id, { onDelete: "restrict" }),
    areaCode: text("area_code")
      .notNull()
      .references(() => refArea.code),
    questionnaireVersionId: integer("questionnaire_version_id")
      .notNull()
      .references(() => questionnaireVersion.id, { onDelete: "restrict" }),
    state: text("state").$type<SubmissionState>().notNull().default("draft"),
    /** Answers by question name; repeats as arrays of instances (the form engine's model). */
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
    revision: integer("revision").notNull().default(1),
    /** The country lead's endorsement, the first of the two review levels. */
    leadEndorsedBy: integer("lead_endorsed_by"),
    leadEndorsedAt: at("lead_endorsed_at"),
    submittedAt: at("submitted_at"),
    approvedAt: at("approved_at"),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("submission_round_area").on(table.roundId, table.areaCode),
    check(
      "submission_state",
      sql`${table.state} in ('draft', 'submitted', 'returned', 'resubmitted', 'approved', 'published')`,
    ),
  ],
);

/**
 * Every change to a submission, append-only (migration 0010's trigger refuses updates and
 * deletes): an answer changed (`question` names it, with the values before and after), a state
 * changed (with the reason or review comment), or a reviewer's comment on one question.
 */
export const submissionEvent = pgTable(
  "submission_event",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submission.id, { onDelete: "restrict" }),
    occurredAt: at("occurred_at").notNull().defaultNow(),
    actorId: integer("actor_id"),
    actorLabel: text("actor_label").notNull(),
    kind: text("kind").$type<"answer" | "state" | "comment">().notNull(),
    question: text("question"),
    fromState: text("from_state"),
    toState: text("to_state"),
    before: jsonb("before"),
    after: jsonb("after"),
    comment: text("comment"),
    /** The submission's revision this event produced. */
    revision: integer("revision").notNull(),
  },
  (table) => [index("submission_event_question").on(table.submissionId, table.question, table.id)],
);
