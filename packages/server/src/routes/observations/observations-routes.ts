import { observationListSchema, observationQuerySchema, problemSchema } from "@circular-atlas/contracts";
import {
  exportObservations,
  queryObservations,
  referenceCatalogue,
  toObservationsCsv,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

export function registerObservationRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/observations",
    {
      schema: {
        tags: ["observations"],
        summary: "Query observations",
        description:
          "Values by indicator, areas and years, with every source they cite. `format=csv` returns the same rows as CSV, each with its unit, source title, publisher and licence; `sdmx-csv`, `sdmx-csv2`, `sdmx-ml` and `opensdg` return them in those exchange formats. `asOf` answers with the values as they were published at that moment.",
        querystring: observationQuerySchema,
        response: {
          200: observationListSchema.describe("JSON, or text/csv when format=csv."),
          400: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const list = await queryObservations({
        db,
        selection: {
          indicators: query.indicator,
          areas: query.area,
          from: query.from,
          to: query.to,
          breakdown: query.breakdown,
          asOf: query.asOf,
        },
      });
      reply.header("cache-control", dataCacheControl);
      if (query.format !== "json" && query.format !== "csv") {
        const { areas } = await referenceCatalogue(db);
        const exported = exportObservations(list, query.format, areas);
        const name = `observations-${query.indicator.join("_")}.${exported.extension}`.replace(
          /[^A-Za-z0-9._-]/g,
          "_",
        );
        return reply
          .type(exported.contentType)
          .header("content-disposition", `attachment; filename="${name}"`)
          .serializer((payload: unknown) => payload as string)
          .send(exported.text as never);
      }
      if (query.format === "csv") {
        const name = `observations-${query.indicator.join("_")}.csv`.replace(/[^A-Za-z0-9._-]/g, "_");
        return (
          reply
            .type("text/csv; charset=utf-8")
            .header("content-disposition", `attachment; filename="${name}"`)
            .serializer((payload: unknown) => payload as string)
            // The 200 schema documents the JSON shape; CSV text bypasses the JSON serializer.
            .send(toObservationsCsv(list) as never)
        );
      }
      return list;
    },
  );
}
