import { observationListSchema, observationQuerySchema, problemSchema } from "@circular-atlas/contracts";
import {
  exportObservations,
  queryObservations,
  referenceCatalogue,
  toObservationsCsv,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

export function registerObservationRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/observations",
    {
      schema: {
        tags: ["observations"],
        summary: "Query observations",
        description:
          "Values by indicator, areas and years, with every source they cite. `key` filters SDMX-style (`SERIES.REF_AREA.<breakdowns>`); answers are paged by `limit` and `offset`, with the total in `paging` (and `X-Total-Count`) and the next page in `paging.next` (and a `Link` header with rel=next). `format=csv` returns the same rows as CSV, each with its unit, source title, publisher and licence; `sdmx-csv`, `sdmx-csv2`, `sdmx-ml`, `sdmx-json` and `opensdg` return them in those exchange formats, `xlsx` as the long template's workbook. `asOf` answers with the values as they were published at that moment.",
        querystring: observationQuerySchema,
        response: {
          200: observationListSchema.describe("JSON, or text/csv when format=csv."),
          400: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const list = await queryObservations({
        db,
        selection: {
          indicators: query.indicator ?? [],
          key: query.key,
          limit: query.limit,
          offset: query.offset,
          areas: query.area,
          from: query.from,
          to: query.to,
          breakdown: query.breakdown,
          asOf: query.asOf,
        },
      });
      reply.header("cache-control", dataCacheControl);
      const paging = list.paging;
      const next =
        paging !== undefined && paging.offset + paging.limit < paging.total
          ? nextPageUrl(request.url, paging.offset + paging.limit)
          : null;
      if (paging !== undefined) {
        reply.header("x-total-count", String(paging.total));
        if (next !== null) reply.header("link", `<${next}>; rel="next"`);
      }
      const fileStem = `observations-${(query.indicator ?? [query.key ?? "key"]).join("_")}`;
      if (query.format !== "json" && query.format !== "csv") {
        const { areas } = await referenceCatalogue(db);
        const exported = exportObservations(list, query.format, areas);
        const name = `${fileStem}.${exported.extension}`.replace(/[^A-Za-z0-9._-]/g, "_");
        const body =
          exported.bytes === undefined
            ? exported.text
            : Buffer.from(exported.bytes.buffer, exported.bytes.byteOffset, exported.bytes.byteLength);
        return reply
          .type(exported.contentType)
          .header("content-disposition", `attachment; filename="${name}"`)
          .serializer((payload: unknown) => payload as string)
          .send(body as never);
      }
      if (query.format === "csv") {
        const name = `${fileStem}.csv`.replace(/[^A-Za-z0-9._-]/g, "_");
        return (
          reply
            .type("text/csv; charset=utf-8")
            .header("content-disposition", `attachment; filename="${name}"`)
            .serializer((payload: unknown) => payload as string)
            // The 200 schema documents the JSON shape; CSV text bypasses the JSON serializer.
            .send(toObservationsCsv(list) as never)
        );
      }
      return paging === undefined ? list : { ...list, paging: { ...paging, next } };
    },
  );
}

/** The same request with `offset` moved on, as a path with its query (relative to the server). */
function nextPageUrl(url: string, offset: number): string {
  const parsed = new URL(url, "http://atlas.invalid");
  parsed.searchParams.set("offset", String(offset));
  return `${parsed.pathname}${parsed.search}`;
}
