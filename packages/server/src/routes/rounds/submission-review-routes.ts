import {
  publicationReportSchema,
  publishRequestSchema,
  submissionActionRequestSchema,
  submissionSchema,
} from "@circular-atlas/contracts";
import {
  changeSubmissionState,
  describePublication,
  describeSubmission,
  publishSubmission,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { requireActor } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";
import { revisionNote, roundErrors, submissionParams } from "./rounds-scope.ts";

/** A submission's review and publication. */
export function registerSubmissionReviewRoutes(scope: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = scope.withTypeProvider<ZodTypeProvider>();
  const now = () => new Date().toISOString();

  routes.post(
    "/api/rounds/:roundId/submissions/:area/actions",
    {
      schema: {
        tags: ["mapping"],
        summary: "Submit, endorse, return, approve or un-approve",
        description: `The focal point submits; the country lead endorses or returns; a reviewer approves (after the endorsement), returns or un-approves (with a \`reason\`). Returning needs \`comments\`, each on a question (\`strategy_year\`, \`policy[2]/policy_year\`). Submitting checks the answers against the questionnaire: problems refuse it (422 \`validation-failed\`, \`details.problems\`: path, code, message, severity, in \`language\`). ${revisionNote}`,
        params: submissionParams,
        body: submissionActionRequestSchema,
        response: { 200: submissionSchema, ...roundErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const at = now();
      const { comments, reason, language, ...action } = request.body;
      const changed = await changeSubmissionState({
        db,
        actor,
        ...request.params,
        ...action,
        ...(comments === undefined ? {} : { comments }),
        ...(reason === undefined ? {} : { reason }),
        ...(language === undefined ? {} : { language }),
        now: at,
      });
      return describeSubmission({ db, actor, submission: changed, now: at });
    },
  );

  routes.post(
    "/api/rounds/:roundId/submissions/:area/publish",
    {
      schema: {
        tags: ["mapping"],
        summary: "Publish an approved submission (reviewers, administrators)",
        description: `In one transaction: answers to questions mapped to series become observations (through the observatory's import and its data-quality rules; a flagged value waits for review), and repeats mapped to records become draft knowledge records, all citing the submission. Anything refused refuses the whole publication and the submission stays approved. ${revisionNote}`,
        params: submissionParams,
        body: publishRequestSchema,
        response: { 200: publicationReportSchema, ...roundErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const at = now();
      const report = await publishSubmission({
        db,
        actor,
        ...request.params,
        baseRevision: request.body.baseRevision,
        now: at,
      });
      return describePublication({ db, actor, report, now: at });
    },
  );
}
