import type { ErrorCode, Problem } from "@circular-atlas/contracts";

/**
 * Codes the client itself raises, next to the server's stable `ErrorCode`s: the request never
 * got an answer, or the answer was not the JSON the contract promises.
 */
export const clientErrorCodes = {
  network: "network-error",
  badResponse: "bad-response",
} as const;
export type ClientErrorCode = (typeof clientErrorCodes)[keyof typeof clientErrorCodes];

/** A failed API call. `code` picks the sentence the UI shows; `detail` is for developers only. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode | (string & {});
  readonly details: unknown;

  constructor(
    options: { status: number; code: string; detail: string; details?: unknown },
    errorOptions?: ErrorOptions,
  ) {
    super(options.detail, errorOptions);
    this.name = "ApiError";
    this.status = options.status;
    this.code = options.code;
    this.details = options.details;
  }
}

/** True for an RFC 9457 body carrying the platform's `code`. */
export function isProblem(body: unknown): body is Problem {
  if (typeof body !== "object" || body === null) return false;
  const candidate = body as { code?: unknown; status?: unknown };
  return typeof candidate.code === "string" && typeof candidate.status === "number";
}

/** Turns a non-2xx response into an `ApiError`, keeping the problem's code when there is one. */
export async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isProblem(body)) {
    return new ApiError({
      status: response.status,
      code: body.code,
      detail: body.detail,
      details: body.details,
    });
  }
  return new ApiError({
    status: response.status,
    code: response.status === 404 ? "not-found" : clientErrorCodes.badResponse,
    detail: `${response.status} ${response.statusText}`,
  });
}
