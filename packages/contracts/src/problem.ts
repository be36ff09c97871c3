import { z } from "zod";

/**
 * Stable error codes. Clients turn a code plus `details` into a sentence in their own language;
 * never match on `title` or `detail`, which are for developers and logs.
 */
export const errorCodes = {
  validationFailed: "validation-failed",
  unknownArea: "unknown-area",
  unknownIndicator: "unknown-indicator",
  notFound: "not-found",
  importInvalid: "import-invalid",
  recordInvalid: "record-invalid",
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  csrfFailed: "csrf-failed",
  invalidCredentials: "invalid-credentials",
  accountLocked: "account-locked",
  rateLimited: "rate-limited",
  conflict: "conflict",
  tokenInvalid: "token-invalid",
  setupClosed: "setup-closed",
  internal: "internal-error",
} as const;
export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];

/** RFC 9457 problem details with the platform's `code` and structured `details`. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string(),
    details: z.unknown().optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problemSchema>;
