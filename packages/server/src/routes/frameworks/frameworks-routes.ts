import {
  coverageMatrixSchema,
  frameworkListSchema,
  problemSchema,
  seriesFrameworksSchema,
} from "@circular-atlas/contracts";
import {
  getCoverageMatrix,
  listFrameworkSummaries,
  listSeriesFrameworks,
  toCoverageCsv,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

export function registerFrameworkRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    "/api/frameworks",
    {
      schema: {
        tags: ["frameworks"],
        summary: "List indicator frameworks",
        description:
          "The frameworks indicators are grouped by (UNECE/OECD, SDG, Eurostat), each with the document it is cited from, its groups and what the catalogue leaves out.",
        response: { 200: frameworkListSchema },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return listFrameworkSummaries({ db });
    },
  );
  api.get(
    "/api/coverage",
    {
      schema: {
        tags: ["frameworks"],
        summary: "Coverage matrix of a framework",
        description:
          "Each indicator of the framework × each ECO member state: `available` (years with a published value of a direct series), `proxy` (only a proxy series has data) or `missing`. `format=csv` returns one row per indicator and country.",
        querystring: z.object({
          framework: z.string().describe("Framework id from `/api/frameworks`, e.g. `sdg`."),
          format: z.enum(["json", "csv"]).default("json"),
        }),
        response: {
          200: coverageMatrixSchema.describe("JSON, or text/csv when format=csv."),
          400: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const matrix = await getCoverageMatrix({ db, frameworkId: request.query.framework });
      reply.header("cache-control", dataCacheControl);
      if (request.query.format === "csv") {
        return (
          reply
            .type("text/csv; charset=utf-8")
            .header("content-disposition", `attachment; filename="coverage-${matrix.framework.id}.csv"`)
            .serializer((payload: unknown) => payload as string)
            // The 200 schema documents the JSON shape; CSV text bypasses the JSON serializer.
            .send(toCoverageCsv(matrix) as never)
        );
      }
      return matrix;
    },
  );
  api.get(
    "/api/indicators/:code/frameworks",
    {
      schema: {
        tags: ["frameworks"],
        summary: "The framework indicators a series stands for",
        params: z.object({ code: z.string().describe("Series code, e.g. `EN_MAT_DOMCMPC`.") }),
        response: { 200: seriesFrameworksSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return listSeriesFrameworks({ db, seriesCode: request.params.code });
    },
  );
}
