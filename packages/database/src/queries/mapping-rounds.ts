/**
 * Reporting rounds of the mapping exercise, the member states each asks, and the questionnaire
 * versions imported for it.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { AtlasExecutor } from "../atlas-database.ts";
import {
  questionnaireVersion,
  reportingRound,
  roundAssignment,
  submission,
  submissionEvent,
} from "../schema.ts";

export type ReportingRoundRow = typeof reportingRound.$inferSelect;
export type QuestionnaireVersionRow = typeof questionnaireVersion.$inferSelect;
export type NewQuestionnaireVersion = Omit<typeof questionnaireVersion.$inferInsert, "id" | "importedAt">;

export interface NewReportingRound {
  readonly name: string;
  readonly period: string;
  readonly dueDate: string;
  readonly lockDate: string;
  /** ISO alpha-3 codes of the member states the round asks. */
  readonly areas: readonly string[];
}

export async function insertReportingRound(
  db: AtlasExecutor,
  round: NewReportingRound,
): Promise<ReportingRoundRow> {
  const [row] = await db
    .insert(reportingRound)
    .values({ name: round.name, period: round.period, dueDate: round.dueDate, lockDate: round.lockDate })
    .returning();
  if (row === undefined) throw new Error("reporting round insert returned no row");
  if (round.areas.length > 0)
    await db.insert(roundAssignment).values(round.areas.map((areaCode) => ({ roundId: row.id, areaCode })));
  return row;
}

export async function findReportingRoundByName(
  db: AtlasExecutor,
  name: string,
): Promise<ReportingRoundRow | undefined> {
  const [row] = await db.select().from(reportingRound).where(eq(reportingRound.name, name));
  return row;
}

export async function findReportingRound(
  db: AtlasExecutor,
  id: number,
): Promise<ReportingRoundRow | undefined> {
  const [row] = await db.select().from(reportingRound).where(eq(reportingRound.id, id));
  return row;
}

export async function listReportingRounds(db: AtlasExecutor): Promise<ReportingRoundRow[]> {
  return db.select().from(reportingRound).orderBy(desc(reportingRound.period), asc(reportingRound.id));
}

/** The member states a round asks, in code order. */
export async function listRoundAreas(db: AtlasExecutor, roundId: number): Promise<string[]> {
  const rows = await db
    .select({ areaCode: roundAssignment.areaCode })
    .from(roundAssignment)
    .where(eq(roundAssignment.roundId, roundId))
    .orderBy(asc(roundAssignment.areaCode));
  return rows.map((row) => row.areaCode);
}

export async function insertQuestionnaireVersion(
  db: AtlasExecutor,
  version: NewQuestionnaireVersion,
): Promise<number> {
  const [row] = await db
    .insert(questionnaireVersion)
    .values(version)
    .returning({ id: questionnaireVersion.id });
  if (row === undefined) throw new Error("questionnaire version insert returned no row");
  return row.id;
}

export async function findQuestionnaireVersion(
  db: AtlasExecutor,
  id: number,
): Promise<QuestionnaireVersionRow | undefined> {
  const [row] = await db.select().from(questionnaireVersion).where(eq(questionnaireVersion.id, id));
  return row;
}

/** A round's questionnaire versions, the latest first. */
export async function listQuestionnaireVersions(
  db: AtlasExecutor,
  roundId: number,
): Promise<QuestionnaireVersionRow[]> {
  return db
    .select()
    .from(questionnaireVersion)
    .where(eq(questionnaireVersion.roundId, roundId))
    .orderBy(desc(questionnaireVersion.id));
}

export type SubmissionRow = typeof submission.$inferSelect;
export type SubmissionEventRow = typeof submissionEvent.$inferSelect;
export type NewSubmissionEvent = Omit<typeof submissionEvent.$inferInsert, "id" | "occurredAt">;

export async function findSubmission(
  db: AtlasExecutor,
  roundId: number,
  areaCode: string,
): Promise<SubmissionRow | undefined> {
  const [row] = await db
    .select()
    .from(submission)
    .where(and(eq(submission.roundId, roundId), eq(submission.areaCode, areaCode)));
  return row;
}

export async function insertSubmission(
  db: AtlasExecutor,
  row: Pick<typeof submission.$inferInsert, "roundId" | "areaCode" | "questionnaireVersionId" | "answers">,
): Promise<SubmissionRow> {
  const [created] = await db.insert(submission).values(row).returning();
  if (created === undefined) throw new Error("submission insert returned no row");
  return created;
}

/**
 * Writes a change only if the submission is still at `revision` (optimistic locking), raising
 * it by one; undefined when someone else changed it first.
 */
export async function updateSubmissionAtRevision(
  db: AtlasExecutor,
  id: number,
  revision: number,
  change: Partial<
    Pick<
      typeof submission.$inferInsert,
      "answers" | "state" | "leadEndorsedBy" | "leadEndorsedAt" | "submittedAt" | "approvedAt"
    >
  >,
): Promise<SubmissionRow | undefined> {
  const [updated] = await db
    .update(submission)
    .set({ ...change, revision: sql`${submission.revision} + 1`, updatedAt: sql`now()` })
    .where(and(eq(submission.id, id), eq(submission.revision, revision)))
    .returning();
  return updated;
}

export async function insertSubmissionEvents(
  db: AtlasExecutor,
  events: readonly NewSubmissionEvent[],
): Promise<void> {
  if (events.length > 0) await db.insert(submissionEvent).values([...events]);
}

/** A submission's history in order; with `question`, that question's only. */
export async function listSubmissionEvents(
  db: AtlasExecutor,
  submissionId: number,
  question?: string,
): Promise<SubmissionEventRow[]> {
  return db
    .select()
    .from(submissionEvent)
    .where(
      question === undefined
        ? eq(submissionEvent.submissionId, submissionId)
        : and(eq(submissionEvent.submissionId, submissionId), eq(submissionEvent.question, question)),
    )
    .orderBy(asc(submissionEvent.id));
}

/** Every submission of a round, by area code. */
export async function listRoundSubmissions(db: AtlasExecutor, roundId: number): Promise<SubmissionRow[]> {
  return db
    .select()
    .from(submission)
    .where(eq(submission.roundId, roundId))
    .orderBy(asc(submission.areaCode));
}
