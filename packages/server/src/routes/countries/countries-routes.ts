import { countryProfileSchema, problemSchema } from "@circular-atlas/contracts";
import { getCountryProfile } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

export function registerCountryRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/countries/:code/profile",
    {
      schema: {
        tags: ["countries"],
        summary: "A country profile in one request",
        description:
          "Every indicator grouped by topic with all of the country's observations (indicators without data are included with none), the labels of breakdown codes, and the sources cited.",
        params: z.object({ code: z.string().describe("ISO 3166-1 alpha-3 code of a member state.") }),
        response: { 200: countryProfileSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return getCountryProfile({ db, code: request.params.code });
    },
  );
}
