import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../route-context.ts";
import { registerIndicatorValuesRoutes } from "./indicator-values-routes.ts";
import { registerQuestionnaireRoutes } from "./questionnaire-routes.ts";
import { registerReportingRoundRoutes } from "./rounds-routes.ts";
import { prepareRoundsScope } from "./rounds-scope.ts";
import { registerSubmissionReviewRoutes } from "./submission-review-routes.ts";
import { registerSubmissionRoutes } from "./submission-routes.ts";

/**
 * The mapping exercise's routes, in a scope of their own: its no-store hook and `.xlsx` body
 * parser apply to them and to nothing else.
 */
export async function registerRoundRoutes(app: FastifyInstance, context: RouteContext): Promise<void> {
  await app.register(async (scope) => {
    prepareRoundsScope(scope);
    registerReportingRoundRoutes(scope, context);
    registerQuestionnaireRoutes(scope, context);
    registerSubmissionRoutes(scope, context);
    registerSubmissionReviewRoutes(scope, context);
    registerIndicatorValuesRoutes(scope, context);
  });
}
