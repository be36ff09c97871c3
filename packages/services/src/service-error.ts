/**
 * Expected failures of a use case, with a stable code from contracts. Faces map the code to an
 * HTTP status (server) or an exit code (cli); `details` carries what a message needs.
 */
import type { ErrorCode } from "@circular-atlas/contracts";

export class ServiceError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ServiceError";
    this.code = code;
    this.details = details;
  }
}
