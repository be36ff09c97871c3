import {
  problemSchema,
  recordActionRequestSchema,
  recordHistorySchema,
  recordIdSchema,
  recordInputSchema,
  recordSchema,
} from "@circular-atlas/contracts";
import {
  changeRecordStatus,
  createRecord,
  getRecord,
  getRecordHistory,
  updateRecord,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { identityOf, requireActor } from "../../plugins/authentication.ts";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

const writeErrors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const idParams = z.object({ id: recordIdSchema });

export function registerRecordRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    "/api/records/:id",
    {
      schema: {
        tags: ["knowledge"],
        summary: "A knowledge record with its relations",
        description:
          "Unpublished records exist only for those who may see them (404 for everyone else). `allowedActions` says what the caller may do now.",
        params: idParams,
        response: { 200: recordSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return getRecord({ db, viewer: identityOf(request).actor, id: request.params.id });
    },
  );

  routes.get(
    "/api/records/:id/history",
    {
      schema: {
        tags: ["knowledge"],
        summary: "Versions and audit events of a record",
        params: idParams,
        response: { 200: recordHistorySchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return getRecordHistory({ db, viewer: identityOf(request).actor, id: request.params.id });
    },
  );

  routes.post(
    "/api/records",
    {
      schema: {
        tags: ["knowledge"],
        summary: "Create a record (as a draft)",
        description:
          "Editors and administrators for any country; focal points and country leads for their own countries only. Codes are checked against the taxonomy (422 `record-invalid`, with the path of each bad field).",
        body: recordInputSchema,
        response: { 201: recordSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const record = await createRecord({ db, actor: requireActor(request), input: request.body });
      return reply.code(201).send(record);
    },
  );

  routes.put(
    "/api/records/:id",
    {
      schema: {
        tags: ["knowledge"],
        summary: "Edit a record",
        description:
          "Send `version` as read: an edit of an older version is refused (409), so no change is lost.",
        params: idParams,
        body: recordInputSchema,
        response: { 200: recordSchema, ...writeErrors },
      },
    },
    async (request) =>
      updateRecord({ db, actor: requireActor(request), id: request.params.id, input: request.body }),
  );

  routes.post(
    "/api/records/:id/actions",
    {
      schema: {
        tags: ["knowledge"],
        summary: "Submit, return, publish, archive or restore a record",
        description: "Publishing needs the reviewer role, and nobody publishes a record they wrote.",
        params: idParams,
        body: recordActionRequestSchema,
        response: { 200: recordSchema, ...writeErrors },
      },
    },
    async (request) =>
      changeRecordStatus({ db, actor: requireActor(request), id: request.params.id, input: request.body }),
  );
}
