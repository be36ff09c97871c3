/**
 * The completeness dashboard of a round: for every member state it asks, where its answers are
 * (not started, draft, submitted, returned, resubmitted, approved, published) and whether they are
 * overdue; and the counts expected / submitted / approved / published.
 */
import {
  type AtlasDatabase,
  findReportingRound,
  listRoundAreas,
  listRoundSubmissions,
  type ReportingRoundRow,
  type SubmissionState,
} from "@circular-atlas/database";
import { ServiceError } from "../service-error.ts";

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
  readonly round: ReportingRoundRow;
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
  readonly roundId: number;
  /** Now, an ISO date-time: overdue is judged against it. */
  readonly now: string;
}): Promise<RoundCompleteness> {
  const round = await findReportingRound(input.db, input.roundId);
  if (round === undefined) throw new ServiceError("not-found", `no reporting round ${input.roundId}`, {});
  const areas = await listRoundAreas(input.db, round.id);
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
      submittedAt: submission?.submittedAt ?? null,
      approvedAt: submission?.approvedAt ?? null,
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
