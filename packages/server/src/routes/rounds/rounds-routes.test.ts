/**
 * The mapping exercise over HTTP with real users and sessions: a round is opened, the starter
 * questionnaire (data/questionnaires/eco-ce-mapping.xlsx) uploaded, Kyrgyzstan's focal point
 * answers, the country lead endorses, a reviewer returns one question with a comment, the focal
 * point fixes it, and the Secretariat approves and publishes: the values reach the observatory and
 * the repeats the knowledge base, and the history reads per question. Every response is parsed
 * with the contracts' schemas.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  observationListSchema,
  problemSchema,
  publicationReportSchema,
  questionnaireFormSchema,
  questionnaireVersionSummarySchema,
  recordSchema,
  reportingRoundListSchema,
  reportingRoundSchema,
  roundCompletenessSchema,
  submissionEventListSchema,
  submissionSchema,
} from "@circular-atlas/contracts";
import { toXlsx } from "@circular-atlas/formats";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";
import { createTestUser, type TestUser } from "../../testing/test-users.ts";
import { xlsxContentType } from "./rounds-scope.ts";

const starterWorkbook = readFileSync(
  fileURLToPath(new URL("../../../../../data/questionnaires/eco-ce-mapping.xlsx", import.meta.url)),
);

/**
 * Kyrgyzstan's answers to every required question of the starter questionnaire (its source,
 * data/questionnaires/eco-ce-mapping/), but the clearance, which the first submit misses: a
 * priority and a policy (each becomes a draft record) and municipal waste generated in 2023
 * (`bind::atlas:series` WAW_MSW_GENERATED, its year in msw_generated_year).
 */
const withoutClearance: Record<string, unknown> = {
  country: "KGZ",
  institution: "Ministry of Natural Resources, Ecology and Technical Supervision",
  respondent_name: "A. Focal",
  respondent_email: "focal@example.org",
  answer_language: "ru",
  completion_date: new Date().toISOString().slice(0, 10),
  priority_sectors: "C E",
  priority_strategies: "R8",
  priority_themes: "municipal-waste",
  priority_count: "1",
  priority: [{ priority_title: "Раздельный сбор отходов" }],
  has_ce_strategy: "no",
  ce_in_other_plans: "no",
  has_policies: "yes",
  policy: [
    {
      policy_title: "Закон об отходах производства и потребления",
      policy_kind: "law",
      policy_status: "in-force",
      policy_year: "2001",
    },
  ],
  has_good_practices: "no",
  separate_collection: "pilots",
  dedicated_budget: "no",
  financing_mechanisms: "public-budget",
  investment_areas: "collection",
  has_initiatives: "no",
  capacity_needs: "waste-statistics",
  informal_sector: "no",
  data_sources: "National Statistical Committee",
  support_requested: "yes",
  msw_generated: "1180000",
  msw_generated_year: "2023",
};

for (const target of testAppTargets()) {
  describe(`mapping exercise API on ${target.kind}`, () => {
    let test: TestApp;
    let admin: TestUser;
    let reviewer: TestUser;
    let secondReviewer: TestUser;
    let focalPoint: TestUser;
    let lead: TestUser;
    let kazakhFocalPoint: TestUser;
    let reader: TestUser;

    beforeAll(async () => {
      test = await target.open();
      const make = (role: TestUser["role"], countries: string[] = []) =>
        createTestUser(test.app, test.db, { role, countries });
      admin = await make("admin");
      reviewer = await make("reviewer");
      secondReviewer = await make("reviewer");
      focalPoint = await make("focal-point", ["KGZ"]);
      lead = await make("country-lead", ["KGZ"]);
      kazakhFocalPoint = await make("focal-point", ["KAZ"]);
      reader = await make("reader");
    }, 120_000);
    afterAll(async () => {
      await test?.close();
    });

    const call = async (
      user: TestUser | undefined,
      options: InjectOptions & { url: string },
    ): Promise<LightMyRequestResponse> => {
      const response = await test.app.inject({
        ...options,
        headers: { ...user?.headers, ...options.headers },
      });
      expect(response.headers["cache-control"], `${options.method ?? "GET"} ${options.url}`).toBe(
        "private, no-store",
      );
      return response;
    };
    const failed = (response: LightMyRequestResponse, status: number) => {
      expect(response.statusCode, response.body).toBe(status);
      return problemSchema.parse(response.json());
    };
    const ok = <T>(
      response: LightMyRequestResponse,
      schema: { parse(value: unknown): T },
      status = 200,
    ): T => {
      expect(response.statusCode, response.body).toBe(status);
      return schema.parse(response.json());
    };
    const upload = (user: TestUser, roundId: number, bytes: Uint8Array, fileName = "eco-ce-mapping.xlsx") =>
      call(user, {
        method: "POST",
        url: `/api/rounds/${roundId}/questionnaires?fileName=${fileName}`,
        headers: { "content-type": xlsxContentType },
        payload: Buffer.from(bytes),
      });

    async function openRound(name: string): Promise<number> {
      const created = await call(reviewer, {
        method: "POST",
        url: "/api/rounds",
        payload: {
          name,
          period: "2026",
          dueDate: "2099-03-31",
          lockDate: "2099-04-30",
          areas: ["KGZ", "KAZ"],
        },
      });
      const round = ok(created, reportingRoundSchema, 201);
      ok(await upload(reviewer, round.id, starterWorkbook), questionnaireVersionSummarySchema, 201);
      return round.id;
    }

    it("runs a round from the upload to publication, with a return on one question", async () => {
      failed(await call(undefined, { url: "/api/rounds" }), 401);
      failed(await call(focalPoint, { method: "POST", url: "/api/rounds", payload: { name: "x" } }), 400);
      const refusedRound = {
        name: "Mapping 2026",
        period: "2026",
        dueDate: "2099-03-31",
        lockDate: "2099-04-30",
      };
      failed(await call(focalPoint, { method: "POST", url: "/api/rounds", payload: refusedRound }), 403);
      const created = await call(reviewer, {
        method: "POST",
        url: "/api/rounds",
        payload: { ...refusedRound, areas: ["KGZ", "KAZ"] },
      });
      const round = ok(created, reportingRoundSchema, 201);
      expect([round.areas, round.questionnaires]).toEqual([["KAZ", "KGZ"], []]);

      failed(await upload(focalPoint, round.id, starterWorkbook), 403);
      const version = ok(
        await upload(reviewer, round.id, starterWorkbook),
        questionnaireVersionSummarySchema,
        201,
      );
      expect([version.formId, version.fileName]).toEqual(["eco_ce_mapping", "eco-ce-mapping.xlsx"]);
      ok(await upload(reviewer, round.id, starterWorkbook), questionnaireVersionSummarySchema, 200);
      const listed = ok(await call(focalPoint, { url: "/api/rounds" }), reportingRoundListSchema);
      expect(
        listed.data.find((entry) => entry.id === round.id)?.questionnaires.map((entry) => entry.id),
      ).toEqual([version.id]);
      const form = ok(
        await call(focalPoint, { url: `/api/rounds/${round.id}/questionnaire` }),
        questionnaireFormSchema,
      );
      expect(form.version.id).toBe(version.id);
      expect(Array.isArray(form.form["survey"])).toBe(true);

      const url = `/api/rounds/${round.id}/submissions/KGZ`;
      const fresh = ok(await call(focalPoint, { url }), submissionSchema);
      expect(fresh).toMatchObject({
        state: "not-started",
        revision: 0,
        editable: true,
        questionnaireVersionId: version.id,
      });
      const save = (answers: Record<string, unknown>, baseRevision: number, user = focalPoint) =>
        call(user, { method: "PUT", url: `${url}/answers`, payload: { answers, baseRevision } });
      const act = (user: TestUser, payload: Record<string, unknown>) =>
        call(user, { method: "POST", url: `${url}/actions`, payload });

      const first = ok(await save({ country: "KGZ", institution: "Ministry" }, 0), submissionSchema);
      const draft = ok(await save(withoutClearance, first.revision), submissionSchema);
      expect([draft.state, draft.revision, draft.allowedActions]).toEqual([
        "draft",
        first.revision + 1,
        ["submit"],
      ]);
      const incomplete = failed(
        await act(focalPoint, { action: "submit", baseRevision: draft.revision }),
        422,
      );
      expect(incomplete.code).toBe("validation-failed");
      const problems = (
        incomplete.details as { problems: { path: string; code: string; severity: string }[] }
      ).problems;
      expect(problems.filter((problem) => problem.severity === "error")).toEqual([
        expect.objectContaining({ path: "clearance", code: "form/required" }),
      ]);
      const complete = ok(
        await save({ ...withoutClearance, clearance: "yes" }, draft.revision),
        submissionSchema,
      );
      const submitted = ok(
        await act(focalPoint, { action: "submit", baseRevision: complete.revision }),
        submissionSchema,
      );
      expect([submitted.state, submitted.editable]).toEqual(["submitted", false]);

      failed(await call(kazakhFocalPoint, { url }), 403);
      failed(await call(reader, { url }), 403);
      failed(await save(withoutClearance, submitted.revision, kazakhFocalPoint), 403);
      const endorsed = ok(
        await act(lead, { action: "endorse", baseRevision: submitted.revision }),
        submissionSchema,
      );
      expect([endorsed.leadEndorsed, endorsed.allowedActions]).toEqual([true, ["return"]]);
      const comment = "The National Statistical Committee gives 1,213,000 t for 2023; please check.";
      const returned = ok(
        await act(reviewer, {
          action: "return",
          baseRevision: endorsed.revision,
          comments: [{ question: "msw_generated", comment }],
        }),
        submissionSchema,
      );
      expect(returned.state).toBe("returned");

      const seen = ok(await call(focalPoint, { url }), submissionSchema);
      expect([
        seen.editable,
        seen.comments.map((entry) => [entry.question, entry.comment, entry.by]),
      ]).toEqual([true, [["msw_generated", comment, reviewer.email]]]);
      const fixed = ok(
        await save({ ...withoutClearance, clearance: "yes", msw_generated: "1213000" }, seen.revision),
        submissionSchema,
      );
      const resubmitted = ok(
        await act(focalPoint, { action: "submit", baseRevision: fixed.revision }),
        submissionSchema,
      );
      expect([resubmitted.state, resubmitted.comments]).toEqual(["resubmitted", []]);
      const again = ok(
        await act(lead, { action: "endorse", baseRevision: resubmitted.revision }),
        submissionSchema,
      );
      const approved = ok(
        await act(reviewer, { action: "approve", baseRevision: again.revision }),
        submissionSchema,
      );
      expect([approved.state, approved.allowedActions]).toEqual(["approved", ["unapprove", "publish"]]);
      const late = failed(await save(withoutClearance, approved.revision), 409);
      expect(late.detail).toBe(
        "the submission of KGZ is approved; answers can change only in a draft or when returned",
      );
      const reasonless = failed(
        await act(reviewer, { action: "unapprove", baseRevision: approved.revision }),
        400,
      );
      expect(reasonless.detail).toBe("un-approving a submission needs a reason");

      failed(
        await call(focalPoint, {
          method: "POST",
          url: `${url}/publish`,
          payload: { baseRevision: approved.revision },
        }),
        403,
      );
      const published = ok(
        await call(reviewer, {
          method: "POST",
          url: `${url}/publish`,
          payload: { baseRevision: approved.revision },
        }),
        publicationReportSchema,
      );
      expect([
        published.submission.state,
        published.observations?.inserted,
        published.records.length,
      ]).toEqual(["published", 1, 2]);
      const values = observationListSchema.parse(
        (
          await test.app.inject({
            url: "/api/observations?indicator=WAW_MSW_GENERATED&area=KGZ&from=2023&to=2023",
          })
        ).json(),
      ).data;
      expect(values.map((value) => value.value)).toEqual(["1213000"]);
      const records = await Promise.all(
        published.records.map(async (id) =>
          ok(await test.app.inject({ url: `/api/records/${id}`, headers: reviewer.headers }), recordSchema),
        ),
      );
      expect(records.map((record) => [record.type, record.status, record.countries])).toEqual(
        expect.arrayContaining([
          ["priority", "draft", ["KGZ"]],
          ["policy", "draft", ["KGZ"]],
        ]),
      );
      expect(records[0]?.sources.map((source) => source.title).join(" ")).toContain(
        `"Mapping 2026" (2026): answers of KGZ`,
      );

      const history = (question: string) =>
        call(lead, { url: `${url}/events?question=${encodeURIComponent(question)}` }).then(
          (response) => ok(response, submissionEventListSchema).data,
        );
      expect(
        (await history("msw_generated")).map((event) => [
          event.kind,
          event.before,
          event.after ?? event.comment,
        ]),
      ).toEqual([
        ["answer", null, "1180000"],
        ["comment", null, comment],
        ["answer", "1180000", "1213000"],
      ]);
      expect((await history("policy_year")).map((event) => [event.question, event.after])).toEqual([
        ["policy[1]/policy_year", "2001"],
      ]);
      const states = ok(
        await call(reviewer, { url: `${url}/events` }),
        submissionEventListSchema,
      ).data.filter((event) => event.kind === "state");
      expect(states.map((event) => event.toState)).toEqual([
        "submitted",
        "submitted+endorsed",
        "returned",
        "resubmitted",
        "resubmitted+endorsed",
        "approved",
        "published",
      ]);
      const completeness = ok(
        await call(focalPoint, { url: `/api/rounds/${round.id}/completeness` }),
        roundCompletenessSchema,
      );
      expect(completeness).toMatchObject({
        expected: 2,
        submitted: 1,
        approved: 1,
        published: 1,
        overdue: 0,
      });
      expect(completeness.round.id).toBe(round.id);
    });

    it("lets exactly one of two reviewers approving the same revision succeed", async () => {
      const roundId = await openRound("Concurrent approvals");
      const url = `/api/rounds/${roundId}/submissions/KGZ`;
      const saved = submissionSchema.parse(
        (
          await call(focalPoint, {
            method: "PUT",
            url: `${url}/answers`,
            payload: { answers: { ...withoutClearance, clearance: "yes" }, baseRevision: 0 },
          })
        ).json(),
      );
      const act = (user: TestUser, action: string, baseRevision: number) =>
        call(user, { method: "POST", url: `${url}/actions`, payload: { action, baseRevision } });
      const submitted = ok(await act(focalPoint, "submit", saved.revision), submissionSchema);
      const endorsed = ok(await act(lead, "endorse", submitted.revision), submissionSchema);
      const answers = await Promise.all([
        act(reviewer, "approve", endorsed.revision),
        act(secondReviewer, "approve", endorsed.revision),
      ]);
      expect(answers.map((response) => response.statusCode).sort()).toEqual([200, 409]);
      const refused = problemSchema.parse(answers.find((response) => response.statusCode === 409)?.json());
      expect([refused.code, refused.detail]).toEqual([
        "conflict",
        `the submission of KGZ is at revision ${endorsed.revision + 1}, not ${endorsed.revision}: someone changed it since you loaded it; reload it and try again`,
      ]);
      const admins = ok(await call(admin, { url }), submissionSchema);
      expect([admins.state, admins.revision]).toEqual(["approved", endorsed.revision + 1]);
    });

    it("refuses broken, mistyped and oversized uploads with a clear problem", async () => {
      const roundId = await openRound("Uploads");
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
      const lint = failed(await upload(reviewer, roundId, broken, "broken.xlsx"), 422);
      expect(lint.code).toBe("validation-failed");
      expect((lint.details as { findings: unknown[] }).findings).toEqual([
        {
          sheet: "survey",
          row: 3,
          column: "A",
          ruleId: "xlsform/unknown-type",
          severity: "error",
          message: '"integr": no XLSForm type has this name; did you mean "integer"?',
        },
      ]);
      const json = failed(
        await call(reviewer, {
          method: "POST",
          url: `/api/rounds/${roundId}/questionnaires`,
          payload: { survey: [] },
        }),
        400,
      );
      expect(json.detail).toBe(
        `send the questionnaire workbook's bytes as the request body, with content-type ${xlsxContentType}`,
      );
      const huge = failed(await upload(reviewer, roundId, new Uint8Array(5 * 1024 * 1024 + 1)), 413);
      expect(huge.status).toBe(413);
      failed(await call(reviewer, { url: `/api/rounds/${roundId}/questionnaire?version=999999` }), 404);
      failed(await call(reviewer, { url: `/api/rounds/${roundId}/submissions/TJK` }), 404);
      failed(await call(reader, { url: "/api/rounds" }), 403);
    });
  });
}
