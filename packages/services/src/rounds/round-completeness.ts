/**
 * The completeness dashboard of a round: for every member state it asks, where its answers are
 * (not started, draft, submitted, returned, resubmitted, approved, published) and whether they are
 * overdue; and the counts expected / submitted / approved / published.
 */
import type { ReportingRoundDto } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  findReportingRound,
  listRoundSubmissions,
  type SubmissionState,
} from "@circular-atlas/database";
import type { Actor } from "../accounts/actor.ts";
import { ServiceError } from "../service-error.ts";
import { reportingRoundDto } from "./read-rounds.ts";
import { toIsoTimestamp } from "./submission-dto.ts";
import { mayFollowRounds, who } from "./submission-rules.ts";

const isoOrNull = (text: string | null | undefined) => (text == null ? null : toIsoTimestamp(text));

export interface CountryCompleteness {
  readonly area: string;
  readonly state: SubmissionState | "not-started";
  readonly revision: number | null;
  readonly submittedAt: string | null;
  readonly approvedAt: string | null;
  readonly leadEndorsed: boolean;
  /** Past the due date and not yet in the reviewers' hands (not started, draft or returned). */
  readonly overdue: boolean;
}

export interface RoundCompleteness {
  readonly round: ReportingRoundDto;
  readonly countries: readonly CountryCompleteness[];
  readonly expected: number;
  /** Handed in at least once and not sent back: submitted, resubmitted, approved or published. */
  readonly submitted: number;
  readonly approved: number;
  readonly published: number;
  readonly overdue: number;
}

const withCountry: readonly (SubmissionState | "not-started")[] = ["not-started", "draft", "returned"];
const handedIn: readonly SubmissionState[] = ["submitted", "resubmitted", "approved", "published"];

export async function getRoundCompleteness(input: {
  readonly db: AtlasDatabase;
  /** The exercise's participants (and the CLI's operator) follow it. */
  readonly actor: Actor;
  readonly roundId: number;
  /** Now, an ISO date-time: overdue is judged against it. */
  readonly now: string;
}): Promise<RoundCompleteness> {
  if (!mayFollowRounds(input.actor))
    throw new ServiceError("forbidden", `${who(input.actor)} takes no part in the mapping exercise`, {});
  const row = await findReportingRound(input.db, input.roundId);
  if (row === undefined) throw new ServiceError("not-found", `no reporting round ${input.roundId}`, {});
  const round = await reportingRoundDto(input.db, row);
  const areas = round.areas;
  const submissions = new Map(
    (await listRoundSubmissions(input.db, round.id)).map((submission) => [submission.areaCode, submission]),
  );
  const pastDue = input.now.slice(0, 10) > round.dueDate;
  const countries = areas.map((area): CountryCompleteness => {
    const submission = submissions.get(area);
    const state = submission?.state ?? "not-started";
    return {
      area,
      state,
      revision: submission?.revision ?? null,
      submittedAt: isoOrNull(submission?.submittedAt),
      approvedAt: isoOrNull(submission?.approvedAt),
      leadEndorsed: submission?.leadEndorsedAt != null,
      overdue: pastDue && withCountry.includes(state),
    };
  });
  const count = (states: readonly string[]) =>
    countries.filter((country) => states.includes(country.state)).length;
  return {
    round,
    countries,
    expected: countries.length,
    submitted: count(handedIn),
    approved: count(["approved", "published"]),
    published: count(["published"]),
    overdue: countries.filter((country) => country.overdue).length,
  };
}
