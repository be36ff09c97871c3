import {
  createRoundRequestSchema,
  errorCodes,
  problemSchema,
  questionnaireFormSchema,
  questionnaireVersionSummarySchema,
  reportingRoundListSchema,
  reportingRoundSchema,
  roundCompletenessSchema,
} from "@circular-atlas/contracts";
import {
  createReportingRound,
  getQuestionnaireForm,
  getReportingRound,
  getRoundCompleteness,
  importQuestionnaireVersion,
  listReportingRounds,
  ServiceError,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";
import { roundErrors, roundParams, workbookBodyLimit, xlsxContentType } from "./rounds-scope.ts";

/** Reporting rounds, the questionnaire each asks, and their completeness. */
export function registerReportingRoundRoutes(scope: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = scope.withTypeProvider<ZodTypeProvider>();

  routes.get(
    "/api/rounds",
    {
      schema: {
        tags: ["mapping"],
        summary: "Reporting rounds of the mapping exercise",
        description:
          "Every round, the latest period first, with the member states it asks and its questionnaire versions. For the exercise's participants: focal points, country leads, reviewers and administrators.",
        response: { 200: reportingRoundListSchema, ...roundErrors },
      },
    },
    async (request) => ({ data: await listReportingRounds({ db, actor: requireActor(request) }) }),
  );

  routes.post(
    "/api/rounds",
    {
      schema: {
        tags: ["mapping"],
        summary: "Open a reporting round (reviewers, administrators)",
        description:
          "A round asks the member states it names (all ten when `areas` is absent) for one reporting period; the lock date is on or after the due date. A name already taken is a conflict (409).",
        body: createRoundRequestSchema,
        response: { 201: reportingRoundSchema, ...roundErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createReportingRound({ db, actor, ...request.body });
      return reply.code(201).send(await getReportingRound({ db, actor, roundId: created.id }));
    },
  );

  routes.get(
    "/api/rounds/:roundId",
    {
      schema: {
        tags: ["mapping"],
        summary: "A reporting round",
        params: roundParams,
        response: { 200: reportingRoundSchema, ...roundErrors },
      },
    },
    async (request) =>
      getReportingRound({ db, actor: requireActor(request), roundId: request.params.roundId }),
  );

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
          fileName: z
            .string()
            .trim()
            .min(1)
            .max(200)
            .regex(/^[^/\\]+$/, "a file name, without folders")
            .default("questionnaire.xlsx"),
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

  routes.get(
    "/api/rounds/:roundId/completeness",
    {
      schema: {
        tags: ["mapping"],
        summary: "Where each member state's answers are",
        description:
          "Per member state asked: its state, revision, dates, the country lead's endorsement and whether it is overdue (past the due date and still with the country); and the counts expected, submitted, approved, published and overdue.",
        params: roundParams,
        response: { 200: roundCompletenessSchema, ...roundErrors },
      },
    },
    async (request) => {
      const completeness = await getRoundCompleteness({
        db,
        actor: requireActor(request),
        roundId: request.params.roundId,
        now: new Date().toISOString(),
      });
      return { ...completeness, countries: [...completeness.countries] };
    },
  );
}
