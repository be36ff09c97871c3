/**
 * The authorisation matrix: every write route, for every role and for anonymous callers, with
 * the status each must get. Each cell starts from a fresh record (or a fresh reporting round with
 * Kazakhstan's submission) in the state the route needs, made through services, and is then
 * tried through HTTP with a real session.
 */
import type { RecordActionName, RecordInput, RoleName } from "@circular-atlas/contracts";
import { toXlsx } from "@circular-atlas/formats";
import {
  changeRecordStatus,
  changeSubmissionState,
  cliActor,
  createRecord,
  createReportingRound,
  importQuestionnaireVersion,
  type SubmissionAction,
  saveSubmissionDraft,
} from "@circular-atlas/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "./testing/test-app.ts";
import { createTestUser, signInHeaders, type TestUser } from "./testing/test-users.ts";

type Caller = RoleName | "anonymous";
const callers: readonly Caller[] = [
  "admin",
  "editor",
  "focal-point",
  "country-lead",
  "reviewer",
  "reader",
  "anonymous",
];

const draftFor = (country: string, title: string): RecordInput & Record<string, unknown> => ({
  type: "policy",
  originalLanguage: "en",
  texts: { en: { title, summary: "A test record." } },
  countries: [country],
  sources: [{ title: "Test", publisher: "Test", accessedOn: "2026-12-01" }],
});

/** Record states a cell may need, reached through the status actions. */
const pathTo: Record<string, RecordActionName[]> = {
  draft: [],
  "under-review": ["submit"],
  published: ["submit", "publish"],
  archived: ["submit", "publish", "archive"],
};

/** A one-question questionnaire for the mapping exercise's cells. */
const questionnaire = toXlsx([
  {
    name: "survey",
    rows: [
      ["type", "name", "label"],
      ["text", "strategy_name", "Name of the national strategy"],
    ],
  },
  {
    name: "settings",
    rows: [
      ["form_id", "version"],
      ["matrix", "1"],
    ],
  },
]);

/** Submission states a cell may need (Kazakhstan's, in a fresh round), and the actions reaching them. */
const submissionPathTo: Record<string, SubmissionAction[] | undefined> = {
  "no questionnaire": undefined,
  "not started": [],
  draft: [],
  submitted: ["submit"],
  endorsed: ["submit", "endorse"],
  approved: ["submit", "endorse", "approve"],
};

interface Cell {
  readonly route: string;
  /** Status per caller; a caller missing from the row gets the row's `otherwise`. */
  readonly expected: Partial<Record<Caller, number>> & { otherwise: number };
  readonly request: (context: {
    recordId: string;
    roundId: number;
    revision: number;
    users: Record<RoleName, TestUser>;
  }) => {
    method: "POST" | "PUT" | "PATCH" | "DELETE";
    url: string;
    payload?: Record<string, unknown> | Buffer;
    headers?: Record<string, string>;
  };
  readonly record?: { country: string; state: keyof typeof pathTo };
  /** A fresh round asking KAZ, with its submission in this state. */
  readonly submission?: keyof typeof submissionPathTo;
}

const kazakh = (roundId: number) => `/api/rounds/${roundId}/submissions/KAZ`;

const cells: readonly Cell[] = [
  {
    route: "POST /api/records (own country KAZ)",
    expected: {
      admin: 201,
      editor: 201,
      "focal-point": 201,
      "country-lead": 201,
      anonymous: 401,
      otherwise: 403,
    },
    request: () => ({ method: "POST", url: "/api/records", payload: draftFor("KAZ", "New") }),
  },
  {
    route: "POST /api/records (another country UZB)",
    expected: { admin: 201, editor: 201, anonymous: 401, otherwise: 403 },
    request: () => ({ method: "POST", url: "/api/records", payload: draftFor("UZB", "New") }),
  },
  {
    route: "PUT /api/records/:id (KAZ draft)",
    expected: {
      admin: 200,
      editor: 200,
      "focal-point": 200,
      "country-lead": 200,
      reader: 404,
      anonymous: 401,
      otherwise: 403,
    },
    record: { country: "KAZ", state: "draft" },
    request: ({ recordId }) => ({
      method: "PUT",
      url: `/api/records/${recordId}`,
      payload: draftFor("KAZ", "Edited"),
    }),
  },
  {
    route: "PUT /api/records/:id (KAZ draft moved to UZB)",
    expected: { admin: 200, editor: 200, reader: 404, anonymous: 401, otherwise: 403 },
    record: { country: "KAZ", state: "draft" },
    request: ({ recordId }) => ({
      method: "PUT",
      url: `/api/records/${recordId}`,
      payload: draftFor("UZB", "Moved"),
    }),
  },
  {
    route: "PUT /api/records/:id (UZB draft)",
    expected: { admin: 200, editor: 200, reviewer: 403, anonymous: 401, otherwise: 404 },
    record: { country: "UZB", state: "draft" },
    request: ({ recordId }) => ({
      method: "PUT",
      url: `/api/records/${recordId}`,
      payload: draftFor("UZB", "Edited"),
    }),
  },
  {
    route: "PUT /api/records/:id (KAZ under review)",
    expected: { admin: 200, editor: 200, "country-lead": 200, reader: 404, anonymous: 401, otherwise: 403 },
    record: { country: "KAZ", state: "under-review" },
    request: ({ recordId }) => ({
      method: "PUT",
      url: `/api/records/${recordId}`,
      payload: draftFor("KAZ", "Edited"),
    }),
  },
  {
    route: "PUT /api/records/:id (KAZ published)",
    expected: { admin: 200, editor: 200, anonymous: 401, otherwise: 403 },
    record: { country: "KAZ", state: "published" },
    request: ({ recordId }) => ({
      method: "PUT",
      url: `/api/records/${recordId}`,
      payload: draftFor("KAZ", "Edited"),
    }),
  },
  ...(
    [
      ["submit", "draft", { admin: 200, editor: 200, "focal-point": 200, "country-lead": 200, reader: 404 }],
      ["return", "under-review", { admin: 200, "country-lead": 200, reviewer: 200, reader: 404 }],
      ["publish", "under-review", { reviewer: 200, reader: 404 }],
      ["archive", "published", { admin: 200, editor: 200, reviewer: 200 }],
      ["restore", "archived", { admin: 200, editor: 200, reader: 404 }],
    ] as const
  ).map(
    ([action, state, allowed]): Cell => ({
      route: `POST /api/records/:id/actions ${action} (KAZ ${state})`,
      expected: { ...allowed, anonymous: 401, otherwise: 403 },
      record: { country: "KAZ", state },
      request: ({ recordId }) => ({
        method: "POST",
        url: `/api/records/${recordId}/actions`,
        payload: { action },
      }),
    }),
  ),
  {
    route: "POST /api/records/:id/actions submit (UZB draft)",
    expected: { admin: 200, editor: 200, reviewer: 403, anonymous: 401, otherwise: 404 },
    record: { country: "UZB", state: "draft" },
    request: ({ recordId }) => ({
      method: "POST",
      url: `/api/records/${recordId}/actions`,
      payload: { action: "submit" },
    }),
  },
  {
    route: "POST /api/rounds",
    expected: { admin: 201, reviewer: 201, anonymous: 401, otherwise: 403 },
    request: () => ({
      method: "POST",
      url: "/api/rounds",
      payload: {
        name: `Round ${Math.random().toString(36).slice(2)}`,
        period: "2026",
        dueDate: "2099-03-31",
        lockDate: "2099-04-30",
      },
    }),
  },
  {
    route: "POST /api/rounds/:roundId/questionnaires",
    expected: { admin: 201, reviewer: 201, anonymous: 401, otherwise: 403 },
    submission: "no questionnaire",
    request: ({ roundId }) => ({
      method: "POST",
      url: `/api/rounds/${roundId}/questionnaires?fileName=matrix.xlsx`,
      headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      payload: Buffer.from(questionnaire),
    }),
  },
  {
    route: "PUT /api/rounds/:roundId/submissions/KAZ/answers (not started)",
    expected: { admin: 200, "focal-point": 200, "country-lead": 200, anonymous: 401, otherwise: 403 },
    submission: "not started",
    request: ({ roundId }) => ({
      method: "PUT",
      url: `${kazakh(roundId)}/answers`,
      payload: { answers: { strategy_name: "Concept" }, baseRevision: 0 },
    }),
  },
  ...(
    [
      ["submit", "draft", { admin: 200, "focal-point": 200, "country-lead": 200 }],
      ["endorse", "submitted", { admin: 200, "country-lead": 200 }],
      ["approve", "endorsed", { admin: 200, reviewer: 200 }],
    ] as const
  ).map(
    ([action, state, allowed]): Cell => ({
      route: `POST /api/rounds/:roundId/submissions/KAZ/actions ${action} (${state})`,
      expected: { ...allowed, anonymous: 401, otherwise: 403 },
      submission: state,
      request: ({ roundId, revision }) => ({
        method: "POST",
        url: `${kazakh(roundId)}/actions`,
        payload: { action, baseRevision: revision },
      }),
    }),
  ),
  {
    route: "POST /api/rounds/:roundId/submissions/KAZ/publish (approved)",
    expected: { admin: 200, reviewer: 200, anonymous: 401, otherwise: 403 },
    submission: "approved",
    request: ({ roundId, revision }) => ({
      method: "POST",
      url: `${kazakh(roundId)}/publish`,
      payload: { baseRevision: revision },
    }),
  },
  {
    route: "POST /api/users",
    expected: { admin: 201, anonymous: 401, otherwise: 403 },
    request: () => ({
      method: "POST",
      url: "/api/users",
      payload: { email: `new-${Math.random().toString(36).slice(2)}@example.org`, role: "reader" },
    }),
  },
  {
    route: "PATCH /api/users/:email",
    expected: { admin: 200, anonymous: 401, otherwise: 403 },
    request: ({ users }) => ({
      method: "PATCH",
      url: `/api/users/${users.reader.email}`,
      payload: { role: "reader" },
    }),
  },
  {
    route: "POST /api/auth/tokens",
    expected: { anonymous: 401, otherwise: 201 },
    request: () => ({
      method: "POST",
      url: "/api/auth/tokens",
      payload: { name: "script", scopes: ["read"] },
    }),
  },
];

for (const target of testAppTargets()) {
  describe(`authorisation matrix on ${target.kind}`, () => {
    let test: TestApp;
    let users: Record<RoleName, TestUser>;
    let counter = 0;

    beforeAll(async () => {
      test = await target.open();
      const db = test.db;
      users = {
        admin: await createTestUser(test.app, db, { role: "admin" }),
        editor: await createTestUser(test.app, db, { role: "editor" }),
        "focal-point": await createTestUser(test.app, db, { role: "focal-point", countries: ["KAZ"] }),
        "country-lead": await createTestUser(test.app, db, { role: "country-lead", countries: ["KAZ"] }),
        reviewer: await createTestUser(test.app, db, { role: "reviewer" }),
        reader: await createTestUser(test.app, db, { role: "reader" }),
      };
    });
    afterAll(async () => {
      await test?.close();
    });

    async function recordIn(country: string, state: keyof typeof pathTo): Promise<string> {
      const db = test.db;
      counter++;
      const record = await createRecord({
        db,
        actor: cliActor,
        input: draftFor(country, `Record ${counter}`),
      });
      for (const action of pathTo[state] ?? [])
        await changeRecordStatus({ db, actor: cliActor, id: record.id, input: { action } });
      return record.id;
    }

    /** A fresh round asking KAZ, its submission brought to `state`; the round and the revision. */
    async function roundWith(state: keyof typeof submissionPathTo): Promise<[number, number]> {
      const db = test.db;
      counter++;
      const round = await createReportingRound({
        db,
        actor: cliActor,
        name: `Matrix round ${counter}`,
        period: "2026",
        dueDate: "2099-03-31",
        lockDate: "2099-04-30",
        areas: ["KAZ"],
      });
      const actions = submissionPathTo[state];
      if (actions === undefined) return [round.id, 0];
      await importQuestionnaireVersion({
        db,
        actor: cliActor,
        roundId: round.id,
        fileName: "matrix.xlsx",
        bytes: questionnaire,
      });
      if (state === "not started") return [round.id, 0];
      const at = { db, actor: cliActor, roundId: round.id, area: "KAZ", now: new Date().toISOString() };
      let submission = await saveSubmissionDraft({
        ...at,
        answers: { strategy_name: "Concept" },
        baseRevision: 0,
      });
      for (const action of actions)
        submission = await changeSubmissionState({ ...at, action, baseRevision: submission.revision });
      return [round.id, submission.revision];
    }

    for (const cell of cells) {
      it(`answers ${cell.route} by role`, async () => {
        const got: Partial<Record<Caller, number>> = {};
        const want: Partial<Record<Caller, number>> = {};
        for (const caller of callers) {
          const recordId =
            cell.record === undefined ? "" : await recordIn(cell.record.country, cell.record.state);
          const [roundId, revision] =
            cell.submission === undefined ? [0, 0] : await roundWith(cell.submission);
          const request = cell.request({ recordId, roundId, revision, users });
          const response = await test.app.inject({
            ...request,
            headers: { ...(caller === "anonymous" ? {} : users[caller].headers), ...request.headers },
          });
          got[caller] = response.statusCode;
          want[caller] = cell.expected[caller] ?? cell.expected.otherwise;
          if (response.statusCode >= 400)
            expect(response.headers["content-type"]).toMatch(/application\/problem\+json/);
        }
        expect(got).toEqual(want);
      });
    }

    it("refuses publishing by a reviewer who wrote the record earlier, as an editor", async () => {
      const db = test.db;
      const writer = await createTestUser(test.app, db, { role: "editor" });
      const created = await test.app.inject({
        method: "POST",
        url: "/api/records",
        headers: writer.headers,
        payload: draftFor("KAZ", "Written by an editor"),
      });
      expect(created.statusCode).toBe(201);
      const id = (created.json() as { id: string }).id;
      await changeRecordStatus({ db, actor: cliActor, id, input: { action: "submit" } });
      const patched = await test.app.inject({
        method: "PATCH",
        url: `/api/users/${writer.email}`,
        headers: users.admin.headers,
        payload: { role: "reviewer" },
      });
      expect(patched.statusCode).toBe(200);
      // The role change ended the old session; sign in again as a reviewer.
      const headers = await signInHeaders(test.app, writer.email);
      const publish = await test.app.inject({
        method: "POST",
        url: `/api/records/${id}/actions`,
        headers,
        payload: { action: "publish" },
      });
      expect(publish.statusCode).toBe(403);
      expect(publish.json()).toMatchObject({
        code: "forbidden",
        detail: expect.stringMatching(/you wrote this record/),
      });
      const byOther = await test.app.inject({
        method: "POST",
        url: `/api/records/${id}/actions`,
        headers: users.reviewer.headers,
        payload: { action: "publish" },
      });
      expect(byOther.statusCode).toBe(200);
    });
  });
}
