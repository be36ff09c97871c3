import type { FastifyInstance } from "fastify";
import { apiDocsCss, type OpenApiDocument, renderApiDocs } from "../../docs/render-api-docs.ts";

/** `/api/openapi.json` (generated from the route schemas) and its readable rendering at `/api/docs`. */
export function registerDocsRoutes(app: FastifyInstance): void {
  let html: string | undefined;
  const hidden = { schema: { hide: true } };
  app.get("/api/openapi.json", hidden, async (_request, reply) =>
    reply.header("cache-control", "public, max-age=300").send(app.swagger()),
  );
  app.get("/api/docs", hidden, async (_request, reply) => {
    html ??= renderApiDocs(app.swagger() as unknown as OpenApiDocument);
    return reply.type("text/html; charset=utf-8").header("cache-control", "public, max-age=300").send(html);
  });
  app.get("/api/docs.css", hidden, async (_request, reply) =>
    reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=300").send(apiDocsCss),
  );
}
