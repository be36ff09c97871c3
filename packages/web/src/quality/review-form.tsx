import type { FlaggedValueDto } from "@circular-atlas/contracts";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiClient } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";

export interface ReviewFormProps {
  value: FlaggedValueDto;
  onReviewed: (reviewed: FlaggedValueDto, decision: "confirm" | "reject") => void;
}

/** A reviewer's confirm or reject of one held value; the comment is required, as the server insists. */
export function ReviewForm({ value, onReviewed }: ReviewFormProps) {
  const { t } = useTranslation();
  const api = useApiClient();
  const id = useId();
  const [comment, setComment] = useState("");
  const [missingComment, setMissingComment] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  async function handleDecision(decision: "confirm" | "reject") {
    setError(undefined);
    if (comment.trim() === "") {
      setMissingComment(true);
      return;
    }
    setMissingComment(false);
    setBusy(true);
    try {
      onReviewed(await api.reviewFlaggedValue(value.versionId, decision, comment.trim()), decision);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="review-form" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={`${id}-comment`}>{t("quality.comment")}</label>
      <textarea
        id={`${id}-comment`}
        value={comment}
        rows={2}
        required
        aria-invalid={missingComment}
        aria-describedby={missingComment ? `${id}-missing` : undefined}
        onChange={(event) => setComment(event.target.value)}
        data-testid="review-comment"
      />
      {missingComment ? (
        <p className="field-error" id={`${id}-missing`} role="alert">
          {t("quality.commentRequired")}
        </p>
      ) : null}
      <div className="review-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => handleDecision("confirm")}
          data-testid="review-confirm"
        >
          {t("quality.confirm")}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => handleDecision("reject")}
          data-testid="review-reject"
        >
          {t("quality.reject")}
        </button>
      </div>
      {error === undefined ? null : <ErrorMessage error={error} />}
    </form>
  );
}
