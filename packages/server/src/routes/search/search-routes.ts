import {
  problemSchema,
  searchQuerySchema,
  searchResultSchema,
  taxonomySchema,
} from "@circular-atlas/contracts";
import { listTaxonomy, searchKnowledge } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { identityOf } from "../../plugins/authentication.ts";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

export function registerSearchRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    "/api/search",
    {
      schema: {
        tags: ["knowledge"],
        summary: "Search the knowledge base",
        description:
          "Full-text search in every language of the region: words are folded across spellings (Arabic and Persian letters, half-spaces, Turkish i, Uzbek apostrophes) and stemmed where PostgreSQL can (English, Russian, Turkish); misspelt words are matched to close indexed words; the last word matches as a prefix. Facet counts apply every filter but their own. Anonymous callers see published records only.",
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return searchKnowledge({ db, viewer: identityOf(request).actor, query: request.query });
    },
  );

  routes.get(
    "/api/taxonomy",
    {
      schema: {
        tags: ["knowledge"],
        summary: "The taxonomy records are tagged with",
        description:
          "Record types, statuses, relations, ISIC sections, circular strategies R0–R9, themes, instruments and kinds, with labels per language.",
        response: { 200: taxonomySchema },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", dataCacheControl);
      return listTaxonomy(db);
    },
  );
}
