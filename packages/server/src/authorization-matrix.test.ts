/**
 * The authorisation matrix: every write route, for every role and for anonymous callers, with
 * the status each must get. Each cell starts from a fresh record in the state the route needs,
 * made through services, and is then tried through HTTP with a real session.
 */
import type { RecordActionName, RecordInput, RoleName } from "@circular-atlas/contracts";
import { changeRecordStatus, cliActor, createRecord } from "@circular-atlas/services";
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

interface Cell {
  readonly route: string;
  /** Status per caller; a caller missing from the row gets the row's `otherwise`. */
  readonly expected: Partial<Record<Caller, number>> & { otherwise: number };
  readonly request: (context: { recordId: string; users: Record<RoleName, TestUser> }) => {
    method: "POST" | "PUT" | "PATCH" | "DELETE";
    url: string;
    payload?: Record<string, unknown>;
  };
  readonly record?: { country: string; state: keyof typeof pathTo };
}

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

    for (const cell of cells) {
      it(`answers ${cell.route} by role`, async () => {
        const got: Partial<Record<Caller, number>> = {};
        const want: Partial<Record<Caller, number>> = {};
        for (const caller of callers) {
          const recordId =
            cell.record === undefined ? "" : await recordIn(cell.record.country, cell.record.state);
          const request = cell.request({ recordId, users });
          const response = await test.app.inject({
            ...request,
            headers: caller === "anonymous" ? {} : users[caller].headers,
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
