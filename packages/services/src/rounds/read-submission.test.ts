import type { RoleName } from "@circular-atlas/contracts";
import {
  questionnaireFormSchema,
  reportingRoundSchema,
  submissionEventSchema,
  submissionSchema,
} from "@circular-atlas/contracts";
import type { DatabaseHandle } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { toXlsx } from "@circular-atlas/formats";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serviceFailure, testUser } from "../testing/mapping-fixture.ts";
import { importQuestionnaireVersion } from "./import-questionnaire-version.ts";
import { getQuestionnaireForm, getReportingRound, listReportingRounds } from "./read-rounds.ts";
import { getSubmission, listSubmissionEvents } from "./read-submission.ts";
import { createReportingRound } from "./reporting-rounds.ts";
import { changeSubmissionState, saveSubmissionDraft } from "./submissions.ts";

/** A form with a required question, a year and a repeat, as uploaded bytes. */
const workbook = (version: string) =>
  toXlsx([
    {
      name: "survey",
      rows: [
        ["type", "name", "label", "required"],
        ["text", "strategy_name", "Name of the national strategy", "yes"],
        ["integer", "strategy_year", "Year adopted", ""],
        ["begin repeat", "policy", "Policies", ""],
        ["integer", "policy_year", "Year adopted", ""],
        ["end repeat", "", "", ""],
      ],
    },
    {
      name: "settings",
      rows: [
        ["form_id", "version"],
        ["read_test", version],
      ],
    },
  ]);

let nextUser = 100;
const user = (role: RoleName, countries: string[] = []) => testUser(nextUser++, role, countries);
const now = "2027-02-01T10:00:00Z";

for (const target of testDatabaseTargets()) {
  describe(`reading rounds and submissions on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let roundId: number;
    const focalPoint = user("focal-point", ["KAZ"]);
    const otherFocalPoint = user("focal-point", ["UZB"]);
    const lead = user("country-lead", ["KAZ"]);
    const reviewer = user("reviewer");
    const admin = user("admin");
    const reader = user("reader");
    const editor = user("editor");

    beforeEach(async () => {
      handle = await target.open();
      await seedReferenceData(handle.db);
      ({ id: roundId } = await createReportingRound({
        db: handle.db,
        actor: reviewer,
        name: "Mapping 2026",
        period: "2026",
        dueDate: "2027-03-31",
        lockDate: "2027-04-30",
        areas: ["UZB", "KAZ"],
      }));
    });
    afterEach(async () => {
      await handle.close();
    });

    const upload = (version: string) =>
      importQuestionnaireVersion({
        db: handle.db,
        actor: reviewer,
        roundId,
        fileName: `form-${version}.xlsx`,
        bytes: workbook(version),
      });
    const at = (actor = focalPoint) => ({ db: handle.db, actor, roundId, area: "KAZ", now });

    it("lists rounds with their areas and questionnaire versions oldest first, to participants only", async () => {
      const first = await upload("1");
      const second = await upload("2");
      const [listed] = await listReportingRounds({ db: handle.db, actor: focalPoint });
      const round = reportingRoundSchema.parse(listed);
      expect(round).toMatchObject({ id: roundId, name: "Mapping 2026", areas: ["KAZ", "UZB"] });
      expect(round.questionnaires.map((version) => [version.id, version.version, version.fileName])).toEqual([
        [first.id, "1", "form-1.xlsx"],
        [second.id, "2", "form-2.xlsx"],
      ]);
      expect(round.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(await getReportingRound({ db: handle.db, actor: reviewer, roundId })).toEqual(round);
      for (const outsider of [reader, editor]) {
        const refused = await serviceFailure(listReportingRounds({ db: handle.db, actor: outsider }));
        expect(refused.code).toBe("forbidden");
      }
      const missing = await serviceFailure(
        getReportingRound({ db: handle.db, actor: admin, roundId: roundId + 9 }),
      );
      expect([missing.code, missing.message]).toEqual(["not-found", `no reporting round ${roundId + 9}`]);

      const latest = questionnaireFormSchema.parse(
        await getQuestionnaireForm({ db: handle.db, actor: lead, roundId }),
      );
      expect([latest.version.id, (latest.form["settings"] as { version: string }).version]).toEqual([
        second.id,
        "2",
      ]);
      const older = await getQuestionnaireForm({ db: handle.db, actor: lead, roundId, versionId: first.id });
      expect(older.version.version).toBe("1");
      const elsewhere = await serviceFailure(
        getQuestionnaireForm({ db: handle.db, actor: lead, roundId, versionId: second.id + 5 }),
      );
      expect(elsewhere.message).toBe(`round ${roundId} has no questionnaire version ${second.id + 5}`);
    });

    it("imports uploaded bytes only for reviewers and admins, and lists lint findings with their cells", async () => {
      const refused = await serviceFailure(
        importQuestionnaireVersion({
          db: handle.db,
          actor: focalPoint,
          roundId,
          fileName: "form.xlsx",
          bytes: workbook("1"),
        }),
      );
      expect([refused.code, refused.message]).toEqual([
        "forbidden",
        `${focalPoint.label} (focal-point) may not import questionnaires; reviewers and administrators do`,
      ]);
      const broken = toXlsx([
        {
          name: "survey",
          rows: [
            ["type", "name", "label"],
            ["text", "name", "Name"],
            ["integr", "year", "Year"],
          ],
        },
        {
          name: "settings",
          rows: [
            ["form_id", "version"],
            ["broken", "1"],
          ],
        },
      ]);
      const invalid = await serviceFailure(
        importQuestionnaireVersion({
          db: handle.db,
          actor: admin,
          roundId,
          fileName: "broken.xlsx",
          bytes: broken,
        }),
      );
      expect(invalid.code).toBe("validation-failed");
      expect(invalid.details["findings"]).toEqual([
        {
          sheet: "survey",
          row: 3,
          column: "A",
          ruleId: "xlsform/unknown-type",
          severity: "error",
          message: '"integr": no XLSForm type has this name; did you mean "integer"?',
        },
      ]);
      const created = await serviceFailure(
        createReportingRound({
          db: handle.db,
          actor: lead,
          name: "Another",
          period: "2026",
          dueDate: "2027-03-31",
          lockDate: "2027-04-30",
        }),
      );
      expect(created.code).toBe("forbidden");
    });

    it("offers each caller the actions the review table allows them in each state", async () => {
      await upload("1");
      const view = async (actor: typeof focalPoint) => submissionSchema.parse(await getSubmission(at(actor)));
      const fresh = await view(focalPoint);
      expect(fresh).toMatchObject({
        state: "not-started",
        revision: 0,
        answers: {},
        editable: true,
        allowedActions: [],
        comments: [],
        updatedAt: null,
      });
      expect((await view(reviewer)).editable).toBe(false);
      for (const outsider of [otherFocalPoint, reader, editor]) {
        const refused = await serviceFailure(getSubmission(at(outsider)));
        expect(refused.code).toBe("forbidden");
      }
      const missing = await serviceFailure(getSubmission({ ...at(reviewer), area: "TJK" }));
      expect([missing.code, missing.message]).toEqual(["not-found", `round ${roundId} does not ask TJK`]);

      const draft = await saveSubmissionDraft({
        ...at(),
        answers: { strategy_name: "Concept" },
        baseRevision: 0,
      });
      expect((await view(focalPoint)).allowedActions).toEqual(["submit"]);
      const submitted = await changeSubmissionState({
        ...at(),
        action: "submit",
        baseRevision: draft.revision,
      });
      expect([(await view(focalPoint)).editable, (await view(focalPoint)).allowedActions]).toEqual([
        false,
        [],
      ]);
      expect((await view(lead)).allowedActions).toEqual(["endorse", "return"]);
      // Not endorsed yet: the reviewer may return but not approve.
      expect((await view(reviewer)).allowedActions).toEqual(["return"]);
      const endorsed = await changeSubmissionState({
        ...at(lead),
        action: "endorse",
        baseRevision: submitted.revision,
      });
      expect((await view(lead)).allowedActions).toEqual(["return"]);
      const twice = await serviceFailure(
        changeSubmissionState({ ...at(lead), action: "endorse", baseRevision: endorsed.revision }),
      );
      expect(twice.message).toBe("the country lead of KAZ has endorsed this submission already");
      expect((await view(reviewer)).allowedActions).toEqual(["return", "approve"]);
      await changeSubmissionState({ ...at(reviewer), action: "approve", baseRevision: endorsed.revision });
      const approved = await view(reviewer);
      expect([approved.state, approved.leadEndorsed, approved.allowedActions]).toEqual([
        "approved",
        true,
        ["unapprove", "publish"],
      ]);
      expect(approved.approvedAt).toBe("2027-02-01T10:00:00.000Z");
      expect((await view(admin)).allowedActions).toEqual(["unapprove", "publish"]);
      expect((await view(focalPoint)).allowedActions).toEqual([]);
      const late = submissionSchema.parse(await getSubmission({ ...at(), now: "2027-05-01T00:00:00Z" }));
      expect(late.editable).toBe(false);
    });

    it("shows the comments of the latest return, and the history per question, bare names across instances", async () => {
      await upload("1");
      const draft = await saveSubmissionDraft({
        ...at(),
        answers: { strategy_name: "Concept", policy: [{ policy_year: "2013" }, { policy_year: "2021" }] },
        baseRevision: 0,
      });
      const submitted = await changeSubmissionState({
        ...at(),
        action: "submit",
        baseRevision: draft.revision,
      });
      const returned = await changeSubmissionState({
        ...at(reviewer),
        action: "return",
        baseRevision: submitted.revision,
        comments: [{ question: "policy[2]/policy_year", comment: "The law was amended in 2022." }],
      });
      const seen = submissionSchema.parse(await getSubmission(at()));
      expect([seen.state, seen.editable, seen.allowedActions]).toEqual(["returned", true, ["submit"]]);
      expect(seen.comments).toEqual([
        {
          question: "policy[2]/policy_year",
          comment: "The law was amended in 2022.",
          by: reviewer.label,
          at: expect.stringMatching(/Z$/),
          revision: returned.revision,
        },
      ]);
      const fixed = await saveSubmissionDraft({
        ...at(),
        answers: { strategy_name: "Concept", policy: [{ policy_year: "2013" }, { policy_year: "2022" }] },
        baseRevision: returned.revision,
      });
      await changeSubmissionState({ ...at(), action: "submit", baseRevision: fixed.revision });
      expect((await getSubmission(at())).comments).toEqual([]);

      const exact = await listSubmissionEvents({ ...at(), question: "policy[2]/policy_year" });
      expect(
        exact.map((event) => [
          submissionEventSchema.parse(event).kind,
          event.before,
          event.after ?? event.comment,
        ]),
      ).toEqual([
        ["answer", null, "2021"],
        ["comment", null, "The law was amended in 2022."],
        ["answer", "2021", "2022"],
      ]);
      const everyInstance = await listSubmissionEvents({ ...at(lead), question: "policy_year" });
      expect(everyInstance.map((event) => [event.question, event.kind])).toEqual([
        ["policy[1]/policy_year", "answer"],
        ["policy[2]/policy_year", "answer"],
        ["policy[2]/policy_year", "comment"],
        ["policy[2]/policy_year", "answer"],
      ]);
      const all = await listSubmissionEvents(at(reviewer));
      expect(all.filter((event) => event.kind === "state").map((event) => event.toState)).toEqual([
        "submitted",
        "returned",
        "resubmitted",
      ]);
      expect(await listSubmissionEvents({ ...at(), area: "UZB", actor: reviewer })).toEqual([]);
      const refused = await serviceFailure(listSubmissionEvents(at(otherFocalPoint)));
      expect(refused.code).toBe("forbidden");
    });
  });
}
