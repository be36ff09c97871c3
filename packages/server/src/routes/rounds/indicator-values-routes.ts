/**
 * Indicator values as a file: a country's series answers filled from a file the observatory
 * imports. CSV arrives as text (the app's `text/csv` parser), a workbook as bytes (the rounds
 * scope's `.xlsx` parser); both are capped here.
 */
import { errorCodes, problemSchema, submissionSchema } from "@circular-atlas/contracts";
import { describeSubmission, ServiceError, uploadIndicatorValues } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";
import {
  revisionNote,
  roundErrors,
  submissionParams,
  uploadFileName,
  workbookBodyLimit,
  xlsxContentType,
} from "./rounds-scope.ts";

export function registerIndicatorValuesRoutes(scope: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = scope.withTypeProvider<ZodTypeProvider>();

  routes.put(
    "/api/rounds/:roundId/submissions/:area/indicator-values",
    {
      bodyLimit: workbookBodyLimit,
      schema: {
        tags: ["mapping"],
        summary: "Upload indicator values as an observatory file",
        description: `Send the long template (\`text/csv\`, or as a workbook with a \`data\` sheet, \`${xlsxContentType}\`), SDMX-CSV 1.0/2.0 or an Open SDG CSV (\`text/csv\`), at most 5 MB. Each row fills the question that asks its series and breakdown (\`bind::atlas:series\`, \`bind::atlas:dimension\`) and its year question (\`bind::atlas:period\`), as one draft save; other answers are kept. ${revisionNote} Any problem (a row for another country, a series or breakdown the questionnaire does not ask, two rows for one question, another unit, an unreadable file) refuses the whole file: 422 \`validation-failed\` with \`details.problems\` [{ code, message, row, column, columnName, cell, question, otherRow }], and nothing is stored.`,
        params: submissionParams,
        querystring: z.object({
          baseRevision: z.coerce.number().int().min(0),
          fileName: uploadFileName("indicator-values.csv"),
        }),
        response: { 200: submissionSchema, ...roundErrors, 413: problemSchema, 415: problemSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const body = request.body;
      const bytes =
        typeof body === "string"
          ? new TextEncoder().encode(body)
          : Buffer.isBuffer(body)
            ? new Uint8Array(body)
            : undefined;
      if (bytes === undefined || bytes.length === 0)
        throw new ServiceError(
          errorCodes.validationFailed,
          `send the file as the request body, with content-type text/csv or ${xlsxContentType}`,
          { field: "body" },
        );
      const now = new Date().toISOString();
      const saved = await uploadIndicatorValues({
        db,
        actor,
        roundId: request.params.roundId,
        area: request.params.area,
        fileName: request.query.fileName,
        bytes,
        baseRevision: request.query.baseRevision,
        now,
      });
      return describeSubmission({ db, actor, submission: saved, now });
    },
  );
}
