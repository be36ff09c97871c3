import {
  flaggedValueListSchema,
  flaggedValueQuerySchema,
  flaggedValueSchema,
  heldValueCountQuerySchema,
  heldValueCountSchema,
  problemSchema,
  qualityFlagStates,
  qualityRuleListSchema,
  qualityRuleSetSchema,
  reviewRequestSchema,
} from "@circular-atlas/contracts";
import {
  countValuesAwaitingReview,
  listFlaggedValues,
  loadQualityRules,
  type QualityRuleSet,
  reviewFlaggedValue,
  saveQualityRules,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../../plugins/authentication.ts";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

/** The engine's rules are deeply read-only; the DTO is the same data, parsed by its own schema. */
const toRuleSet = (set: QualityRuleSet) => ({
  origin: set.origin,
  rules: qualityRuleListSchema.parse(set.rules),
});

const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};

export function registerQualityRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    "/api/quality/flags",
    {
      schema: {
        tags: ["quality"],
        summary: "Values held for review (signed-in users)",
        description:
          "Values the data-quality rules held back, unpublished, with the figures behind each flag, per country and series. Focal points and country leads see their countries' values only.",
        querystring: flaggedValueQuerySchema,
        response: { 200: flaggedValueListSchema, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requireActor(request);
      const query = request.query;
      const data = await listFlaggedValues({
        db,
        viewer,
        indicators: query.indicator,
        areas: query.area,
        states: query.state === "all" ? [...qualityFlagStates] : [query.state],
      });
      // Unpublished figures: never cached by a shared cache.
      reply.header("cache-control", "private, no-store");
      return { data };
    },
  );

  routes.get(
    "/api/quality/awaiting-review",
    {
      schema: {
        tags: ["quality"],
        summary: "How many values of a series wait for review (public)",
        description:
          "A count per area only: the held figures themselves are for signed-in users (`/api/quality/flags`).",
        querystring: heldValueCountQuerySchema,
        response: { 200: heldValueCountSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const counts = await countValuesAwaitingReview({ db, indicator: request.query.indicator });
      reply.header("cache-control", dataCacheControl);
      return counts;
    },
  );

  routes.post(
    "/api/quality/flags/:versionId/review",
    {
      schema: {
        tags: ["quality"],
        summary: "Confirm or reject a held value (reviewers)",
        description:
          "`confirm` publishes the held version as it stands; `reject` keeps it in the history, never published. The comment is required and is kept with the flags and in the audit log.",
        params: z.object({ versionId: z.coerce.number().int().positive() }),
        body: reviewRequestSchema,
        response: { 200: flaggedValueSchema, ...errors },
      },
    },
    async (request) =>
      reviewFlaggedValue({
        db,
        actor: requireActor(request),
        versionId: request.params.versionId,
        decision: request.body.decision,
        comment: request.body.comment,
      }),
  );

  routes.get(
    "/api/quality/rules",
    {
      schema: {
        tags: ["quality"],
        summary: "The data-quality rules in force",
        response: { 200: qualityRuleSetSchema },
      },
    },
    async () => {
      const set = await loadQualityRules(db);
      return toRuleSet(set);
    },
  );

  routes.put(
    "/api/quality/rules",
    {
      schema: {
        tags: ["quality"],
        summary: "Replace the data-quality rules (editors and administrators)",
        description:
          "The whole set, validated whole: each bad field is named with its path, and nothing changes.",
        body: z.unknown(),
        response: { 200: qualityRuleSetSchema, ...errors },
      },
    },
    async (request) => {
      const set = await saveQualityRules({ db, actor: requireActor(request), rules: request.body });
      return toRuleSet(set);
    },
  );
}
