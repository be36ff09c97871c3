import {
  createRoundRequestSchema,
  reportingRoundListSchema,
  reportingRoundSchema,
  roundCompletenessSchema,
} from "@circular-atlas/contracts";
import {
  createReportingRound,
  getReportingRound,
  getRoundCompleteness,
  listReportingRounds,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireActor } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";
import { roundErrors, roundParams } from "./rounds-scope.ts";

/** Reporting rounds, the questionnaire each asks, and their completeness. */
export function registerReportingRoundRoutes(scope: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = scope.withTypeProvider<ZodTypeProvider>();

  routes.get(
    "/api/rounds",
    {
      schema: {
        tags: ["mapping"],
        summary: "Reporting rounds of the mapping exercise",
        description:
          "Every round, the latest period first, with the member states it asks and its questionnaire versions. For the exercise's participants: focal points, country leads, reviewers and administrators.",
        response: { 200: reportingRoundListSchema, ...roundErrors },
      },
    },
    async (request) => ({ data: await listReportingRounds({ db, actor: requireActor(request) }) }),
  );

  routes.post(
    "/api/rounds",
    {
      schema: {
        tags: ["mapping"],
        summary: "Open a reporting round (reviewers, administrators)",
        description:
          "A round asks the member states it names (all ten when `areas` is absent) for one reporting period; the lock date is on or after the due date. A name already taken is a conflict (409).",
        body: createRoundRequestSchema,
        response: { 201: reportingRoundSchema, ...roundErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createReportingRound({ db, actor, ...request.body });
      return reply.code(201).send(await getReportingRound({ db, actor, roundId: created.id }));
    },
  );

  routes.get(
    "/api/rounds/:roundId",
    {
      schema: {
        tags: ["mapping"],
        summary: "A reporting round",
        params: roundParams,
        response: { 200: reportingRoundSchema, ...roundErrors },
      },
    },
    async (request) =>
      getReportingRound({ db, actor: requireActor(request), roundId: request.params.roundId }),
  );

  routes.get(
    "/api/rounds/:roundId/completeness",
    {
      schema: {
        tags: ["mapping"],
        summary: "Where each member state's answers are",
        description:
          "Per member state asked: its state, revision, dates, the country lead's endorsement and whether it is overdue (past the due date and still with the country); and the counts expected, submitted, approved, published and overdue.",
        params: roundParams,
        response: { 200: roundCompletenessSchema, ...roundErrors },
      },
    },
    async (request) => {
      const completeness = await getRoundCompleteness({
        db,
        actor: requireActor(request),
        roundId: request.params.roundId,
        now: new Date().toISOString(),
      });
      return { ...completeness, countries: [...completeness.countries] };
    },
  );
}
