/**
 * The answer workbook over a real database holding the bundled baseline and the starter
 * questionnaire: a focal point downloads, fills and uploads it; every changed answer is an
 * audited event; a workbook with a problem stores nothing; only the country's roles may upload.
 */
import { fileURLToPath } from "node:url";
import { type DatabaseHandle, findSubmission, listSubmissionEvents } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import {
  type FormAnswers,
  readAnswerWorkbook,
  writeAnswerWorkbook,
  type XlsForm,
} from "@circular-atlas/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { readQuestionnaire } from "../questionnaires/read-questionnaire.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import { serviceFailure, testUser } from "../testing/mapping-fixture.ts";
import { downloadAnswerWorkbook, uploadAnswerWorkbook } from "./answer-workbook.ts";
import { importQuestionnaireVersion } from "./import-questionnaire-version.ts";
import { createReportingRound } from "./reporting-rounds.ts";

const starterPath = fileURLToPath(
  new URL("../../../../data/questionnaires/eco-ce-mapping.xlsx", import.meta.url),
);
const now = "2027-02-01T10:00:00Z";
const focalPoint = testUser(1, "focal-point", ["KGZ"]);
const otherFocalPoint = testUser(2, "focal-point", ["UZB"]);
const reviewer = testUser(3, "reviewer");

const answers: FormAnswers = {
  country: "KGZ",
  institution: "Ministry of Natural Resources",
  completion_date: "2027-01-20",
  priority_sectors: "C F",
  has_ce_strategy: "no",
  share_recycled: "12.5",
  msw_treatment_year: "2025",
  policy: [
    { policy_title: "Law on waste", policy_kind: "law", policy_year: "2019" },
    { policy_title: "Programme", policy_status: "in-force" },
  ],
};

for (const target of testDatabaseTargets()) {
  describe(`the answer workbook on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let roundId: number;
    let form: XlsForm;
    beforeAll(async () => {
      handle = await target.open();
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      ({ id: roundId } = await createReportingRound({
        db: handle.db,
        name: "Mapping 2026",
        period: "2026",
        dueDate: "2027-03-31",
        lockDate: "2027-04-30",
        actor: reviewer,
      }));
      await importQuestionnaireVersion({ db: handle.db, roundId, filePath: starterPath, actor: reviewer });
      form = (await readQuestionnaire({ filePath: starterPath })).form as XlsForm;
    }, 120_000);
    afterAll(async () => {
      await handle.close();
    });
    const at = () => ({ db: handle.db, roundId, area: "KGZ" });

    it("refuses a workbook with problems, naming each cell, and stores nothing", async () => {
      const broken = writeAnswerWorkbook(form, {
        ...answers,
        msw_treatment_year: "20x5",
        country: "Kyrgyzstan!",
      });
      const failure = await serviceFailure(
        uploadAnswerWorkbook({ ...at(), actor: focalPoint, bytes: broken, baseRevision: 0, now }),
      );
      expect(failure.code).toBe("validation-failed");
      const problems = failure.details["problems"] as { sheet: string; code: string; column: string }[];
      expect(problems.map((problem) => [problem.sheet, problem.column, problem.code])).toEqual([
        ["answers", "F", "answer-workbook/unknown-choice"],
        ["answers", "F", "answer-workbook/invalid-integer"],
      ]);
      expect(failure.message).toMatch(
        /^the answer workbook has 2 problem\(s\); nothing was saved:\n {2}answers!F\d+: country: /,
      );
      expect(await findSubmission(handle.db, roundId, "KGZ")).toBeUndefined();
    });

    it("lets only the country's roles upload, and reviewers download too", async () => {
      const bytes = writeAnswerWorkbook(form, answers);
      for (const actor of [otherFocalPoint, reviewer]) {
        const failure = await serviceFailure(
          uploadAnswerWorkbook({ ...at(), actor, bytes, baseRevision: 0, now }),
        );
        expect(failure.code).toBe("forbidden");
      }
      expect((await serviceFailure(downloadAnswerWorkbook({ ...at(), actor: otherFocalPoint }))).code).toBe(
        "forbidden",
      );
      const blank = await downloadAnswerWorkbook({ ...at(), actor: reviewer });
      expect(blank.fileName).toBe(`eco_ce_mapping-2026120402-KGZ-round-${roundId}.xlsx`);
      expect(readAnswerWorkbook(form, blank.bytes)).toEqual({ answers: {}, problems: [] });
      // Kyrgyzstan's workbook is refused for Uzbekistan, whoever uploads it.
      const misplaced = await serviceFailure(
        uploadAnswerWorkbook({
          ...at(),
          area: "UZB",
          actor: otherFocalPoint,
          bytes: blank.bytes,
          baseRevision: 0,
          now,
        }),
      );
      expect(misplaced.code).toBe("validation-failed");
      expect(misplaced.message).toContain("the workbook holds the answers of KGZ, not UZB");
      expect(await findSubmission(handle.db, roundId, "UZB")).toBeUndefined();
    });

    it("saves the workbook's answers as a draft, audited answer by answer, and gives them back", async () => {
      const download = await downloadAnswerWorkbook({ ...at(), actor: focalPoint, language: "ru" });
      const filled = writeAnswerWorkbook(
        form,
        { ...readAnswerWorkbook(form, download.bytes).answers, ...answers },
        { language: "ru" },
      );
      const saved = await uploadAnswerWorkbook({
        ...at(),
        actor: focalPoint,
        bytes: filled,
        baseRevision: 0,
        now,
      });
      expect([saved.state, saved.revision, saved.answers]).toEqual(["draft", 2, answers]);
      const events = await listSubmissionEvents(handle.db, saved.id);
      expect(events.map((event) => event.question)).toEqual([
        "completion_date",
        "country",
        "has_ce_strategy",
        "institution",
        "msw_treatment_year",
        "policy[1]/policy_kind",
        "policy[1]/policy_title",
        "policy[1]/policy_year",
        "policy[2]/policy_status",
        "policy[2]/policy_title",
        "priority_sectors",
        "share_recycled",
      ]);
      const again = await downloadAnswerWorkbook({ ...at(), actor: focalPoint });
      expect(readAnswerWorkbook(form, again.bytes).answers).toEqual(answers);

      const stale = await serviceFailure(
        uploadAnswerWorkbook({ ...at(), actor: focalPoint, bytes: again.bytes, baseRevision: 0, now }),
      );
      expect(stale.code).toBe("conflict");
      const cleared = writeAnswerWorkbook(form, { ...answers, policy: [answers["policy"]?.[0] ?? {}] });
      const second = await uploadAnswerWorkbook({
        ...at(),
        actor: focalPoint,
        bytes: cleared,
        baseRevision: 2,
        now,
      });
      const later = (await listSubmissionEvents(handle.db, saved.id)).filter(
        (event) => event.revision === second.revision,
      );
      expect(later.map((event) => [event.question, event.before, event.after])).toEqual([
        ["policy[2]/policy_status", { value: "in-force" }, { value: null }],
        ["policy[2]/policy_title", { value: "Programme" }, { value: null }],
      ]);
    });
  });
}
