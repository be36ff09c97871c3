import {
  errorCodes,
  problemSchema,
  questionnaireFormSchema,
  questionnaireVersionSummarySchema,
} from "@circular-atlas/contracts";
import { getQuestionnaireForm, importQuestionnaireVersion, ServiceError } from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";
import {
  roundErrors,
  roundParams,
  uploadFileName,
  workbookBodyLimit,
  xlsxContentType,
} from "./rounds-scope.ts";

/** The questionnaire versions of a round: uploaded as workbooks, read as parsed forms. */
export function registerQuestionnaireRoutes(scope: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = scope.withTypeProvider<ZodTypeProvider>();

  routes.post(
    "/api/rounds/:roundId/questionnaires",
    {
      bodyLimit: workbookBodyLimit,
      schema: {
        tags: ["mapping"],
        summary: "Upload a questionnaire version (reviewers, administrators)",
        description: `Send the XLSForm workbook's bytes as \`${xlsxContentType}\` (at most 5 MB). It is linted with the knowledge base's record vocabulary and the observatory's series; any error refuses it (422 \`validation-failed\`, \`details.findings\`: sheet, row, column, ruleId, severity, message). 201 when stored; 200 when this very file is stored for the round already. Another file under a version the round has is a conflict (409).`,
        params: roundParams,
        querystring: z.object({
          fileName: uploadFileName("questionnaire.xlsx"),
        }),
        response: {
          200: questionnaireVersionSummarySchema,
          201: questionnaireVersionSummarySchema,
          ...roundErrors,
          413: problemSchema,
          415: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0)
        throw new ServiceError(
          errorCodes.validationFailed,
          `send the questionnaire workbook's bytes as the request body, with content-type ${xlsxContentType}`,
          { field: "body" },
        );
      const { roundId } = request.params;
      const stored = await importQuestionnaireVersion({
        db,
        actor,
        roundId,
        fileName: request.query.fileName,
        bytes: new Uint8Array(bytes),
      });
      const { version } = await getQuestionnaireForm({ db, actor, roundId, versionId: stored.id });
      return reply.code(stored.created ? 201 : 200).send(version);
    },
  );

  routes.get(
    "/api/rounds/:roundId/questionnaire",
    {
      schema: {
        tags: ["mapping"],
        summary: "The questionnaire a round asks",
        description:
          "The parsed XLSForm (settings, languages, survey tree, choice lists) of the round's latest version, or of `version` (a questionnaire version id of this round).",
        params: roundParams,
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }),
        response: { 200: questionnaireFormSchema, ...roundErrors },
      },
    },
    async (request) =>
      getQuestionnaireForm({
        db,
        actor: requireActor(request),
        roundId: request.params.roundId,
        versionId: request.query.version,
      }),
  );
}
