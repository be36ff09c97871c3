import {
  apiTokenRequestSchema,
  apiTokenSchema,
  createdApiTokenSchema,
  errorCodes,
  problemSchema,
} from "@circular-atlas/contracts";
import { createApiToken, listOwnApiTokens, revokeApiTokenById, ServiceError } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 409: problemSchema };

/** The signed-in user's API tokens: list, make (secret shown once), revoke. */
export function registerApiTokenRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    "/api/auth/tokens",
    {
      schema: {
        tags: ["accounts"],
        summary: "Your API tokens",
        response: { 200: z.object({ data: z.array(apiTokenSchema) }), 401: problemSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.kind !== "user") throw new ServiceError(errorCodes.forbidden, "tokens belong to users");
      return { data: await listOwnApiTokens({ db, actor }) };
    },
  );

  routes.post(
    "/api/auth/tokens",
    {
      schema: {
        tags: ["accounts"],
        summary: "Make an API token",
        description:
          "The secret is in the answer once. The token can do what its scopes name, within your role.",
        body: apiTokenRequestSchema,
        response: { 201: createdApiTokenSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createApiToken({ db, actor: requireActor(request), input: request.body });
      return reply.code(201).send(created);
    },
  );

  routes.delete(
    "/api/auth/tokens/:id",
    {
      schema: {
        tags: ["accounts"],
        summary: "Revoke an API token",
        params: z.object({ id: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), ...errors, 404: problemSchema },
      },
    },
    async (request, reply) => {
      await revokeApiTokenById({ db, actor: requireActor(request), id: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
