/**
 * Who may do what with a submission, in one place: the review's action table, publication, and
 * when answers can change. The writes enforce these rules and the reads offer exactly them
 * (`editable`, `allowedActions`), so what a caller is shown is what they may do.
 */
import type { RoleName } from "@circular-atlas/contracts";
import type { ReportingRoundRow, SubmissionRow, SubmissionState } from "@circular-atlas/database";
import type { Actor } from "../accounts/actor.ts";

export type SubmissionAction = "submit" | "endorse" | "return" | "approve" | "unapprove";

/** What an action needs: the states it leaves, the roles that may take it, where it goes. */
export interface SubmissionActionRule {
  readonly from: readonly SubmissionState[];
  readonly roles: readonly RoleName[];
  readonly to?: (state: SubmissionState) => SubmissionState;
  /** Why the action cannot be taken now although the state allows it; undefined when it can. */
  readonly refusal?: (submission: SubmissionRow, round: ReportingRoundRow, now: string) => string | undefined;
}

/**
 * The one table of the review: `changeSubmissionState` enforces it and a submission's
 * `allowedActions` are read from it, so what a caller is offered is what they may do.
 */
export const submissionActions: Readonly<Record<SubmissionAction, SubmissionActionRule>> = {
  submit: {
    from: ["draft", "returned"],
    roles: ["focal-point", "country-lead"],
    to: (state) => (state === "returned" ? "resubmitted" : "submitted"),
    refusal: (_submission, round, now) =>
      isLocked(round, now) ? `round ${round.id} was locked on ${round.lockDate}` : undefined,
  },
  endorse: {
    from: ["submitted", "resubmitted"],
    roles: ["country-lead"],
    refusal: (submission) =>
      submission.leadEndorsedAt === null
        ? undefined
        : `the country lead of ${submission.areaCode} has endorsed this submission already`,
  },
  return: { from: ["submitted", "resubmitted"], roles: ["country-lead", "reviewer"], to: () => "returned" },
  approve: {
    from: ["submitted", "resubmitted"],
    roles: ["reviewer"],
    to: () => "approved",
    refusal: (submission) =>
      submission.leadEndorsedAt === null
        ? `the country lead of ${submission.areaCode} has not endorsed this submission yet; the Secretariat approves after them`
        : undefined,
  },
  unapprove: { from: ["approved"], roles: ["reviewer"], to: () => "submitted" },
};

/** Publishing (`publishSubmission`) follows the review: an approved submission, by a reviewer. */
export const publication: Pick<SubmissionActionRule, "from" | "roles"> = {
  from: ["approved"],
  roles: ["reviewer"],
};

/** The states in which answers can change. */
export const editableStates: readonly SubmissionState[] = ["draft", "returned"];

/** Past the round's lock date, nothing more is accepted. */
export function isLocked(round: ReportingRoundRow, now: string): boolean {
  return now.slice(0, 10) > round.lockDate;
}

/** Roles whose users act only for their own countries. */
export const countryRoles: readonly RoleName[] = ["focal-point", "country-lead"];
/** Who answers: the country's own people. */
export const editorRoles: readonly RoleName[] = ["focal-point", "country-lead"];

/** Whether the actor holds one of the roles, and for a country role, works for `area`. */
export function may(actor: Actor, roles: readonly RoleName[], area: string): boolean {
  if (actor.kind === "system" || actor.role === "admin") return true;
  if (!roles.includes(actor.role)) return false;
  return !countryRoles.includes(actor.role) || actor.countries.includes(area);
}

/** Whether `actor` may change the answers of `area` now (a country role of it, or an admin). */
export function mayEditAnswers(
  actor: Actor,
  area: string,
  submission: SubmissionRow | undefined,
  round: ReportingRoundRow,
  now: string,
): boolean {
  return (
    may(actor, editorRoles, area) &&
    (submission === undefined || editableStates.includes(submission.state)) &&
    !isLocked(round, now)
  );
}

/** The review actions, and `publish`, that `actor` may take on `submission` now. */
export function allowedSubmissionActions(
  actor: Actor,
  submission: SubmissionRow | undefined,
  round: ReportingRoundRow,
  now: string,
): (SubmissionAction | "publish")[] {
  if (submission === undefined) return [];
  const allowed: (SubmissionAction | "publish")[] = (
    Object.entries(submissionActions) as [SubmissionAction, SubmissionActionRule][]
  )
    .filter(
      ([, rule]) =>
        rule.from.includes(submission.state) &&
        may(actor, rule.roles, submission.areaCode) &&
        rule.refusal?.(submission, round, now) === undefined,
    )
    .map(([action]) => action);
  if (publication.from.includes(submission.state) && may(actor, publication.roles, submission.areaCode))
    allowed.push("publish");
  return allowed;
}

/** The exercise's participants: they follow its rounds, questionnaires and completeness. */
export const participantRoles: readonly RoleName[] = ["focal-point", "country-lead", "reviewer"];

/** Who sees a country's submission: its own people, and the Secretariat's reviewers. */
export const viewerRoles: readonly RoleName[] = ["focal-point", "country-lead", "reviewer"];

/** Whether `actor` takes part in the exercise (any country: rounds are not a country's own). */
export function mayFollowRounds(actor: Actor): boolean {
  return actor.kind === "system" || actor.role === "admin" || participantRoles.includes(actor.role);
}

/** Whether `actor` runs the exercise: opens rounds and imports their questionnaires (the Secretariat). */
export function mayManageRounds(actor: Actor): boolean {
  return actor.kind === "system" || actor.role === "admin" || actor.role === "reviewer";
}

/** The actor as a message names them: `someone@example.org (reviewer)`, or the system's label. */
export function who(actor: Actor): string {
  return actor.kind === "system" ? actor.label : `${actor.label} (${actor.role})`;
}
