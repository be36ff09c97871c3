import {
  countryCodeSchema,
  publicationReportSchema,
  publishRequestSchema,
  saveDraftRequestSchema,
  submissionActionRequestSchema,
  submissionEventListSchema,
  submissionSchema,
} from "@circular-atlas/contracts";
import {
  changeSubmissionState,
  describePublication,
  describeSubmission,
  getSubmission,
  listSubmissionEvents,
  publishSubmission,
  saveSubmissionDraft,
} from "@circular-atlas/services";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireActor } from "../../plugins/authentication.ts";
import type { RouteContext } from "../route-context.ts";
import { roundErrors, roundParams } from "./rounds-scope.ts";

export const submissionParams = roundParams.extend({ area: countryCodeSchema });

const revisionNote =
  "Send `baseRevision` as read: a write based on an older revision is refused (409 `conflict`), so two people acting on the same revision cannot both succeed.";

/** One member state's submission to a round: its answers, its review, its publication, its history. */
export function registerSubmissionRoutes(scope: FastifyInstance, context: RouteContext): void {
  const db = context.atlas.handle.db;
  const routes = scope.withTypeProvider<ZodTypeProvider>();
  const now = () => new Date().toISOString();

  routes.get(
    "/api/rounds/:roundId/submissions/:area",
    {
      schema: {
        tags: ["mapping"],
        summary: "A member state's submission",
        description:
          'Its answers, state and revision ("not-started", revision 0, no answers before the first save); `editable` and `allowedActions` say what the caller may do now; `comments` are the review comments of the latest return. For the country\'s focal points and country lead, reviewers and administrators.',
        params: submissionParams,
        response: { 200: submissionSchema, ...roundErrors },
      },
    },
    async (request) => getSubmission({ db, actor: requireActor(request), ...request.params, now: now() }),
  );

  routes.put(
    "/api/rounds/:roundId/submissions/:area/answers",
    {
      schema: {
        tags: ["mapping"],
        summary: "Save the answers as a draft (the country's focal points and lead)",
        description: `Replaces the answers (by question name; repeats as arrays of instances) while the submission is a draft or returned and the round is not locked; every changed answer is recorded. The first save is from revision 0. ${revisionNote}`,
        params: submissionParams,
        body: saveDraftRequestSchema,
        response: { 200: submissionSchema, ...roundErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const at = now();
      const saved = await saveSubmissionDraft({ db, actor, ...request.params, ...request.body, now: at });
      return describeSubmission({ db, actor, submission: saved, now: at });
    },
  );

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

  routes.get(
    "/api/rounds/:roundId/submissions/:area/events",
    {
      schema: {
        tags: ["mapping"],
        summary: "The history of a submission, per question",
        description:
          "Every answer change, state change and review comment, oldest first (append-only). `question` filters: an instance path (`policy[2]/policy_year`) matches exactly; a bare question name (`policy_year`) matches it in every repeat instance too.",
        params: submissionParams,
        querystring: z.object({ question: z.string().trim().min(1).max(500).optional() }),
        response: { 200: submissionEventListSchema, ...roundErrors },
      },
    },
    async (request) => ({
      data: await listSubmissionEvents({
        db,
        actor: requireActor(request),
        ...request.params,
        question: request.query.question,
      }),
    }),
  );
}
