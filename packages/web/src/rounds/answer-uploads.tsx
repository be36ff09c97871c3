import type { SubmissionDto } from "@circular-atlas/contracts";
import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiClient } from "../api/api-context.tsx";
import { ApiError } from "../api/api-error.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import type { Autosave } from "./autosave.ts";

/** A located problem of an uploaded file (`details.problems` of the 422). */
interface UploadProblem {
  readonly code?: string;
  readonly message?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string | number;
}

type Outcome =
  | { kind: "done"; fileName: string }
  | { kind: "unsaved" }
  | { kind: "problems"; fileName: string; problems: readonly UploadProblem[] }
  | { kind: "error"; error: unknown };

/**
 * The filled answer workbook and indicator values (CSV, SDMX-CSV, `.xlsx`) sent up as answers.
 * Pending edits are flushed first and the upload is refused while the server lacks any of them,
 * so the file is applied to the revision shown and no edit of this device is lost under it.
 */
export function AnswerUploads({
  submission,
  autosave,
  onUploaded,
}: {
  submission: SubmissionDto;
  autosave: Autosave | undefined;
  onUploaded: (updated: SubmissionDto) => void;
}) {
  const { t } = useTranslation();
  const api = useApiClient();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const { roundId, area } = submission;

  const upload =
    (send: (file: File, baseRevision: number) => Promise<SubmissionDto>) =>
    async (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const file = input.files?.[0];
      if (file === undefined || autosave === undefined) return;
      setBusy(true);
      setOutcome(undefined);
      try {
        const saved = await autosave.flush();
        if (saved.status !== "saved") return setOutcome({ kind: "unsaved" });
        onUploaded(await send(file, saved.revision));
        setOutcome({ kind: "done", fileName: file.name });
      } catch (error) {
        const problems = uploadProblemsOf(error);
        setOutcome(
          problems === undefined
            ? { kind: "error", error }
            : { kind: "problems", fileName: file.name, problems },
        );
      } finally {
        // The same file, corrected, may be chosen again.
        input.value = "";
        setBusy(false);
      }
    };

  return (
    <section className="answer-uploads" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("rounds.uploads.title")}</h2>
      <div className="upload-controls">
        <div className="upload-control">
          <label htmlFor={`${id}-workbook`}>{t("rounds.uploads.workbook")}</label>
          <input
            id={`${id}-workbook`}
            type="file"
            data-testid="upload-answer-workbook"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={upload((file, baseRevision) =>
              api.uploadAnswerWorkbook(roundId, area, baseRevision, file),
            )}
          />
        </div>
        <div className="upload-control">
          <label htmlFor={`${id}-values`}>{t("rounds.uploads.values")}</label>
          <input
            id={`${id}-values`}
            type="file"
            data-testid="upload-indicator-values"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={upload((file, baseRevision) =>
              api.uploadIndicatorValues(roundId, area, baseRevision, file.name, file),
            )}
          />
        </div>
      </div>
      <p className="hint">{t("rounds.uploads.hint")}</p>
      {busy ? <p role="status">{t("rounds.uploads.busy")}</p> : null}
      {outcome?.kind === "done" ? (
        <p className="notice" role="status" data-testid="upload-done">
          {t("rounds.uploads.done", { file: outcome.fileName })}
        </p>
      ) : null}
      {outcome?.kind === "unsaved" ? (
        <p className="field-error" role="alert" data-testid="upload-message">
          {t("rounds.uploads.unsaved")}
        </p>
      ) : null}
      {outcome?.kind === "error" ? <ErrorMessage error={outcome.error} /> : null}
      {outcome?.kind === "problems" ? (
        <UploadProblems fileName={outcome.fileName} problems={outcome.problems} />
      ) : null}
    </section>
  );
}

function UploadProblems({ fileName, problems }: { fileName: string; problems: readonly UploadProblem[] }) {
  const { t } = useTranslation();
  return (
    <table className="data-table upload-problems" data-testid="upload-problems">
      <caption>{t("rounds.uploads.problems", { count: problems.length, file: fileName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("rounds.upload.sheet")}</th>
          <th scope="col">{t("rounds.upload.row")}</th>
          <th scope="col">{t("rounds.upload.column")}</th>
          <th scope="col">{t("rounds.upload.message")}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem, index) => (
          // The same message may come back for several cells; the index keeps rows apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity of their own.
          <tr key={index} data-code={problem.code}>
            <td>{problem.sheet ?? ""}</td>
            <td>{problem.row ?? ""}</td>
            <td>{problem.column ?? ""}</td>
            <td dir="ltr">{problem.message ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function uploadProblemsOf(error: unknown): UploadProblem[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  const problems = (error.details as { problems?: unknown } | null | undefined)?.problems;
  return Array.isArray(problems) ? (problems as UploadProblem[]) : undefined;
}
