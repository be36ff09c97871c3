/**
 * Signed-in test users: made through the same services the CLI uses, signed in through the
 * HTTP API, so every test request carries a real session cookie and CSRF token.
 */
import type { RoleName } from "@circular-atlas/contracts";
import { cliActor, createUser, type OpenedAtlas, resetPassword } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";

export const testPassword = "correct horse battery staple";

export interface TestUser {
  readonly email: string;
  readonly role: RoleName;
  readonly id: number;
  /** Headers that make a request as this user (cookie, CSRF token). */
  readonly headers: Record<string, string>;
}

let counter = 0;

export async function createTestUser(
  app: FastifyInstance,
  db: OpenedAtlas["handle"]["db"],
  options: { role: RoleName; countries?: string[]; email?: string },
): Promise<TestUser> {
  counter++;
  const email = options.email ?? `${options.role}-${counter}@example.org`;
  const created = await createUser({
    db,
    actor: cliActor,
    input: { email, role: options.role, countries: options.countries ?? [] },
  });
  await resetPassword({ db, input: { token: created.passwordToken, password: testPassword } });
  return { email, role: options.role, id: created.user.id, headers: await signInHeaders(app, email) };
}

/** Signs in and returns the cookie and CSRF headers of the new session. */
export async function signInHeaders(
  app: FastifyInstance,
  email: string,
  password = testPassword,
): Promise<Record<string, string>> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password },
    remoteAddress: `10.0.${counter % 250}.${(counter * 7) % 250}`,
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.body}`);
  return {
    cookie: sessionCookieOf(response.headers["set-cookie"]),
    "x-csrf-token": (response.json() as { csrfToken: string }).csrfToken,
  };
}

/** `atlas_session=…` from a Set-Cookie header. */
export function sessionCookieOf(header: string | string[] | number | undefined): string {
  const value = Array.isArray(header) ? header[0] : typeof header === "string" ? header : undefined;
  const cookie = value?.split(";")[0];
  if (cookie === undefined || !cookie.startsWith("atlas_session="))
    throw new Error("no session cookie was set");
  return cookie;
}
