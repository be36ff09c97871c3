/**
 * A country's answers to a round and their review: focal points save drafts and submit, the
 * country lead endorses or returns, the Secretariat's reviewer approves, returns or (with a
 * reason) un-approves. Every write names the revision it was based on; a write based on an older
 * one is refused (someone else acted first), so two reviewers cannot both succeed. Every answer
 * change and state change is an append-only event, and nothing can be edited once approved or
 * after the round's lock date.
 */
import {
  type AtlasDatabase,
  type AtlasExecutor,
  findQuestionnaireVersion,
  findReportingRound,
  findSubmission,
  insertSubmission,
  insertSubmissionEvents,
  listQuestionnaireVersions,
  listRoundAreas,
  type NewSubmissionEvent,
  type ReportingRoundRow,
  type SubmissionRow,
  updateSubmissionAtRevision,
} from "@circular-atlas/database";
import { type FormAnswers, validateSubmission, walkElements, type XlsForm } from "@circular-atlas/formats";
import { type Actor, actorUserId } from "../accounts/actor.ts";
import { ServiceError } from "../service-error.ts";
import {
  editableStates,
  editorRoles,
  isLocked,
  may,
  type SubmissionAction,
  submissionActions,
  who,
} from "./submission-rules.ts";

interface SubmissionTarget {
  readonly db: AtlasDatabase;
  readonly actor: Actor;
  readonly roundId: number;
  /** ISO alpha-3 code of the member state answering. */
  readonly area: string;
  /** Now, as an ISO date-time: the lock date is checked against it. */
  readonly now: string;
}

export interface SaveDraftInput extends SubmissionTarget {
  readonly answers: Readonly<Record<string, unknown>>;
  /** The revision the answers were edited from; 0 for the first save. */
  readonly baseRevision: number;
}

export interface ChangeStateInput extends SubmissionTarget {
  readonly action: SubmissionAction;
  readonly baseRevision: number;
  /** Returning needs at least one comment, each on a question. */
  readonly comments?: readonly { readonly question: string; readonly comment: string }[];
  /** Un-approving needs a reason. */
  readonly reason?: string;
  /** The language the respondent reads problems in (`en`, `ru`, `fa`); the form's default otherwise. */
  readonly language?: string;
}

/** The round, when it exists and asks `area`; not-found otherwise. */
export async function roundFor(db: AtlasExecutor, roundId: number, area: string): Promise<ReportingRoundRow> {
  const round = await findReportingRound(db, roundId);
  if (round === undefined) throw new ServiceError("not-found", `no reporting round ${roundId}`, { roundId });
  if (!(await listRoundAreas(db, roundId)).includes(area))
    throw new ServiceError("not-found", `round ${roundId} does not ask ${area}`, { roundId, area });
  return round;
}

/** The conflict of a write based on an older revision than the stored one. */
export function staleRevision(current: SubmissionRow, base: number): ServiceError {
  return new ServiceError(
    "conflict",
    `the submission of ${current.areaCode} is at revision ${current.revision}, not ${base}: someone changed it since you loaded it; reload it and try again`,
    { revision: current.revision, state: current.state },
  );
}

/**
 * The conflict of a conditional write that found the row changed after it was read (another
 * writer committed first, on PostgreSQL): read again, so the message names the revision it is
 * at now rather than the one this write started from.
 */
export async function lostRace(db: AtlasExecutor, read: SubmissionRow, base: number): Promise<ServiceError> {
  return staleRevision((await findSubmission(db, read.roundId, read.areaCode)) ?? read, base);
}

/**
 * Every answer whose value changed, each as an event named by its path: `strategy_year`, or
 * `policy[2]/policy_year` for a question in a repeat's second instance (nested repeats nest), so
 * the history can be read per question.
 */
function answerEvents(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  prefix = "",
): Omit<NewSubmissionEvent, "submissionId" | "actorId" | "actorLabel" | "revision">[] {
  const events: Omit<NewSubmissionEvent, "submissionId" | "actorId" | "actorLabel" | "revision">[] = [];
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const name of names) {
    const was = before[name];
    const is = after[name];
    if (Array.isArray(was) || Array.isArray(is)) {
      const instances = Math.max(Array.isArray(was) ? was.length : 0, Array.isArray(is) ? is.length : 0);
      for (let index = 0; index < instances; index++)
        events.push(
          ...answerEvents(instanceAt(was, index), instanceAt(is, index), `${prefix}${name}[${index + 1}]/`),
        );
      continue;
    }
    if (JSON.stringify(was ?? null) === JSON.stringify(is ?? null)) continue;
    // Wrapped, so an answer "2013" stays a string in jsonb rather than becoming the number 2013.
    events.push({
      kind: "answer",
      question: `${prefix}${name}`,
      before: { value: was ?? null },
      after: { value: is ?? null },
    });
  }
  return events;
}

/** A repeat's instance `index` as an object of answers (empty when there is none). */
function instanceAt(repeat: unknown, index: number): Readonly<Record<string, unknown>> {
  const instance = Array.isArray(repeat) ? repeat[index] : undefined;
  return typeof instance === "object" && instance !== null && !Array.isArray(instance)
    ? (instance as Record<string, unknown>)
    : {};
}

/** Saves a draft (creating the submission on first save), recording every changed answer. */
export async function saveSubmissionDraft(input: SaveDraftInput): Promise<SubmissionRow> {
  const { db, actor, area } = input;
  if (!may(actor, editorRoles, area))
    throw new ServiceError("forbidden", `${who(actor)} may not answer for ${area}`, { area });
  return db.transaction(async (tx) => {
    const round = await roundFor(tx, input.roundId, area);
    if (isLocked(round, input.now))
      throw new ServiceError(
        "conflict",
        `round ${round.id} was locked on ${round.lockDate}; answers can no longer change`,
        {
          lockDate: round.lockDate,
        },
      );
    let current = await findSubmission(tx, round.id, area);
    let baseRevision = input.baseRevision;
    if (current === undefined) {
      if (baseRevision !== 0)
        throw new ServiceError(
          "conflict",
          `${area} has no saved answers yet; the first save starts from revision 0`,
          {},
        );
      const [version] = await listQuestionnaireVersions(tx, round.id);
      if (version === undefined)
        throw new ServiceError(
          "not-found",
          `round ${round.id} has no questionnaire yet (atlas questionnaire import)`,
          {},
        );
      current = await insertSubmission(tx, {
        roundId: round.id,
        areaCode: area,
        questionnaireVersionId: version.id,
        answers: {},
      });
      // The new row is revision 1 with no answers; the save below makes revision 2.
      baseRevision = current.revision;
    }
    if (!editableStates.includes(current.state))
      throw new ServiceError(
        "conflict",
        `the submission of ${area} is ${current.state}; answers can change only in a draft or when returned`,
        { state: current.state },
      );
    if (current.revision !== baseRevision) throw staleRevision(current, baseRevision);
    const events = answerEvents(current.answers, input.answers);
    const updated = await updateSubmissionAtRevision(tx, current.id, current.revision, {
      answers: { ...input.answers },
    });
    if (updated === undefined) throw await lostRace(tx, current, baseRevision);
    await insertSubmissionEvents(
      tx,
      events.map((event) => ({
        ...event,
        submissionId: updated.id,
        actorId: actorUserId(actor),
        actorLabel: actor.label,
        revision: updated.revision,
      })),
    );
    return updated;
  });
}

/** Moves a submission through its review, or endorses it as the country lead. */
export async function changeSubmissionState(input: ChangeStateInput): Promise<SubmissionRow> {
  const { db, actor, area, action } = input;
  const rule = submissionActions[action];
  if (!may(actor, rule.roles, area))
    throw new ServiceError("forbidden", `${who(actor)} may not ${action} the submission of ${area}`, {
      action,
    });
  const comments = (input.comments ?? []).filter((entry) => entry.comment.trim() !== "");
  if (action === "return" && comments.length === 0)
    throw new ServiceError(
      "validation-failed",
      "returning a submission needs a comment on at least one question",
      {
        field: "comments",
      },
    );
  const reason = input.reason?.trim() ?? "";
  if (action === "unapprove" && reason === "")
    throw new ServiceError("validation-failed", "un-approving a submission needs a reason", {
      field: "reason",
    });
  return db.transaction(async (tx) => {
    const round = await roundFor(tx, input.roundId, area);
    const current = await findSubmission(tx, round.id, area);
    if (current === undefined)
      throw new ServiceError("not-found", `${area} has not answered round ${round.id} yet`, {});
    if (current.revision !== input.baseRevision) throw staleRevision(current, input.baseRevision);
    if (!rule.from.includes(current.state))
      throw new ServiceError(
        "conflict",
        `cannot ${action} the submission of ${area}: it is ${current.state} (${action} needs ${rule.from.join(" or ")})`,
        { state: current.state },
      );
    const refusal = rule.refusal?.(current, round, input.now);
    if (refusal !== undefined) throw new ServiceError("conflict", refusal, { state: current.state });
    if (action === "submit") await checkAnswers(tx, current, input);
    if (action === "return") await checkCommentQuestions(tx, current, comments);
    const to = rule.to?.(current.state) ?? current.state;
    const endorsing = action === "endorse";
    const updated = await updateSubmissionAtRevision(tx, current.id, current.revision, {
      state: to,
      ...(endorsing ? { leadEndorsedBy: actorUserId(actor), leadEndorsedAt: input.now } : {}),
      // A returned submission is endorsed again after it is resubmitted.
      ...(action === "return" ? { leadEndorsedBy: null, leadEndorsedAt: null } : {}),
      ...(action === "submit" ? { submittedAt: input.now } : {}),
      ...(action === "approve" ? { approvedAt: input.now } : {}),
      ...(action === "unapprove" ? { approvedAt: null } : {}),
    });
    if (updated === undefined) throw await lostRace(tx, current, input.baseRevision);
    const base = {
      submissionId: updated.id,
      actorId: actorUserId(actor),
      actorLabel: actor.label,
      revision: updated.revision,
    };
    await insertSubmissionEvents(tx, [
      {
        ...base,
        kind: "state",
        fromState: current.state,
        toState: endorsing ? `${to}+endorsed` : to,
        comment: reason === "" ? null : reason,
      },
      ...comments.map((entry) => ({
        ...base,
        kind: "comment" as const,
        question: entry.question,
        comment: entry.comment.trim(),
      })),
    ]);
    return updated;
  });
}

/** How many problems the error message lists; `details.problems` holds every one. */
const problemsInMessage = 30;

/**
 * The form engine's check of the answers against the questionnaire they answer: a required
 * answer missing, a constraint broken, a value of the wrong type blocks the submission.
 */
async function checkAnswers(
  db: AtlasExecutor,
  current: SubmissionRow,
  input: ChangeStateInput,
): Promise<void> {
  const version = (await listQuestionnaireVersions(db, current.roundId)).find(
    (candidate) => candidate.id === current.questionnaireVersionId,
  );
  if (version === undefined)
    throw new Error(`questionnaire version ${current.questionnaireVersionId} is missing`);
  const validation = validateSubmission(version.form as XlsForm, current.answers as FormAnswers, {
    now: input.now,
    ...(input.language === undefined ? {} : { language: input.language }),
  });
  if (validation.ok) return;
  const errors = validation.problems.filter((problem) => problem.severity === "error");
  const listed = errors
    .slice(0, problemsInMessage)
    .map((problem) => `  ${problem.path}: ${problem.message} [${problem.code}]`);
  if (errors.length > problemsInMessage) listed.push(`  … and ${errors.length - problemsInMessage} more`);
  throw new ServiceError(
    "validation-failed",
    `the answers of ${current.areaCode} have ${errors.length} problem(s) to fix before they are submitted:\n${listed.join("\n")}`,
    { problems: validation.problems },
  );
}

/** The questionnaire version a submission answers. */
export async function formOf(db: AtlasExecutor, current: SubmissionRow): Promise<XlsForm> {
  const version = await findQuestionnaireVersion(db, current.questionnaireVersionId);
  if (version === undefined)
    throw new Error(`questionnaire version ${current.questionnaireVersionId} is missing`);
  return version.form as XlsForm;
}

/**
 * A return comment is on a question of the form: its name (`strategy_year`) or an instance path
 * (`policy[2]/policy_year`), whose last part names it.
 */
async function checkCommentQuestions(
  db: AtlasExecutor,
  current: SubmissionRow,
  comments: readonly { readonly question: string }[],
): Promise<void> {
  const names = new Set(
    [...walkElements((await formOf(db, current)).survey)].map(({ element }) => element.name),
  );
  const unknown = comments
    .map((entry) => entry.question)
    .filter((question) => !names.has((question.split("/").at(-1) ?? "").replace(/\[\d+\]$/, "")));
  if (unknown.length > 0)
    throw new ServiceError(
      "validation-failed",
      `comments: ${unknown.map((question) => JSON.stringify(question)).join(", ")} ${unknown.length === 1 ? "is no question" : "are no questions"} of the questionnaire`,
      { field: "comments", unknown },
    );
}
