/**
 * The data-quality rules on submit: a series answer breaking a high-priority error rule refuses
 * the submission with the flag named by question; a warning lets it through and is recorded on
 * the state event. Rules are the Secretariat's saved set, classified as an import would.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DatabaseHandle, findSubmission, listSubmissionEvents } from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { toXlsx } from "@circular-atlas/formats";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliActor } from "../accounts/actor.ts";
import { saveQualityRules } from "../quality/quality-rules.ts";
import { serviceFailure, testUser } from "../testing/mapping-fixture.ts";
import { importQuestionnaireVersion } from "./import-questionnaire-version.ts";
import { createReportingRound } from "./reporting-rounds.ts";
import { changeSubmissionState, saveSubmissionDraft } from "./submissions.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-submission-quality-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const formFile = path.join(work, "form.xlsx");
writeFileSync(
  formFile,
  toXlsx([
    {
      name: "survey",
      rows: [
        ["type", "name", "label", "bind::atlas:series", "bind::atlas:period", "bind::atlas:unit"],
        ["integer", "dmc_year", "Year of the value", "", "", ""],
        [
          "decimal",
          "dmc",
          "Domestic material consumption per capita (t)",
          "EN_MAT_DOMCMPC",
          "dmc_year",
          "T_PER_CAP",
        ],
      ],
    },
    {
      name: "settings",
      rows: [
        ["form_id", "version"],
        ["quality_test", "1"],
      ],
    },
  ]),
);

const focalPoint = testUser(1, "focal-point", ["KAZ"]);
const now = "2027-02-01T10:00:00Z";

for (const target of testDatabaseTargets()) {
  describe(`data-quality rules on submit on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let roundId: number;
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
      await importQuestionnaireVersion({ db: handle.db, roundId, filePath: formFile, actor: cliActor });
      await saveQualityRules({
        db: handle.db,
        actor: cliActor,
        rules: [
          {
            id: "dmc-ceiling",
            kind: "bounds",
            severity: "error",
            priority: "high",
            scope: { indicators: ["EN_MAT_DOMCMPC"] },
            params: { max: 100 },
            description: "No country consumes 100 t of materials per person a year.",
          },
          // An error of normal priority holds values at publication but never blocks a submission.
          { id: "dmc-floor", kind: "bounds", severity: "error", params: { min: 1 } },
          { id: "leading-zeros", kind: "leading-zeros", severity: "warning" },
        ],
      });
    });
    afterEach(async () => {
      await handle.close();
    });

    async function submit(dmc: string) {
      const at = { db: handle.db, actor: focalPoint, roundId, area: "KAZ", now };
      const draft = await saveSubmissionDraft({ ...at, answers: { dmc_year: "2024", dmc }, baseRevision: 0 });
      return changeSubmissionState({ ...at, action: "submit", baseRevision: draft.revision });
    }

    it("refuses a series answer that breaks a high-priority error rule, naming the question and the rule", async () => {
      const failure = await serviceFailure(submit("140"));
      expect(failure.code).toBe("validation-failed");
      expect(failure.details["qualityFlags"]).toEqual([
        {
          question: "dmc",
          ruleId: "dmc-ceiling",
          severity: "error",
          blocking: true,
          message: expect.stringContaining("140"),
          value: "140",
          series: "EN_MAT_DOMCMPC",
          timePeriod: "2024",
        },
      ]);
      expect(failure.message).toMatch(
        /^the answers of KAZ break 1 data-quality rule\(s\) of high priority; fix them before submitting:\n {2}dmc: .*\[dmc-ceiling\]$/,
      );
      expect((await findSubmission(handle.db, roundId, "KAZ"))?.state).toBe("draft");
    });

    it("accepts answers with warnings and normal errors only, recording them on the state event", async () => {
      const submitted = await submit("0.5");
      expect(submitted.state).toBe("submitted");
      const events = await listSubmissionEvents(handle.db, submitted.id);
      const state = events.find((event) => event.kind === "state");
      expect(state?.after).toEqual({
        qualityFlags: [expect.objectContaining({ question: "dmc", ruleId: "dmc-floor", blocking: false })],
      });
    });

    it("runs the warning rules on the value as the respondent typed it", async () => {
      const submitted = await submit("012.5");
      const state = (await listSubmissionEvents(handle.db, submitted.id)).find(
        (event) => event.kind === "state",
      );
      expect(state?.after).toEqual({
        qualityFlags: [
          expect.objectContaining({
            question: "dmc",
            ruleId: "leading-zeros",
            severity: "warning",
            blocking: false,
          }),
        ],
      });
    });
  });
}
