import { readFileSync } from "node:fs";
import path from "node:path";
import { baselineFiles } from "@circular-atlas/contracts";
import type { FastifyInstance } from "fastify";
import { releaseCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

/** Country shapes for the maps: a TopoJSON built from Natural Earth (npm world-atlas) into the baseline. */
export function registerGeometryRoutes(app: FastifyInstance, context: RouteContext): void {
  const file = path.join(context.config.baselineDir, baselineFiles.geometry);
  let body: string | undefined;
  app.get(
    "/api/geometry",
    {
      schema: {
        tags: ["areas"],
        summary: "Country boundaries for maps (TopoJSON)",
        description:
          "One object `countries`; each feature has properties `iso3`, `m49` and `eco` (member state or neighbour). Natural Earth 1:50m via world-atlas, public domain.",
      },
    },
    async (_request, reply) => {
      body ??= readFileSync(file, "utf8");
      return reply
        .type("application/json; charset=utf-8")
        .header("cache-control", releaseCacheControl)
        .send(body);
    },
  );
  const regionsFile = path.join(context.config.baselineDir, baselineFiles.regionGeometry);
  let regions: string | undefined;
  app.get(
    "/api/geometry/regions",
    {
      schema: {
        tags: ["areas"],
        summary: "Sub-national boundaries for maps (TopoJSON)",
        description:
          "One object per country with a boundary layer (`KAZ`: Kazakhstan's regions, from Kazstat's Open SDG platform, MIT); each feature has properties `code` (the area, e.g. `KAZ-KZAKM`) and `geoCode` (the boundary file's code, e.g. `KZ03`).",
      },
    },
    async (_request, reply) => {
      regions ??= readFileSync(regionsFile, "utf8");
      return reply
        .type("application/json; charset=utf-8")
        .header("cache-control", releaseCacheControl)
        .send(regions);
    },
  );
}
