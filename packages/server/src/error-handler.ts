/**
 * Every error leaves the server as RFC 9457 problem+json with a stable `code`. Expected failures
 * keep their message; anything unexpected is logged in full and answered with a generic 500.
 */
import { errorCodes, type Problem } from "@circular-atlas/contracts";
import { ServiceError } from "@circular-atlas/services";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

export const problemContentType = "application/problem+json; charset=utf-8";

const titles: Record<string, string> = {
  [errorCodes.validationFailed]: "The request is not valid",
  [errorCodes.unknownArea]: "Unknown area",
  [errorCodes.unknownIndicator]: "Unknown indicator",
  [errorCodes.notFound]: "Not found",
  [errorCodes.importInvalid]: "The data cannot be imported",
  [errorCodes.recordInvalid]: "The record is not valid",
  [errorCodes.unauthenticated]: "Sign in first",
  [errorCodes.forbidden]: "Not allowed",
  [errorCodes.csrfFailed]: "Cross-site request refused",
  [errorCodes.invalidCredentials]: "Wrong e-mail address or password",
  [errorCodes.accountLocked]: "Account locked",
  [errorCodes.rateLimited]: "Too many attempts",
  [errorCodes.conflict]: "Conflict",
  [errorCodes.tokenInvalid]: "Invalid token",
  [errorCodes.setupClosed]: "Setup is closed",
  [errorCodes.internal]: "Internal server error",
  "service-unavailable": "The database is not available",
};

export function problem(
  request: FastifyRequest,
  status: number,
  code: string,
  detail: string,
  details?: unknown,
): Problem {
  return {
    type: `/api/docs#problem-${code}`,
    title: titles[code] ?? code,
    status,
    detail,
    instance: request.url,
    code,
    ...(details === undefined ? {} : { details }),
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type(problemContentType).header("cache-control", "no-store").send(body);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        in: error.validationContext ?? "request",
        path: issue.instancePath.replace(/^\//, "").replaceAll("/", "."),
        message: issue.message ?? "invalid",
      }));
      const summary = issues.map((issue) => `${issue.in} ${issue.path}: ${issue.message}`).join("; ");
      return sendProblem(reply, problem(request, 400, errorCodes.validationFailed, summary, { issues }));
    }
    if (error instanceof ServiceError) {
      const status = statusOf(error, request);
      request.log.info({ code: error.code, details: error.details }, error.message);
      const retryAfter = error.details["retryAfterSeconds"];
      if (typeof retryAfter === "number") reply.header("retry-after", String(retryAfter));
      return sendProblem(reply, problem(request, status, error.code, error.message, error.details));
    }
    if (error.name === "DatabaseError") {
      request.log.error({ err: error }, "database failure");
      return sendProblem(
        reply,
        problem(request, 503, "service-unavailable", "The database is not available; try again shortly."),
      );
    }
    if (typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, unsupported media type, payload too large).
      return sendProblem(
        reply,
        problem(request, error.statusCode, errorCodes.validationFailed, error.message),
      );
    }
    request.log.error({ err: error }, "unhandled error");
    return sendProblem(
      reply,
      problem(request, 500, errorCodes.internal, "Something went wrong on the server; it has been logged."),
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem(
        request,
        404,
        errorCodes.notFound,
        `no resource at ${request.method} ${request.url.split("?")[0]}`,
      ),
    ),
  );
}

/** An unknown code in the path is a missing resource (404); in a query it is a bad request (400). */
function statusOf(error: ServiceError, request: FastifyRequest): number {
  switch (error.code) {
    case errorCodes.unknownArea:
    case errorCodes.unknownIndicator:
      return typeof (request.params as Record<string, unknown> | undefined)?.["code"] === "string"
        ? 404
        : 400;
    case errorCodes.notFound:
      return 404;
    case errorCodes.importInvalid:
    case errorCodes.recordInvalid:
      return 422;
    case errorCodes.validationFailed:
      return hasLocatedProblems(error.details) ? 422 : 400;
    case errorCodes.tokenInvalid:
      return 400;
    case errorCodes.unauthenticated:
    case errorCodes.invalidCredentials:
      return 401;
    case errorCodes.forbidden:
    case errorCodes.csrfFailed:
      return 403;
    case errorCodes.conflict:
    case errorCodes.setupClosed:
      return 409;
    case errorCodes.accountLocked:
      return 423;
    case errorCodes.rateLimited:
      return 429;
    default:
      return 500;
  }
}

/**
 * A well-formed request whose content has problems located inside it (a workbook's findings at
 * their cells, answers' problems at their questions) is unprocessable (422), not malformed.
 */
function hasLocatedProblems(details: Readonly<Record<string, unknown>>): boolean {
  return Array.isArray(details["findings"]) || Array.isArray(details["problems"]);
}
