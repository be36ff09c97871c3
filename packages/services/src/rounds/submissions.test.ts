import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RoleName } from "@circular-atlas/contracts";
import { type DatabaseHandle, findSubmission, listSubmissionEvents } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { toXlsx } from "@circular-atlas/formats";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliActor } from "../accounts/actor.ts";
import { ServiceError } from "../service-error.ts";
import { serviceFailure, testUser } from "../testing/mapping-fixture.ts";
import { importQuestionnaireVersion } from "./import-questionnaire-version.ts";
import { createReportingRound } from "./reporting-rounds.ts";
import { getRoundCompleteness } from "./round-completeness.ts";
import { changeSubmissionState, saveSubmissionDraft } from "./submissions.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-submissions-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const formFile = path.join(work, "form.xlsx");
writeFileSync(
  formFile,
  toXlsx([
    {
      name: "survey",
      rows: [
        ["type", "name", "label"],
        ["text", "strategy_name", "Name of the national strategy"],
        ["integer", "strategy_year", "Year adopted"],
      ],
    },
    {
      name: "settings",
      rows: [
        ["form_id", "version"],
        ["submissions_test", "1"],
      ],
    },
  ]),
);

let nextUser = 1;
const user = (role: RoleName, countries: string[] = []) => testUser(nextUser++, role, countries);
const failure = serviceFailure;

const now = "2027-02-01T10:00:00Z";

for (const target of testDatabaseTargets()) {
  describe(`submissions on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let roundId: number;
    const focalPoint = user("focal-point", ["KAZ"]);
    const otherFocalPoint = user("focal-point", ["UZB"]);
    const lead = user("country-lead", ["KAZ"]);
    const reviewer = user("reviewer");
    const secondReviewer = user("reviewer");

    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
      ({ id: roundId } = await createReportingRound({
        db: handle.db,
        actor: cliActor,
        name: "Mapping 2026",
        period: "2026",
        dueDate: "2027-03-31",
        lockDate: "2027-04-30",
      }));
      await importQuestionnaireVersion({ db: handle.db, actor: cliActor, roundId, filePath: formFile });
    });
    afterEach(async () => {
      await handle.close();
    });

    const target_ = () => ({ db: handle.db, roundId, area: "KAZ", now });

    it("runs a round trip: draft, submit, return with comments, resubmit, endorse, approve, un-approve with a reason", async () => {
      const draft = await saveSubmissionDraft({
        ...target_(),
        actor: focalPoint,
        answers: { strategy_name: "Green Economy Concept" },
        baseRevision: 0,
      });
      expect([draft.state, draft.revision]).toEqual(["draft", 2]);
      const saved = await saveSubmissionDraft({
        ...target_(),
        actor: focalPoint,
        answers: { strategy_name: "Green Economy Concept", strategy_year: "2013" },
        baseRevision: 2,
      });
      const submitted = await changeSubmissionState({
        ...target_(),
        actor: focalPoint,
        action: "submit",
        baseRevision: saved.revision,
      });
      expect(submitted.state).toBe("submitted");
      const locked = await failure(
        saveSubmissionDraft({
          ...target_(),
          actor: focalPoint,
          answers: {},
          baseRevision: submitted.revision,
        }),
      );
      expect(locked.message).toBe(
        "the submission of KAZ is submitted; answers can change only in a draft or when returned",
      );

      const noComment = await failure(
        changeSubmissionState({
          ...target_(),
          actor: lead,
          action: "return",
          baseRevision: submitted.revision,
          comments: [],
        }),
      );
      expect(noComment.code).toBe("validation-failed");
      const unknownQuestion = await failure(
        changeSubmissionState({
          ...target_(),
          actor: lead,
          action: "return",
          baseRevision: submitted.revision,
          comments: [{ question: "strategy_yeer", comment: "Which year?" }],
        }),
      );
      expect(unknownQuestion.message).toBe('comments: "strategy_yeer" is no question of the questionnaire');
      const returned = await changeSubmissionState({
        ...target_(),
        actor: lead,
        action: "return",
        baseRevision: submitted.revision,
        comments: [
          {
            question: "strategy_year",
            comment: "The concept was adopted in 2013 by decree 577; please confirm.",
          },
        ],
      });
      expect(returned.state).toBe("returned");
      const fixed = await saveSubmissionDraft({
        ...target_(),
        actor: focalPoint,
        answers: { strategy_name: "Green Economy Concept", strategy_year: "2013", strategy_decree: "577" },
        baseRevision: returned.revision,
      });
      const resubmitted = await changeSubmissionState({
        ...target_(),
        actor: focalPoint,
        action: "submit",
        baseRevision: fixed.revision,
      });
      expect(resubmitted.state).toBe("resubmitted");

      const early = await failure(
        changeSubmissionState({
          ...target_(),
          actor: reviewer,
          action: "approve",
          baseRevision: resubmitted.revision,
        }),
      );
      expect(early.message).toBe(
        "the country lead of KAZ has not endorsed this submission yet; the Secretariat approves after them",
      );
      const endorsed = await changeSubmissionState({
        ...target_(),
        actor: lead,
        action: "endorse",
        baseRevision: resubmitted.revision,
      });
      expect([endorsed.state, endorsed.leadEndorsedBy]).toEqual(["resubmitted", lead.userId]);
      const approved = await changeSubmissionState({
        ...target_(),
        actor: reviewer,
        action: "approve",
        baseRevision: endorsed.revision,
      });
      expect(approved.state).toBe("approved");
      const afterApproval = await failure(
        saveSubmissionDraft({
          ...target_(),
          actor: focalPoint,
          answers: {},
          baseRevision: approved.revision,
        }),
      );
      expect(afterApproval.message).toContain(
        "is approved; answers can change only in a draft or when returned",
      );
      const noReason = await failure(
        changeSubmissionState({
          ...target_(),
          actor: reviewer,
          action: "unapprove",
          baseRevision: approved.revision,
        }),
      );
      expect(noReason.message).toBe("un-approving a submission needs a reason");
      const unapproved = await changeSubmissionState({
        ...target_(),
        actor: reviewer,
        action: "unapprove",
        baseRevision: approved.revision,
        reason: "The decree number is the amendment's, not the concept's.",
      });
      expect(unapproved.state).toBe("submitted");

      const events = await listSubmissionEvents(handle.db, unapproved.id);
      expect(events.map((event) => [event.kind, event.question, event.fromState, event.toState])).toEqual([
        ["answer", "strategy_name", null, null],
        ["answer", "strategy_year", null, null],
        ["state", null, "draft", "submitted"],
        ["state", null, "submitted", "returned"],
        ["comment", "strategy_year", null, null],
        ["answer", "strategy_decree", null, null],
        ["state", null, "returned", "resubmitted"],
        ["state", null, "resubmitted", "resubmitted+endorsed"],
        ["state", null, "resubmitted", "approved"],
        ["state", null, "approved", "submitted"],
      ]);
      const year = await listSubmissionEvents(handle.db, unapproved.id, "strategy_year");
      expect(
        year.map((event) => [
          event.kind,
          (event.after as { value?: unknown } | null)?.value ?? event.comment,
          event.actorLabel,
        ]),
      ).toEqual([
        ["answer", "2013", focalPoint.label],
        ["comment", "The concept was adopted in 2013 by decree 577; please confirm.", lead.label],
      ]);
      expect(events.at(-1)?.comment).toBe("The decree number is the amendment's, not the concept's.");
    });

    it("lets only one of two reviewers acting on the same revision succeed", async () => {
      const draft = await saveSubmissionDraft({
        ...target_(),
        actor: focalPoint,
        answers: { strategy_name: "X" },
        baseRevision: 0,
      });
      const submitted = await changeSubmissionState({
        ...target_(),
        actor: focalPoint,
        action: "submit",
        baseRevision: draft.revision,
      });
      const endorsed = await changeSubmissionState({
        ...target_(),
        actor: lead,
        action: "endorse",
        baseRevision: submitted.revision,
      });
      const results = await Promise.allSettled([
        changeSubmissionState({
          ...target_(),
          actor: reviewer,
          action: "approve",
          baseRevision: endorsed.revision,
        }),
        changeSubmissionState({
          ...target_(),
          actor: secondReviewer,
          action: "return",
          baseRevision: endorsed.revision,
          comments: [{ question: "strategy_name", comment: "Give the full title." }],
        }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const [rejected] = results.filter((result) => result.status === "rejected");
      expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(ServiceError);
      expect(((rejected as PromiseRejectedResult).reason as ServiceError).message).toMatch(
        /^the submission of KAZ is at revision \d+, not \d+: someone changed it since you loaded it; reload it and try again$/,
      );
      const stored = await findSubmission(handle.db, roundId, "KAZ");
      expect(stored?.revision).toBe(endorsed.revision + 1);
    });

    it("refuses other countries, stale drafts, edits after the lock date, and rewriting the history", async () => {
      const forbidden = await failure(
        saveSubmissionDraft({ ...target_(), actor: otherFocalPoint, answers: {}, baseRevision: 0 }),
      );
      expect([forbidden.code, forbidden.message]).toEqual([
        "forbidden",
        `${otherFocalPoint.label} (focal-point) may not answer for KAZ`,
      ]);
      const first = await saveSubmissionDraft({
        ...target_(),
        actor: focalPoint,
        answers: { strategy_name: "A" },
        baseRevision: 0,
      });
      const stale = await failure(
        saveSubmissionDraft({
          ...target_(),
          actor: lead,
          answers: { strategy_name: "B" },
          baseRevision: first.revision - 1,
        }),
      );
      expect(stale.code).toBe("conflict");
      const late = await failure(
        saveSubmissionDraft({
          ...target_(),
          now: "2027-05-01T00:00:00Z",
          actor: focalPoint,
          answers: { strategy_name: "C" },
          baseRevision: first.revision,
        }),
      );
      expect(late.message).toBe(`round ${roundId} was locked on 2027-04-30; answers can no longer change`);
      const typo = await saveSubmissionDraft({
        ...target_(),
        actor: focalPoint,
        answers: { strategy_name: "A", strategy_year: "2O13" },
        baseRevision: first.revision,
      });
      const invalid = await failure(
        changeSubmissionState({
          ...target_(),
          actor: focalPoint,
          action: "submit",
          baseRevision: typo.revision,
          language: "ru",
        }),
      );
      expect(invalid.code).toBe("validation-failed");
      expect(invalid.message).toMatch(
        /^the answers of KAZ have 1 problem\(s\) to fix before they are submitted:\n {2}strategy_year: .+ \[form\/invalid-integer\]$/,
      );
      expect((await findSubmission(handle.db, roundId, "KAZ"))?.state).toBe("draft");
      const cannotApproveOwn = await failure(
        changeSubmissionState({
          ...target_(),
          actor: focalPoint,
          action: "approve",
          baseRevision: first.revision,
        }),
      );
      expect(cannotApproveOwn.code).toBe("forbidden");
      for (const statement of [
        sql`update submission_event set comment = 'rewritten'`,
        sql`delete from submission_event`,
      ]) {
        const refused = await handle.db.execute(statement).then(
          () => undefined,
          (error: unknown) => error as Error & { cause?: Error },
        );
        expect(`${refused?.message} ${refused?.cause?.message}`).toMatch(/submission_event is append-only/);
      }
      expect((await findSubmission(handle.db, roundId, "KAZ"))?.answers).toEqual({
        strategy_name: "A",
        strategy_year: "2O13",
      });
    });

    it("counts expected, submitted and approved answers per country, and flags the overdue", async () => {
      const before = await getRoundCompleteness({ db: handle.db, actor: cliActor, roundId, now });
      expect(before).toMatchObject({ expected: 2, submitted: 0, approved: 0, published: 0, overdue: 0 });
      expect(before.countries.map((country) => [country.area, country.state])).toEqual([
        ["KAZ", "not-started"],
        ["UZB", "not-started"],
      ]);
      const draft = await saveSubmissionDraft({
        ...target_(),
        actor: focalPoint,
        answers: { strategy_name: "X" },
        baseRevision: 0,
      });
      const submitted = await changeSubmissionState({
        ...target_(),
        actor: focalPoint,
        action: "submit",
        baseRevision: draft.revision,
      });
      const endorsed = await changeSubmissionState({
        ...target_(),
        actor: lead,
        action: "endorse",
        baseRevision: submitted.revision,
      });
      await changeSubmissionState({
        ...target_(),
        actor: reviewer,
        action: "approve",
        baseRevision: endorsed.revision,
      });
      // The due date is 2027-03-31: a week later Uzbekistan, which has not started, is overdue.
      const late = await getRoundCompleteness({
        db: handle.db,
        actor: cliActor,
        roundId,
        now: "2027-04-07T09:00:00Z",
      });
      expect(late).toMatchObject({ expected: 2, submitted: 1, approved: 1, published: 0, overdue: 1 });
      expect(
        late.countries.map((country) => [country.area, country.state, country.leadEndorsed, country.overdue]),
      ).toEqual([
        ["KAZ", "approved", true, false],
        ["UZB", "not-started", false, true],
      ]);
      const missing = await failure(
        getRoundCompleteness({ db: handle.db, actor: cliActor, roundId: roundId + 50, now }),
      );
      expect(missing.code).toBe("not-found");
    });

    it("records a change inside a repeat under the instance question's path", async () => {
      const first = await saveSubmissionDraft({
        ...target_(),
        actor: focalPoint,
        answers: { policy: [{ policy_year: "2013", policy_title: "Concept" }] },
        baseRevision: 0,
      });
      const second = await saveSubmissionDraft({
        ...target_(),
        actor: focalPoint,
        answers: { policy: [{ policy_year: "2014", policy_title: "Concept" }, { policy_year: "2021" }] },
        baseRevision: first.revision,
      });
      const events = await listSubmissionEvents(handle.db, second.id);
      expect(
        events.map((event) => [
          event.question,
          (event.before as { value: unknown }).value,
          (event.after as { value: unknown }).value,
          event.revision,
        ]),
      ).toEqual([
        ["policy[1]/policy_title", null, "Concept", 2],
        ["policy[1]/policy_year", null, "2013", 2],
        ["policy[1]/policy_year", "2013", "2014", 3],
        ["policy[2]/policy_year", null, "2021", 3],
      ]);
      expect((await listSubmissionEvents(handle.db, second.id, "policy[1]/policy_year")).length).toBe(2);
    });
  });
}
