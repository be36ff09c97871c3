import { problemSchema, readinessIndexSchema } from "@circular-atlas/contracts";
import { computeReadinessIndex, readinessInputFile, readinessInputFileNames } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

/** The ECO circular-economy readiness index and the engine inputs it was computed from. */
export function registerReadinessRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    "/api/readiness-index",
    {
      schema: {
        tags: ["frameworks"],
        summary: "ECO circular-economy readiness index",
        description:
          "The index on the UNECE/OECD building blocks, from the published observations: its framework (pillars, indicators, directions, weights, year windows, series left out and why), per member state the score, rank, the rank's median and 5–95 % interval over the uncertainty analysis, pillar scores, coverage, and every input cell with its value, year and source (for an intensity per unit of GDP also the GDP of the same year, and the divided value the index reads). Member states with data for too few indicators are listed as `insufficient-data`, not ranked. `inputs` holds the engine's iData, iMeta, pipeline and uncertainty spec.",
        response: { 200: readinessIndexSchema },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return computeReadinessIndex({ db });
    },
  );
  api.get(
    "/api/readiness-index/inputs/:file",
    {
      schema: {
        tags: ["frameworks"],
        summary: "An input file of the readiness index",
        description:
          "`iData.csv`, `iMeta.csv`, `pipeline.json` or `uncertainty.json`: download the four and rerun the index with `atlas index build --data iData.csv --meta iMeta.csv --pipeline pipeline.json --out DIR` (and `atlas index uncertainty … --uncertain uncertainty.json --n 1000 --seed <method.seed>`).",
        params: z.object({ file: z.enum(readinessInputFileNames) }),
        response: { 200: z.string().describe("CSV or JSON text."), 400: problemSchema },
      },
    },
    async (request, reply) => {
      const file = readinessInputFile(await computeReadinessIndex({ db }), request.params.file);
      reply.header("cache-control", dataCacheControl);
      return reply
        .type(file.contentType)
        .header("content-disposition", `attachment; filename="${file.name}"`)
        .serializer((payload: unknown) => payload as string)
        .send(file.text);
    },
  );
}
