import { healthSchema } from "@circular-atlas/contracts";
import { getHealth } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { RouteContext } from "../route-context.ts";

export function registerHealthRoutes(app: FastifyInstance, context: RouteContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      schema: {
        tags: ["operations"],
        summary: "Database reachability, migration state and baseline version",
        description:
          "Answers 200 when everything is ready and 503 when the database is unreachable or not migrated.",
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const health = await getHealth({ handle: context.atlas.handle, version: context.version });
      return reply
        .code(health.status === "ok" ? 200 : 503)
        .header("cache-control", "no-store")
        .send(health);
    },
  );
}
