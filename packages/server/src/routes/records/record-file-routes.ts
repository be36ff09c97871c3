import { problemSchema } from "@circular-atlas/contracts";
import { exportRecords, importRecords } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { identityOf, requireActor } from "../../plugins/authentication.ts";
import { dataCacheControl } from "../../plugins/response-cache.ts";
import type { RouteContext } from "../route-context.ts";

const writeErrors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

const codeList = z
  .string()
  .regex(/^[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*$/, "a comma-separated list of codes")
  .transform((text) => text.split(","));

const importReportSchema = z
  .object({
    fileName: z.string(),
    dryRun: z.boolean(),
    records: z.number().int(),
    created: z.array(z.string()),
    updated: z.array(z.string()),
    written: z.boolean(),
  })
  .meta({ id: "RecordImportReport" });

/** Records as files: import (JSON or CSV, all or nothing, dry run) and export in the same format. */
export function registerRecordFileRoutes(app: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // CSV imports arrive as text; JSON ones are parsed by Fastify and handed on as text again.
  app.addContentTypeParser("text/csv", { parseAs: "string", bodyLimit: 20_000_000 }, (_request, body, done) =>
    done(null, body),
  );

  routes.post(
    "/api/records/import",
    {
      bodyLimit: 20_000_000,
      schema: {
        tags: ["knowledge"],
        summary: "Import records from JSON or CSV",
        description:
          "Send a JSON array of records (`application/json`) or the records CSV (`text/csv`, as the export writes it). Every record is checked first; any problem refuses the whole file (422 `import-invalid` with each problem's record or row and field) and nothing is written. `dryRun=true` checks and reports without writing. Records you may not create or edit are problems too.",
        querystring: z.object({
          dryRun: z
            .enum(["true", "false"])
            .default("false")
            .transform((value) => value === "true"),
          fileName: z.string().max(200).default("upload"),
        }),
        response: { 200: importReportSchema, ...writeErrors, 413: problemSchema },
      },
    },
    async (request) => {
      const csv = String(request.headers["content-type"] ?? "").startsWith("text/csv");
      return importRecords({
        db,
        actor: requireActor(request),
        text: csv ? (request.body as string) : JSON.stringify(request.body),
        format: csv ? "csv" : "json",
        fileName: request.query.fileName,
        dryRun: request.query.dryRun,
      });
    },
  );

  routes.get(
    "/api/records/export",
    {
      schema: {
        tags: ["knowledge"],
        summary: "Export records as JSON or CSV",
        description: "The records you may see, in the import format (an export imports back unchanged).",
        querystring: z.object({
          format: z.enum(["json", "csv"]).default("json"),
          country: codeList.optional(),
          type: codeList.optional(),
        }),
        response: { 200: z.string().describe("JSON array or CSV text."), 400: problemSchema },
      },
    },
    async (request, reply) => {
      const { format, country, type } = request.query;
      const exported = await exportRecords({
        db,
        viewer: identityOf(request).actor,
        format,
        filter: {
          ...(country === undefined ? {} : { countries: country }),
          ...(type === undefined ? {} : { types: type as never }),
        },
      });
      reply.header("cache-control", dataCacheControl);
      return reply
        .type(format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
        .header("content-disposition", `attachment; filename="records.${format}"`)
        .serializer((payload: unknown) => payload as string)
        .send(exported.text);
    },
  );
}
