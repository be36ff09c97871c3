import { areaListSchema, areaSchema, problemSchema } from "@circular-atlas/contracts";
import { getArea, listAreaDtos } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

export function registerAreaRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    "/api/areas",
    {
      schema: {
        tags: ["areas"],
        summary: "List reference areas",
        description:
          "The ECO organisation and its ten member states, with ISO 3166-1 alpha-3, alpha-2 and UN M49 codes.",
        response: { 200: areaListSchema },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return listAreaDtos({ db });
    },
  );
  api.get(
    "/api/areas/:code",
    {
      schema: {
        tags: ["areas"],
        summary: "Get one area",
        params: z.object({ code: z.string().describe("ISO 3166-1 alpha-3 code, e.g. `KAZ`.") }),
        response: { 200: areaSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return getArea({ db, code: request.params.code });
    },
  );
}
