/**
 * A country's submission as a caller reads it: its answers, review state and revision, whether
 * the caller may change the answers now and which actions they may take (both from
 * `submission-rules.ts`, the rules the writes enforce), the comments of the latest return, and
 * the history per question. Visible to the country's focal points and lead, reviewers and
 * administrators.
 */
import type { SubmissionDto, SubmissionEventDto } from "@circular-atlas/contracts";
import {
  type AtlasExecutor,
  findSubmission,
  listQuestionnaireVersions,
  listSubmissionEvents as listSubmissionEventRows,
  type ReportingRoundRow,
  type SubmissionRow,
} from "@circular-atlas/database";
import type { Actor } from "../accounts/actor.ts";
import type { ImportReport } from "../imports/import-report.ts";
import { ServiceError } from "../service-error.ts";
import {
  latestReturnComments,
  toPublishedCounts,
  toSubmissionDto,
  toSubmissionEventDto,
} from "./submission-dto.ts";
import { allowedSubmissionActions, may, mayEditAnswers, viewerRoles, who } from "./submission-rules.ts";
import { roundFor } from "./submissions.ts";

export interface ReadSubmissionInput {
  readonly db: AtlasExecutor;
  readonly actor: Actor;
  readonly roundId: number;
  /** ISO alpha-3 code of the member state. */
  readonly area: string;
}

export interface PublicationReportDto {
  readonly submission: SubmissionDto;
  readonly observations: ReturnType<typeof toPublishedCounts>;
  readonly records: string[];
}

/** The submission of `area`; "not-started" at revision 0 when nothing is saved yet. */
export async function getSubmission(
  input: ReadSubmissionInput & { readonly now: string },
): Promise<SubmissionDto> {
  const round = await visibleRound(input);
  const row = await findSubmission(input.db, round.id, input.area);
  return submissionView(input.db, input.actor, round, input.area, row, input.now);
}

/**
 * A submission row a write returned, as its writer now sees it (the write's answer over HTTP).
 */
export async function describeSubmission(input: {
  readonly db: AtlasExecutor;
  readonly actor: Actor;
  readonly submission: SubmissionRow;
  readonly now: string;
}): Promise<SubmissionDto> {
  const { submission } = input;
  const round = await visibleRound({ ...input, roundId: submission.roundId, area: submission.areaCode });
  return submissionView(input.db, input.actor, round, submission.areaCode, submission, input.now);
}

/** What `publishSubmission` did, with the published submission as the publisher sees it. */
export async function describePublication(input: {
  readonly db: AtlasExecutor;
  readonly actor: Actor;
  readonly report: {
    readonly submission: SubmissionRow;
    readonly observations: ImportReport | undefined;
    readonly records: readonly string[];
  };
  readonly now: string;
}): Promise<PublicationReportDto> {
  return {
    submission: await describeSubmission({ ...input, submission: input.report.submission }),
    observations: toPublishedCounts(input.report.observations),
    records: [...input.report.records],
  };
}

/**
 * The history of a submission, oldest first; empty before the first save. `question` filters
 * it: an instance path (`policy[2]/policy_year`, or a question outside repeats) matches exactly;
 * a bare name (`policy_year`: no `/` and no `[`) matches that question in every repeat instance
 * too (`policy[1]/policy_year`, `policy[2]/policy_year`), so its whole history reads in one list.
 */
export async function listSubmissionEvents(
  input: ReadSubmissionInput & { readonly question?: string | undefined },
): Promise<SubmissionEventDto[]> {
  const round = await visibleRound(input);
  const row = await findSubmission(input.db, round.id, input.area);
  if (row === undefined) return [];
  const { question } = input;
  const bare = question !== undefined && !/[/[]/.test(question);
  const events = await listSubmissionEventRows(input.db, row.id, bare ? undefined : question);
  return (
    bare
      ? events.filter((event) => event.question !== null && questionName(event.question) === question)
      : events
  ).map(toSubmissionEventDto);
}

/** The question a path ends in: `policy[2]/policy_year` → `policy_year`; `policy[2]` → `policy`. */
function questionName(path: string): string {
  return (path.split("/").at(-1) ?? "").replace(/\[\d+\]$/, "");
}

async function visibleRound(input: ReadSubmissionInput): Promise<ReportingRoundRow> {
  if (!may(input.actor, viewerRoles, input.area))
    throw new ServiceError(
      "forbidden",
      `${who(input.actor)} may not see the submission of ${input.area}; its focal points and country lead, reviewers and administrators do`,
      { area: input.area },
    );
  return roundFor(input.db, input.roundId, input.area);
}

async function submissionView(
  db: AtlasExecutor,
  actor: Actor,
  round: ReportingRoundRow,
  area: string,
  row: SubmissionRow | undefined,
  now: string,
): Promise<SubmissionDto> {
  // Before the first save, answers start from the round's current questionnaire; without one
  // there is nothing to answer yet.
  const [current] = row === undefined ? await listQuestionnaireVersions(db, round.id) : [];
  const comments =
    row?.state === "returned" ? latestReturnComments(await listSubmissionEventRows(db, row.id)) : [];
  return toSubmissionDto({ roundId: round.id, area, currentVersionId: current?.id ?? null }, row, {
    editable: (row !== undefined || current !== undefined) && mayEditAnswers(actor, area, row, round, now),
    allowedActions: allowedSubmissionActions(actor, row, round, now),
    comments,
  });
}
