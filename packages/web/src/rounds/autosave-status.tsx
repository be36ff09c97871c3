import { useTranslation } from "react-i18next";
import { errorMessageKey } from "../components/error-message.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import type { AutosaveState } from "./autosave-machine.ts";

/** Where the answers are, said aloud when it changes (`aria-live`), with the conflict's choices. */
export function AutosaveStatus({
  state,
  onLoadLatest,
  onOverwrite,
}: {
  state: AutosaveState;
  onLoadLatest: () => void;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation();
  const text = {
    saved: t("rounds.autosave.saved"),
    pending: t("rounds.autosave.pending"),
    saving: t("rounds.autosave.saving"),
    offline: t("rounds.autosave.offline"),
    failed: t("rounds.autosave.failed", { reason: t(errorMessageKey(state.error)) }),
    conflict: t("rounds.autosave.conflict", { revision: state.serverRevision ?? 0 }),
  }[state.status];
  return (
    <div className={`autosave-status autosave-${state.status}`}>
      <p role="status" aria-live="polite" data-testid="autosave-status" data-status={state.status}>
        {text}
      </p>
      {state.status === "conflict" ? (
        <div className="conflict-actions">
          <button type="button" className="button" data-testid="load-latest" onClick={onLoadLatest}>
            {t("rounds.autosave.loadLatest")}
          </button>
          <button
            type="button"
            className="button button-secondary"
            data-testid="overwrite"
            onClick={onOverwrite}
          >
            {t("rounds.autosave.overwrite")}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** Offers back the answers a "load the latest" moved aside on this device, as edits to save. */
export function ReplacedAnswers({ keptAt, onRestore }: { keptAt: string; onRestore: () => void }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  return (
    <p className="replaced-answers" data-testid="replaced-answers">
      {t("rounds.autosave.replaced", {
        date: `${formatters.date(keptAt.slice(0, 10))} ${keptAt.slice(11, 16)} UTC`,
      })}{" "}
      <button
        type="button"
        className="button button-secondary"
        data-testid="restore-replaced"
        onClick={onRestore}
      >
        {t("rounds.autosave.restore")}
      </button>
    </p>
  );
}
