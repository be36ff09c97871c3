/**
 * Sessions and their defences over HTTP: CSRF, session fixation, sign-in rate limits and
 * lockout, API tokens and their scopes, first-run setup and password reset.
 */
import { sessionSchema } from "@circular-atlas/contracts";
import { cliActor, createUser, issuePasswordResetToken } from "@circular-atlas/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testAppTargets } from "../../testing/test-app.ts";
import {
  createTestUser,
  sessionCookieOf,
  signInHeaders,
  type TestUser,
  testPassword,
} from "../../testing/test-users.ts";

const draft = {
  type: "policy",
  originalLanguage: "en",
  texts: { en: { title: "A draft", summary: "" } },
  countries: ["KAZ"],
};

for (const target of testAppTargets()) {
  describe(`sessions on ${target.kind}`, () => {
    let test: TestApp;
    let editor: TestUser;
    beforeAll(async () => {
      test = await target.open();
      editor = await createTestUser(test.app, test.db, { role: "editor" });
    });
    afterAll(async () => {
      await test?.close();
    });
    const post = (
      url: string,
      headers: Record<string, string>,
      payload: unknown,
      remoteAddress = "10.1.1.1",
    ) =>
      test.app.inject({
        method: "POST",
        url,
        headers,
        payload: payload as Record<string, unknown>,
        remoteAddress,
      });

    it("opens first-run setup only while no administrator exists", async () => {
      const before = sessionSchema.parse((await test.app.inject("/api/auth/session")).json());
      expect(before).toEqual({ user: null, csrfToken: null, setupOpen: true });
      const setup = await post("/api/auth/setup", {}, { email: "Admin@Example.org", password: testPassword });
      expect(setup.statusCode).toBe(201);
      expect(setup.json()).toMatchObject({ email: "admin@example.org", role: "admin", hasPassword: true });
      const again = await post(
        "/api/auth/setup",
        {},
        { email: "second@example.org", password: testPassword },
      );
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: "setup-closed" });
      expect(sessionSchema.parse((await test.app.inject("/api/auth/session")).json()).setupOpen).toBe(false);
    });

    it("refuses a cookie write without the session's CSRF token, or from another site", async () => {
      const cookieOnly = { cookie: editor.headers["cookie"] as string };
      const missing = await post("/api/records", cookieOnly, draft);
      expect(missing.statusCode).toBe(403);
      expect(missing.json()).toMatchObject({ code: "csrf-failed" });
      const wrong = await post("/api/records", { ...cookieOnly, "x-csrf-token": "x".repeat(43) }, draft);
      expect(wrong.statusCode).toBe(403);
      const crossSite = await post(
        "/api/records",
        { ...editor.headers, origin: "https://evil.example" },
        draft,
      );
      expect(crossSite.statusCode).toBe(403);
      const fetchSite = await post(
        "/api/records",
        { ...editor.headers, "sec-fetch-site": "cross-site" },
        draft,
      );
      expect(fetchSite.statusCode).toBe(403);
      const ok = await post(
        "/api/records",
        { ...editor.headers, origin: "http://localhost:80", host: "localhost:80" },
        draft,
      );
      expect(ok.statusCode).toBe(201);
    });

    it("refuses a sign-in form posted from another site (login CSRF)", async () => {
      const response = await post(
        "/api/auth/login",
        { origin: "https://evil.example" },
        { email: editor.email, password: testPassword },
      );
      expect(response.statusCode).toBe(403);
    });

    it("gives a new session id at every sign-in and ends the one sent with it (fixation)", async () => {
      const planted = editor.headers["cookie"] as string;
      const response = await post(
        "/api/auth/login",
        { cookie: planted },
        { email: editor.email, password: testPassword },
      );
      expect(response.statusCode).toBe(200);
      const fresh = sessionCookieOf(response.headers["set-cookie"]);
      expect(fresh).not.toBe(planted);
      expect(response.headers["set-cookie"]).toMatch(/HttpOnly; SameSite=Lax/);
      const old = sessionSchema.parse(
        (await test.app.inject({ url: "/api/auth/session", headers: { cookie: planted } })).json(),
      );
      expect(old.user).toBeNull();
      const current = sessionSchema.parse(
        (await test.app.inject({ url: "/api/auth/session", headers: { cookie: fresh } })).json(),
      );
      expect(current.user?.email).toBe(editor.email);
      editor = { ...editor, headers: { cookie: fresh, "x-csrf-token": current.csrfToken as string } };
    });

    it("ends the session at sign-out", async () => {
      const headers = await signInHeaders(test.app, editor.email);
      expect((await post("/api/auth/logout", headers, {})).statusCode).toBe(204);
      const after = sessionSchema.parse(
        (await test.app.inject({ url: "/api/auth/session", headers })).json(),
      );
      expect(after.user).toBeNull();
    });

    it("locks an account after five failed sign-ins in a row, even for the right password", async () => {
      const victim = await createTestUser(test.app, test.db, { role: "reader" });
      const attempt = (password: string) =>
        post("/api/auth/login", {}, { email: victim.email, password }, "10.2.2.2");
      for (let failure = 1; failure <= 4; failure++) {
        const response = await attempt("wrong password!");
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ code: "invalid-credentials" });
      }
      const fifth = await attempt("wrong password!");
      expect(fifth.statusCode).toBe(423);
      expect(Number(fifth.headers["retry-after"])).toBeGreaterThan(800);
      const right = await attempt(testPassword);
      expect(right.statusCode).toBe(423);
      expect(right.json()).toMatchObject({ code: "account-locked" });
      // A password reset by one-time token lifts the lock.
      const token = await issuePasswordResetToken({ db: test.db, actor: cliActor, email: victim.email });
      const reset = await post("/api/auth/reset-password", {}, { token, password: "a brand new passphrase" });
      expect(reset.statusCode).toBe(200);
      expect(
        (await post("/api/auth/reset-password", {}, { token, password: "a brand new passphrase" }))
          .statusCode,
      ).toBe(400);
      expect((await attempt("a brand new passphrase")).statusCode).toBe(200);
    });

    it("limits sign-in attempts per client address, for known and unknown accounts alike", async () => {
      const address = "10.3.3.3";
      const statuses: number[] = [];
      for (let index = 0; index < 21; index++) {
        const response = await post(
          "/api/auth/login",
          {},
          { email: `nobody${index}@example.org`, password: "whatever it is" },
          address,
        );
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(statuses[20]).toBe(429);
      const limited = await post(
        "/api/auth/login",
        {},
        { email: editor.email, password: testPassword },
        address,
      );
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
      // Another address is not affected.
      expect(
        (await post("/api/auth/login", {}, { email: editor.email, password: testPassword }, "10.3.3.4"))
          .statusCode,
      ).toBe(200);
    });

    it("lets scripts write with an API token within its scopes, without CSRF, until it is revoked", async () => {
      const made = await post("/api/auth/tokens", editor.headers, {
        name: "import script",
        scopes: ["read", "write"],
      });
      expect(made.statusCode).toBe(201);
      const { secret, token } = made.json() as { secret: string; token: { id: number; prefix: string } };
      expect(secret.startsWith(token.prefix)).toBe(true);
      const bearer = { authorization: `Bearer ${secret}` };
      const created = await post("/api/records", bearer, draft);
      expect(created.statusCode).toBe(201);
      const id = (created.json() as { id: string }).id;
      const review = await post(`/api/records/${id}/actions`, bearer, { action: "archive" });
      expect(review.statusCode).toBe(403);
      const readOnly = await post("/api/auth/tokens", editor.headers, { scopes: ["read"] });
      const readSecret = (readOnly.json() as { secret: string }).secret;
      expect((await post("/api/records", { authorization: `Bearer ${readSecret}` }, draft)).statusCode).toBe(
        403,
      );
      const revoked = await test.app.inject({
        method: "DELETE",
        url: `/api/auth/tokens/${token.id}`,
        headers: editor.headers,
      });
      expect(revoked.statusCode).toBe(204);
      const after = await post("/api/records", bearer, draft);
      expect(after.statusCode).toBe(401);
      expect(after.json()).toMatchObject({ code: "unauthenticated" });
    });

    it("never stores a signed-in answer in the shared cache", async () => {
      const { passwordToken } = await createUser({
        db: test.db,
        actor: cliActor,
        input: { email: "cache@example.org", role: "reader" },
      });
      expect(passwordToken.length).toBeGreaterThan(20);
      const signedIn = await test.app.inject({ url: "/api/search?q=draft", headers: editor.headers });
      expect(signedIn.headers["cache-control"]).toBe("private, no-store");
      expect(signedIn.headers["x-cache"]).toBeUndefined();
      const anonymous = await test.app.inject("/api/search?q=draft");
      expect((anonymous.json() as { total: number }).total).toBeLessThan(
        (signedIn.json() as { total: number }).total,
      );
    });
  });
}
