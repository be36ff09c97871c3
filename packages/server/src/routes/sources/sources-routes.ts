import { sourceListSchema } from "@circular-atlas/contracts";
import { listSourceDtos } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

export function registerSourceRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/sources",
    {
      schema: {
        tags: ["sources"],
        summary: "List data sources with licences and attribution",
        response: { 200: sourceListSchema },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return listSourceDtos({ db });
    },
  );
}
