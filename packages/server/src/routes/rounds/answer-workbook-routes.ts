/**
 * The answer workbook over HTTP: a country's questionnaire as a fill-in `.xlsx` with its answers,
 * and the filled workbook back as a draft save. In a scope of its own, so its raw `.xlsx` body
 * parser and no-store header apply to these two routes only.
 */
import {
  countryCodeSchema,
  errorCodes,
  languageCodeSchema,
  problemSchema,
  submissionSchema,
} from "@circular-atlas/contracts";
import {
  describeSubmission,
  downloadAnswerWorkbook,
  ServiceError,
  uploadAnswerWorkbook,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A filled starter questionnaire is tens of kilobytes; many repeat instances stay well under this. */
const answerWorkbookBodyLimit = 5 * 1024 * 1024;

const params = z.object({
  roundId: z.coerce.number().int().positive(),
  area: countryCodeSchema,
});
const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  413: problemSchema,
  415: problemSchema,
  422: problemSchema,
};
const path = "/api/rounds/:roundId/submissions/:area/answer-workbook";

export async function registerAnswerWorkbookRoutes(
  app: FastifyInstance,
  context: RouteContext,
): Promise<void> {
  const db = context.atlas.handle.db;
  await app.register(async (scope) => {
    // Answers are personal: no browser or proxy keeps them, errors included.
    scope.addHook("onSend", async (_request, reply, payload) => {
      reply.header("cache-control", "private, no-store");
      return payload;
    });
    scope.addContentTypeParser(
      xlsxType,
      { parseAs: "buffer", bodyLimit: answerWorkbookBodyLimit },
      (_request, body, done) => done(null, body),
    );
    const routes = scope.withTypeProvider<ZodTypeProvider>();

    routes.get(
      path,
      {
        schema: {
          tags: ["mapping"],
          summary: "Download the answer workbook",
          description:
            "The round's questionnaire as a fill-in `.xlsx` (an `answers` sheet, one sheet per repeat, a `settings` sheet naming form and version) holding the country's current answers, labels in `language` (the questionnaire's default otherwise). For the country's focal points and country lead, reviewers and administrators.",
          params,
          querystring: z.object({ language: languageCodeSchema.optional() }),
          response: errors,
        },
      },
      async (request, reply) => {
        const file = await downloadAnswerWorkbook({
          db,
          actor: requireActor(request),
          roundId: request.params.roundId,
          area: request.params.area,
          language: request.query.language,
        });
        return reply
          .type(xlsxType)
          .header("content-disposition", `attachment; filename="${file.fileName}"`)
          .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) as never);
      },
    );

    routes.put(
      path,
      {
        bodyLimit: answerWorkbookBodyLimit,
        schema: {
          tags: ["mapping"],
          summary: "Upload a filled answer workbook",
          description: `Send the workbook's bytes as \`${xlsxType}\`. Its answers replace the draft's, as a draft save from \`baseRevision\` (409 when someone saved since). Any problem (a question the form lacks, a choice it does not offer, a value of the wrong type, a workbook of another form or version) refuses the whole workbook: 422 \`validation-failed\` with \`details.problems\` [{ code, message, sheet, row, column }], and nothing is stored.`,
          params,
          querystring: z.object({ baseRevision: z.coerce.number().int().min(0) }),
          response: { 200: submissionSchema, ...errors },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        if (!Buffer.isBuffer(request.body))
          throw new ServiceError(
            errorCodes.validationFailed,
            `send the workbook's bytes with Content-Type: ${xlsxType}`,
            { field: "body" },
          );
        const now = new Date().toISOString();
        const saved = await uploadAnswerWorkbook({
          db,
          actor,
          roundId: request.params.roundId,
          area: request.params.area,
          bytes: new Uint8Array(request.body),
          baseRevision: request.query.baseRevision,
          now,
        });
        return describeSubmission({ db, actor, submission: saved, now });
      },
    );
  });
}
