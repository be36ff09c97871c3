/**
 * The answer workbook over HTTP with real users, over the bundled baseline and the starter
 * questionnaire: who may download and upload, the download's headers, an upload saved as a draft
 * from its base revision, and a wrong file refused with every problem located and nothing stored.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { problemSchema, submissionSchema } from "@circular-atlas/contracts";
import { readXlsForm, writeAnswerWorkbook, type XlsForm } from "@circular-atlas/formats";
import {
  cliActor,
  createReportingRound,
  getSubmission,
  importQuestionnaireVersion,
  saveSubmissionDraft,
} from "@circular-atlas/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";

const starterPath = fileURLToPath(
  new URL("../../../../../data/questionnaires/eco-ce-mapping.xlsx", import.meta.url),
);
const kyrgyzAnswers = {
  country: "KGZ",
  institution: "Ministry of Natural Resources, Ecology and Technical Supervision",
  share_recycled: "8.5",
  msw_treatment_year: "2025",
  policy: [
    { policy_title: "Law on production and consumption waste", policy_kind: "law", policy_year: "2001" },
  ],
};
const starterForm = readStarterForm();
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const kazakhAnswers = {
  country: "KAZ",
  institution: "Ministry of Ecology",
  share_recycled: "21.5",
  msw_treatment_year: "2025",
  policy: [{ policy_title: "Environmental Code", policy_kind: "law", policy_year: "2021" }],
};

for (const target of testAppTargets()) {
  describe(`answer workbook API on ${target.kind}`, () => {
    let test: TestApp;
    let roundId: number;
    let kyrgyzFocalPoint: TestUser;
    let uzbekFocalPoint: TestUser;
    let reviewer: TestUser;
    beforeAll(async () => {
      test = await target.open();
      kyrgyzFocalPoint = await createTestUser(test.app, test.db, { role: "focal-point", countries: ["KGZ"] });
      uzbekFocalPoint = await createTestUser(test.app, test.db, { role: "focal-point", countries: ["UZB"] });
      reviewer = await createTestUser(test.app, test.db, { role: "reviewer" });
      ({ id: roundId } = await createReportingRound({
        db: test.db,
        actor: cliActor,
        name: "Mapping 2026",
        period: "2026",
        dueDate: "2099-03-31",
        lockDate: "2099-04-30",
      }));
      await importQuestionnaireVersion({ db: test.db, roundId, filePath: starterPath, actor: cliActor });
      await saveSubmissionDraft({
        db: test.db,
        actor: cliActor,
        roundId,
        area: "KAZ",
        answers: kazakhAnswers,
        baseRevision: 0,
        now: new Date().toISOString(),
      });
    }, 120_000);
    afterAll(async () => {
      await test?.close();
    });

    const url = (area: string, query = "") =>
      `/api/rounds/${roundId}/submissions/${area}/answer-workbook${query}`;
    const upload = (user: TestUser | undefined, area: string, body: Buffer, baseRevision = 0) =>
      test.app.inject({
        method: "PUT",
        url: url(area, `?baseRevision=${baseRevision}`),
        headers: { ...(user?.headers ?? {}), "content-type": xlsxType },
        payload: body,
      });

    it("gives the workbook to the country's roles and reviewers only, as a private attachment", async () => {
      expect((await test.app.inject({ url: url("KAZ") })).statusCode).toBe(401);
      expect((await test.app.inject({ url: url("KAZ"), headers: uzbekFocalPoint.headers })).statusCode).toBe(
        403,
      );
      const download = await test.app.inject({ url: url("KAZ", "?language=ru"), headers: reviewer.headers });
      expect(download.statusCode).toBe(200);
      expect(download.headers["content-type"]).toBe(xlsxType);
      expect(download.headers["content-disposition"]).toBe(
        `attachment; filename="eco_ce_mapping-2026120402-KAZ-round-${roundId}.xlsx"`,
      );
      expect(download.headers["cache-control"]).toBe("private, no-store");
      expect(download.rawPayload.subarray(0, 2).toString()).toBe("PK");
    });

    it("saves an uploaded workbook's answers as a draft from its base revision", async () => {
      const kazakh = (await test.app.inject({ url: url("KAZ"), headers: reviewer.headers })).rawPayload;
      const misplaced = await upload(kyrgyzFocalPoint, "KGZ", kazakh);
      expect(misplaced.statusCode).toBe(422);
      expect(
        (problemSchema.parse(misplaced.json()).details as { problems: { code: string }[] }).problems.map(
          (problem) => problem.code,
        ),
      ).toEqual(["answer-workbook/other-area"]);
      // What the focal point types into Kyrgyzstan's own workbook.
      const workbook = Buffer.from(writeAnswerWorkbook(starterForm, kyrgyzAnswers, { area: "KGZ" }));
      expect((await upload(undefined, "KGZ", workbook)).statusCode).toBe(401);
      expect((await upload(uzbekFocalPoint, "KGZ", workbook)).statusCode).toBe(403);
      expect((await upload(reviewer, "KGZ", workbook)).statusCode).toBe(403);
      const saved = await upload(kyrgyzFocalPoint, "KGZ", workbook);
      expect(saved.statusCode).toBe(200);
      const submission = submissionSchema.parse(saved.json());
      expect([submission.area, submission.state, submission.revision, submission.editable]).toEqual([
        "KGZ",
        "draft",
        2,
        true,
      ]);
      expect(submission.answers).toEqual(kyrgyzAnswers);
      const stale = await upload(kyrgyzFocalPoint, "KGZ", workbook);
      expect([stale.statusCode, problemSchema.parse(stale.json()).code]).toEqual([409, "conflict"]);
    });

    it("refuses the questionnaire itself, or no workbook at all, with located problems and stores nothing", async () => {
      const wrong = await upload(uzbekFocalPoint, "UZB", readFileSync(starterPath));
      expect(wrong.statusCode).toBe(422);
      const problem = problemSchema.parse(wrong.json());
      expect(problem.code).toBe("validation-failed");
      const problems = (problem.details as { problems: { sheet: string; code: string }[] }).problems;
      expect(problems.slice(0, 3).map((entry) => [entry.sheet, entry.code])).toEqual([
        ["survey", "answer-workbook/unknown-sheet"],
        ["choices", "answer-workbook/unknown-sheet"],
        ["answers", "answer-workbook/missing-sheet"],
      ]);
      const text = await upload(uzbekFocalPoint, "UZB", Buffer.from("name,answer\ncountry,UZB\n"));
      expect(text.statusCode).toBe(422);
      expect(
        (problemSchema.parse(text.json()).details as { problems: { code: string }[] }).problems[0]?.code,
      ).toBe("answer-workbook/not-a-workbook");
      const json = await test.app.inject({
        method: "PUT",
        url: url("UZB", "?baseRevision=0"),
        headers: uzbekFocalPoint.headers,
        payload: { answers: {} },
      });
      expect(json.statusCode).toBe(400);
      const tooLarge = await upload(uzbekFocalPoint, "UZB", Buffer.alloc(6 * 1024 * 1024));
      expect(tooLarge.statusCode).toBe(413);
      const untouched = await getSubmission({
        db: test.db,
        actor: cliActor,
        roundId,
        area: "UZB",
        now: new Date().toISOString(),
      });
      expect([untouched.state, untouched.revision]).toEqual(["not-started", 0]);
    });
  });
}

function readStarterForm(): XlsForm {
  const { form } = readXlsForm(new Uint8Array(readFileSync(starterPath)));
  if (form === undefined) throw new Error("the starter questionnaire does not read");
  return form;
}
