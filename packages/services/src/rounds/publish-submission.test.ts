import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type DatabaseHandle,
  findObservations,
  findSubmission,
  listSubmissionEvents,
} from "@circular-atlas/database";
import { seedReferenceData, testDatabaseTargets } from "@circular-atlas/database/testing";
import { toXlsx } from "@circular-atlas/formats";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliActor } from "../accounts/actor.ts";
import { getRecord } from "../knowledge/get-record.ts";
import { ServiceError } from "../service-error.ts";
import { approveSubmission, serviceFailure, testUser } from "../testing/mapping-fixture.ts";
import { importQuestionnaireVersion } from "./import-questionnaire-version.ts";
import { publishSubmission } from "./publish-submission.ts";
import { createReportingRound } from "./reporting-rounds.ts";
import { changeSubmissionState, saveSubmissionDraft } from "./submissions.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-publish-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const formFile = path.join(work, "form.xlsx");
writeFileSync(
  formFile,
  toXlsx([
    {
      name: "survey",
      rows: [
        [
          "type",
          "name",
          "label::English (en)",
          "bind::atlas:series",
          "bind::atlas:period",
          "bind::atlas:unit",
          "bind::atlas:record",
          "bind::atlas:field",
        ],
        ["integer", "dmc_year", "Year of the value", "", "", "", "", ""],
        [
          "decimal",
          "dmc",
          "Domestic material consumption per capita (t)",
          "EN_MAT_DOMCMPC",
          "dmc_year",
          "T_PER_CAP",
          "",
          "",
        ],
        ["begin repeat", "policy", "Policies in force", "", "", "", "policy", ""],
        ["text", "policy_title", "Title", "", "", "", "", "texts.title"],
        ["text", "policy_summary", "What it does", "", "", "", "", "texts.summary"],
        ["integer", "policy_year", "Year adopted", "", "", "", "", "year"],
        ["text", "policy_url", "Where it is published", "", "", "", "", "sources.url"],
        ["end repeat", "", "", "", "", "", "", ""],
      ],
    },
    {
      name: "settings",
      rows: [
        ["form_id", "version", "default_language"],
        ["publish_test", "1", "English (en)"],
      ],
    },
  ]),
);

// A repeat per year: each instance gives one value of the series, its year the instance's.
const repeatFormFile = path.join(work, "repeat-form.xlsx");
writeFileSync(
  repeatFormFile,
  toXlsx([
    {
      name: "survey",
      rows: [
        [
          "type",
          "name",
          "label::English (en)",
          "bind::atlas:series",
          "bind::atlas:period",
          "bind::atlas:unit",
        ],
        ["begin repeat", "dmc_by_year", "Domestic material consumption by year"],
        ["integer", "dmc_year", "Year"],
        ["decimal", "dmc", "Per capita (t)", "EN_MAT_DOMCMPC", "dmc_year", "T_PER_CAP"],
        ["end repeat"],
      ],
    },
    {
      name: "settings",
      rows: [
        ["form_id", "version", "default_language"],
        ["publish_repeat_test", "1", "English (en)"],
      ],
    },
  ]),
);

// node-postgres warns (once a process) when a query is sent to a client still running one, as
// `Promise.all` over one transaction does; pg 9 refuses it. Every warning of this file is kept.
const warnings: Error[] = [];
process.on("warning", (warning) => warnings.push(warning));
const overlappingQueries = () =>
  warnings.filter(
    (warning) => warning.name === "DeprecationWarning" && /client\.query\(\)/.test(warning.message),
  );

const user = testUser;
const focalPoint = user(1, "focal-point", ["KAZ"]);
const reviewer = user(3, "reviewer");
const now = "2027-02-01T10:00:00Z";

/** A seeded database with a round of 2026 asking the form in `file`. */
async function openRound(
  target: ReturnType<typeof testDatabaseTargets>[number],
  file: string,
): Promise<{ handle: DatabaseHandle; roundId: number }> {
  const handle = await target.open();
  await seedReferenceData(handle.db);
  const { id: roundId } = await createReportingRound({
    db: handle.db,
    actor: cliActor,
    name: "Mapping 2026",
    period: "2026",
    dueDate: "2027-03-31",
    lockDate: "2027-04-30",
  });
  await importQuestionnaireVersion({ db: handle.db, actor: cliActor, roundId, filePath: file });
  return { handle, roundId };
}

for (const target of testDatabaseTargets()) {
  describe(`publishing a submission on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let roundId: number;
    beforeEach(async () => {
      ({ handle, roundId } = await openRound(target, formFile));
    });
    afterEach(async () => {
      await handle.close();
    });

    const approve = (answers: Record<string, unknown>) =>
      approveSubmission({ db: handle.db, roundId, area: "KAZ", answers, now });

    const policies = [
      {
        policy_title: "Concept for the transition to a green economy",
        policy_summary: "Targets for waste recycling.",
        policy_year: "2013",
        policy_url: "https://adilet.zan.kz/rus/docs/U1300000577",
      },
      {
        policy_title: "Environmental Code",
        policy_summary: "Extended producer responsibility.",
        policy_year: "2021",
      },
    ];

    it("writes the series value and a draft record per repeat instance, citing the submission, in one step", async () => {
      const revision = await approve({ dmc_year: "2022", dmc: "21.35", policy: policies });
      const report = await publishSubmission({
        db: handle.db,
        actor: reviewer,
        roundId,
        area: "KAZ",
        baseRevision: revision,
        now,
      });
      expect(report.submission.state).toBe("published");
      expect(report.observations).toMatchObject({ observations: 1, inserted: 1, rejected: 0 });
      const [value] = await findObservations(handle.db, {
        indicators: ["EN_MAT_DOMCMPC"],
        areas: ["KAZ"],
        totalsOnly: false,
      });
      expect([value?.timePeriod, value?.value, value?.unit]).toEqual(["2022", "21.35", "T_PER_CAP"]);
      expect(value?.sourceId).toMatch(/^cited-/);
      expect(report.records).toHaveLength(2);
      const record = await getRecord({ db: handle.db, viewer: reviewer, id: report.records[0] as string });
      expect(record).toMatchObject({ type: "policy", status: "draft", countries: ["KAZ"], year: 2013 });
      expect(record.texts["en"]?.title).toBe("Concept for the transition to a green economy");
      expect(record.sources.map((source) => source.url ?? source.title)).toEqual([
        "https://adilet.zan.kz/rus/docs/U1300000577",
        `Circular Atlas mapping exercise "Mapping 2026" (2026): answers of KAZ, submission ${report.submission.id}, approved on 2027-02-01`,
      ]);
      const events = await listSubmissionEvents(handle.db, report.submission.id);
      expect(events.at(-1)).toMatchObject({
        kind: "state",
        fromState: "approved",
        toState: "published",
        actorLabel: reviewer.label,
      });
    });

    it.runIf(target.kind === "postgres")(
      "sends the transaction's queries one at a time, as node-postgres requires",
      async () => {
        const revision = await approve({ dmc_year: "2022", dmc: "21.35", policy: policies });
        await publishSubmission({
          db: handle.db,
          actor: reviewer,
          roundId,
          area: "KAZ",
          baseRevision: revision,
          now,
        });
        // Warnings are emitted on the next tick.
        await new Promise((resolve) => setImmediate(resolve));
        expect(overlappingQueries().map((warning) => warning.message)).toEqual([]);
      },
    );

    it("writes nothing, and keeps the submission approved, when one record is refused", async () => {
      const revision = await approve({
        dmc_year: "2022",
        dmc: "21.35",
        policy: [policies[0], { ...policies[1], policy_year: "1850" }],
      });
      const refused = await publishSubmission({
        db: handle.db,
        actor: reviewer,
        roundId,
        area: "KAZ",
        baseRevision: revision,
        now,
      }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(ServiceError);
      expect((refused as ServiceError).message).toBe(
        "policy[2]: year: Too small: expected number to be >=1900",
      );
      expect(
        await findObservations(handle.db, {
          indicators: ["EN_MAT_DOMCMPC"],
          areas: ["KAZ"],
          totalsOnly: false,
        }),
      ).toEqual([]);
      expect((await findSubmission(handle.db, roundId, "KAZ"))?.state).toBe("approved");
      const notYet = await publishSubmission({
        db: handle.db,
        actor: focalPoint,
        roundId,
        area: "KAZ",
        baseRevision: revision,
        now,
      }).then(
        () => undefined,
        (error: unknown) => error as ServiceError,
      );
      expect(notYet?.code).toBe("forbidden");
    });

    it("makes up no title: an instance without one is refused, naming it", async () => {
      const revision = await approve({ dmc_year: "2022", dmc: "21.35", policy: [{ policy_year: "2013" }] });
      const untitled = await publishSubmission({
        db: handle.db,
        actor: reviewer,
        roundId,
        area: "KAZ",
        baseRevision: revision,
        now,
      }).then(
        () => undefined,
        (error: unknown) => error as ServiceError,
      );
      expect(untitled?.code).toBe("validation-failed");
      expect(untitled?.message).toMatch(/^policy\[1\]: texts\.en\.title: /);
      expect(
        await findObservations(handle.db, {
          indicators: ["EN_MAT_DOMCMPC"],
          areas: ["KAZ"],
          totalsOnly: false,
        }),
      ).toEqual([]);
    });
  });
  describe(`publishing series answered in a repeat on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let roundId: number;
    beforeEach(async () => {
      ({ handle, roundId } = await openRound(target, repeatFormFile));
    });
    afterEach(async () => {
      await handle.close();
    });

    it("writes one observation per instance, each in its instance's year", async () => {
      const dmcByYear = [
        { dmc_year: "2020", dmc: "20.9" },
        { dmc_year: "2021", dmc: "21.1" },
        { dmc_year: "2022", dmc: "21.35" },
      ];
      const revision = await approveSubmission({
        db: handle.db,
        roundId,
        area: "KAZ",
        answers: { dmc_by_year: dmcByYear },
        now,
      });
      const report = await publishSubmission({
        db: handle.db,
        actor: reviewer,
        roundId,
        area: "KAZ",
        baseRevision: revision,
        now,
      });
      expect(report.observations).toMatchObject({ observations: 3, rejected: 0 });
      const values = await findObservations(handle.db, {
        indicators: ["EN_MAT_DOMCMPC"],
        areas: ["KAZ"],
        totalsOnly: false,
      });
      expect(
        values
          .filter((value) => value.sourceId?.startsWith("cited-"))
          .map((value) => [value.timePeriod, value.value, value.unit])
          .sort(),
      ).toEqual([
        ["2020", "20.9", "T_PER_CAP"],
        ["2021", "21.1", "T_PER_CAP"],
        ["2022", "21.35", "T_PER_CAP"],
      ]);
    });

    it("refuses on submit two instances giving the same year, naming the later one", async () => {
      const at = { db: handle.db, roundId, area: "KAZ", now };
      const draft = await saveSubmissionDraft({
        ...at,
        actor: focalPoint,
        baseRevision: 0,
        answers: {
          dmc_by_year: [
            { dmc_year: "2021", dmc: "21.1" },
            { dmc_year: "2021", dmc: "21.2" },
          ],
        },
      });
      const failure = await serviceFailure(
        changeSubmissionState({ ...at, actor: focalPoint, action: "submit", baseRevision: draft.revision }),
      );
      expect(failure.code).toBe("validation-failed");
      expect(failure.details["problems"]).toMatchObject([
        { path: "dmc_by_year[2]/dmc", code: "atlas/duplicate-observation" },
      ]);
      expect(failure.message).toContain(
        "dmc_by_year[2]/dmc: gives EN_MAT_DOMCMPC for 2021 again, as dmc_by_year[1]/dmc does",
      );
      expect((await findSubmission(handle.db, roundId, "KAZ"))?.state).toBe("draft");
    });
  });
}
