import {
  createdUserSchema,
  createUserRequestSchema,
  problemSchema,
  updateUserRequestSchema,
  userSchema,
} from "@circular-atlas/contracts";
import { createUser, listUserAccounts, updateUserAccount } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";

const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

export function registerUserRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    "/api/users",
    {
      schema: {
        tags: ["accounts"],
        summary: "Accounts (administrators)",
        response: { 200: z.object({ data: z.array(userSchema) }), ...errors },
      },
    },
    async (request) => ({ data: await listUserAccounts({ db, actor: requireActor(request) }) }),
  );

  routes.post(
    "/api/users",
    {
      schema: {
        tags: ["accounts"],
        summary: "Create an account (administrators)",
        description:
          "Answers with a one-time token with which the new user sets a password at /reset-password; it is shown once.",
        body: createUserRequestSchema,
        response: { 201: createdUserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createUser({ db, actor: requireActor(request), input: request.body });
      return reply.code(201).send(created);
    },
  );

  routes.patch(
    "/api/users/:email",
    {
      schema: {
        tags: ["accounts"],
        summary: "Change an account's role, countries or state (administrators)",
        description: "The user's sessions end when their rights change. The last administrator stays one.",
        params: z.object({ email: z.string().max(254) }),
        body: updateUserRequestSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) =>
      updateUserAccount({
        db,
        actor: requireActor(request),
        email: request.params.email,
        input: request.body,
      }),
  );
}
