/**
 * The mapping exercise over HTTP with real users and sessions: a round is opened, the starter
 * questionnaire (data/questionnaires/eco-ce-mapping.xlsx) uploaded, Kyrgyzstan's focal point
 * answers, the country lead endorses, a reviewer returns one question with a comment, the focal
 * point fixes it, and the Secretariat approves and publishes: the values reach the observatory and
 * the repeats the knowledge base, and the history reads per question. Every response is parsed
 * with the contracts' schemas.
 */
import {
  observationListSchema,
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
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";
import type { TestUser } from "../../testing/test-users.ts";
import {
  createMappingUsers,
  type MappingUsers,
  roundsClient,
  starterWorkbook,
  withoutClearance,
} from "./rounds-api-fixture.ts";

for (const target of testAppTargets()) {
  describe(`mapping exercise API on ${target.kind}`, () => {
    let test: TestApp;
    let users: MappingUsers;
    let client: ReturnType<typeof roundsClient>;
    beforeAll(async () => {
      test = await target.open();
      users = await createMappingUsers(test);
      client = roundsClient(test);
    }, 120_000);
    afterAll(async () => {
      await test?.close();
    });

    it("runs a round from the upload to publication, with a return on one question", async () => {
      const { call, failed, ok, upload } = client;
      const { reviewer, focalPoint, lead, kazakhFocalPoint, reader } = users;
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
  });
}
