import {
  loginRequestSchema,
  passwordResetRequestSchema,
  problemSchema,
  type Session,
  sessionSchema,
  setupRequestSchema,
  userSchema,
} from "@circular-atlas/contracts";
import {
  findUserDto,
  hasAdministrator,
  resetPassword,
  setupFirstAdministrator,
  signIn,
  signOut,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { clearSessionCookie, identityOf, setSessionCookie } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 409: problemSchema };

export function registerAuthRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const mode = context.config.cookieSecure;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    "/api/auth/session",
    {
      schema: {
        tags: ["accounts"],
        summary: "Who is signed in",
        description:
          "The signed-in user with the CSRF token to send on writes, and whether first-run setup is open.",
        response: { 200: sessionSchema },
      },
    },
    async (request): Promise<Session> => {
      const identity = identityOf(request);
      const user = identity.actor?.kind === "user" ? await findUserDto(db, identity.actor.userId) : undefined;
      return {
        user: user ?? null,
        csrfToken: identity.csrfToken ?? null,
        setupOpen: !(await hasAdministrator(db)),
      };
    },
  );

  routes.post(
    "/api/auth/login",
    {
      schema: {
        tags: ["accounts"],
        summary: "Sign in",
        description:
          "Sets the session cookie. A new session every time (a session id sent before is ended). Twenty attempts per address in 15 minutes; five failures in a row lock the account for 15 minutes.",
        body: loginRequestSchema,
        response: { 200: sessionSchema, ...errors, 423: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply): Promise<Session> => {
      const signedIn = await signIn({
        db,
        input: request.body,
        ip: request.ip,
        userAgent: request.headers["user-agent"],
        previousSessionToken: identityOf(request).sessionToken,
      });
      setSessionCookie(request, reply, { token: signedIn.sessionToken, expiresAt: signedIn.expiresAt, mode });
      return { user: signedIn.user, csrfToken: signedIn.csrfToken, setupOpen: false };
    },
  );

  routes.post(
    "/api/auth/logout",
    { schema: { tags: ["accounts"], summary: "Sign out", response: { 204: z.null(), 403: problemSchema } } },
    async (request, reply) => {
      const token = identityOf(request).sessionToken;
      if (token !== undefined) await signOut({ db, sessionToken: token });
      clearSessionCookie(request, reply, mode);
      return reply.code(204).send(null);
    },
  );

  routes.post(
    "/api/auth/setup",
    {
      schema: {
        tags: ["accounts"],
        summary: "Create the first administrator",
        description: "Works only while no administrator exists (409 `setup-closed` after).",
        body: setupRequestSchema,
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = await setupFirstAdministrator({ db, input: request.body, ip: request.ip });
      return reply.code(201).send(user);
    },
  );

  routes.post(
    "/api/auth/reset-password",
    {
      schema: {
        tags: ["accounts"],
        summary: "Set a password with a one-time token",
        description:
          "The token comes from `atlas user add` or `atlas user reset-password`. Ends the user's sessions.",
        body: passwordResetRequestSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => resetPassword({ db, input: request.body, ip: request.ip }),
  );
}
