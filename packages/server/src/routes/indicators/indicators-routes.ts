import {
  indicatorDetailSchema,
  indicatorListSchema,
  indicatorMetadataListSchema,
  problemSchema,
} from "@circular-atlas/contracts";
import { getIndicatorDetail, getIndicatorMetadata, listIndicatorDtos } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

export function registerIndicatorRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    "/api/indicators",
    {
      schema: {
        tags: ["indicators"],
        summary: "List indicators with metadata and coverage",
        description:
          "Names, units and descriptions in every available language; the years and number of areas with data.",
        querystring: z.object({
          topic: z.string().optional().describe("Only indicators of this topic, e.g. `waste`."),
        }),
        response: { 200: indicatorListSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return listIndicatorDtos({ db, topic: request.query.topic });
    },
  );
  api.get(
    "/api/indicators/:code",
    {
      schema: {
        tags: ["indicators"],
        summary: "Get one indicator with the labels of its breakdown codes",
        params: z.object({ code: z.string().describe("Series code, e.g. `EN_MAT_DOMCMPC`.") }),
        response: { 200: indicatorDetailSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return getIndicatorDetail({ db, code: request.params.code });
    },
  );
  api.get(
    "/api/indicators/:code/metadata",
    {
      schema: {
        tags: ["indicators"],
        summary: "The metadata national publishers give for an indicator",
        description:
          "SDG metadata fields per country and language, as imported from the publishers' Open SDG repositories (`atlas import <repository> --area <ISO3>`): the national indicator (`KAZ_12-4-2-1` → 12.4.2.1) first, then its SDG indicators. Empty when none were imported.",
        params: z.object({ code: z.string().describe("Series code, e.g. `KAZ_12-4-2`.") }),
        response: { 200: indicatorMetadataListSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return getIndicatorMetadata({ db, code: request.params.code });
    },
  );
}
