import type { ErrorCode } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { ApiError, type ClientErrorCode } from "../api/api-error.ts";

/** Catalogue key per error code; the `Record` makes a new contract code fail to compile here. */
const errorKeys = {
  "validation-failed": "errors.validation-failed",
  "unknown-area": "errors.unknown-area",
  "unknown-indicator": "errors.unknown-indicator",
  "not-found": "errors.not-found",
  "import-invalid": "errors.import-invalid",
  "record-invalid": "errors.record-invalid",
  unauthenticated: "errors.unauthenticated",
  forbidden: "errors.forbidden",
  "csrf-failed": "errors.csrf-failed",
  "invalid-credentials": "errors.invalid-credentials",
  "account-locked": "errors.account-locked",
  "rate-limited": "errors.rate-limited",
  conflict: "errors.conflict",
  "token-invalid": "errors.token-invalid",
  "setup-closed": "errors.setup-closed",
  "internal-error": "errors.internal-error",
  "network-error": "errors.network-error",
  "bad-response": "errors.bad-response",
} as const satisfies Record<ErrorCode | ClientErrorCode, string>;

export type ErrorMessageKey = (typeof errorKeys)[keyof typeof errorKeys] | "errors.unexpected";

/** The sentence for an error: by its stable code, never by its developer-facing detail. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (error instanceof ApiError && error.code in errorKeys)
    return errorKeys[error.code as keyof typeof errorKeys];
  return "errors.unexpected";
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert" data-testid="error-message">
      <p>{t(errorMessageKey(error))}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t("common.retry")}
        </button>
      ) : null}
    </div>
  );
}
