/**
 * The mapping exercise's rows as the contracts' DTOs (`mapping-rounds.ts`), in one place: rounds
 * with their areas and questionnaire versions, submissions as a caller sees them, and history
 * events. Timestamps leave as ISO 8601; an answer event's `{ value }` wrapper is unwrapped.
 */
import type {
  QuestionnaireVersionSummary,
  ReportingRoundDto,
  SubmissionDto,
  SubmissionEventDto,
} from "@circular-atlas/contracts";
import type {
  QuestionnaireVersionRow,
  ReportingRoundRow,
  SubmissionEventRow,
  SubmissionRow,
} from "@circular-atlas/database";
import type { ImportReport } from "../imports/import-report.ts";

/** A timestamp as PostgreSQL gives it (`2027-02-01 10:00:00+00`) in ISO 8601. */
export function toIsoTimestamp(text: string): string {
  return new Date(text).toISOString();
}

const toIsoOrNull = (text: string | null) => (text === null ? null : toIsoTimestamp(text));

export function toQuestionnaireVersionSummary(row: QuestionnaireVersionRow): QuestionnaireVersionSummary {
  return {
    id: row.id,
    formId: row.formId,
    version: row.version,
    title: row.title,
    fileName: row.fileName,
    importedAt: toIsoTimestamp(row.importedAt),
  };
}

/** `versions` in any order; the DTO lists them oldest first, so the last is current. */
export function toReportingRoundDto(
  row: ReportingRoundRow,
  areas: readonly string[],
  versions: readonly QuestionnaireVersionRow[],
): ReportingRoundDto {
  return {
    id: row.id,
    name: row.name,
    period: row.period,
    dueDate: row.dueDate,
    lockDate: row.lockDate,
    areas: [...areas],
    questionnaires: [...versions].sort((a, b) => a.id - b.id).map(toQuestionnaireVersionSummary),
    createdAt: toIsoTimestamp(row.createdAt),
  };
}

export interface SubmissionAccess {
  readonly editable: boolean;
  readonly allowedActions: SubmissionDto["allowedActions"];
  readonly comments: SubmissionDto["comments"];
}

/**
 * A submission as `access` lets the caller see it; with no row, the "not-started" answers the
 * first save starts from (revision 0, no answers, the round's current questionnaire version).
 */
export function toSubmissionDto(
  target: { readonly roundId: number; readonly area: string; readonly currentVersionId: number | null },
  row: SubmissionRow | undefined,
  access: SubmissionAccess,
): SubmissionDto {
  return {
    roundId: target.roundId,
    area: target.area,
    state: row?.state ?? "not-started",
    revision: row?.revision ?? 0,
    questionnaireVersionId: row?.questionnaireVersionId ?? target.currentVersionId,
    answers: { ...(row?.answers ?? {}) },
    leadEndorsed: row?.leadEndorsedAt != null,
    submittedAt: toIsoOrNull(row?.submittedAt ?? null),
    approvedAt: toIsoOrNull(row?.approvedAt ?? null),
    updatedAt: toIsoOrNull(row?.updatedAt ?? null),
    ...access,
  };
}

export function toSubmissionEventDto(row: SubmissionEventRow): SubmissionEventDto {
  // Answers are stored wrapped (`{ value }`) so a text "2013" stays text in jsonb.
  const unwrap = (stored: unknown) =>
    row.kind === "answer" && typeof stored === "object" && stored !== null && "value" in stored
      ? (stored as { value: unknown }).value
      : (stored ?? null);
  return {
    id: row.id,
    at: toIsoTimestamp(row.occurredAt),
    by: row.actorLabel,
    kind: row.kind,
    question: row.question,
    before: unwrap(row.before),
    after: unwrap(row.after),
    fromState: row.fromState,
    toState: row.toState,
    comment: row.comment,
    revision: row.revision,
  };
}

/**
 * The review comments of the latest return: the comment events written with the last state
 * event that returned the submission (the same revision, since they are written together).
 */
export function latestReturnComments(events: readonly SubmissionEventRow[]): SubmissionDto["comments"] {
  const returned = events.findLast((event) => event.kind === "state" && event.toState === "returned");
  if (returned === undefined) return [];
  return events
    .filter(
      (event) => event.kind === "comment" && event.id > returned.id && event.revision === returned.revision,
    )
    .map((event) => ({
      question: event.question ?? "",
      comment: event.comment ?? "",
      by: event.actorLabel,
      at: toIsoTimestamp(event.occurredAt),
      revision: event.revision,
    }));
}

/** The observatory import's counts, as a publication report gives them. */
export function toPublishedCounts(report: ImportReport | undefined) {
  return report === undefined
    ? null
    : {
        inserted: report.inserted,
        updated: report.updated,
        unchanged: report.unchanged,
        flagged: report.flagged,
      };
}
