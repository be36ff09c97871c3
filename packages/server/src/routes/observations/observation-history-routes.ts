import {
  observationHistoryQuerySchema,
  observationHistorySchema,
  problemSchema,
} from "@circular-atlas/contracts";
import { getObservationHistory } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

/** `/api/observations/history`: the published versions of a series in one area, public. */
export function registerObservationHistoryRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/observations/history",
    {
      schema: {
        tags: ["observations"],
        summary: "Versions of a series in one area",
        description:
          "Every version that was published — the one in force, those later corrections superseded (readable as published on their date) and those withdrawn — with the import that brought each. Values held for review and rejected ones were never published and are not listed. Narrow to one key with `timePeriod` and `breakdown`.",
        querystring: observationHistoryQuerySchema,
        response: { 200: observationHistorySchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const history = await getObservationHistory({
        db,
        indicator: query.indicator,
        area: query.area,
        timePeriod: query.timePeriod,
        breakdown: query.breakdown,
      });
      reply.header("cache-control", dataCacheControl);
      return history;
    },
  );
}
