import type { ReportingRoundDto } from "@circular-atlas/contracts";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiClient } from "../api/api-context.tsx";
import { ApiError } from "../api/api-error.ts";
import { ErrorMessage } from "../components/error-message.tsx";

interface LintFinding {
  sheet?: string;
  row?: number;
  column?: string | number;
  ruleId?: string;
  severity?: string;
  message?: string;
}

/** Uploads an XLSForm workbook as a round's next questionnaire version; lint errors are listed by cell. */
export function QuestionnaireUpload({
  rounds,
  onUploaded,
}: {
  rounds: readonly ReportingRoundDto[];
  onUploaded: () => void;
}) {
  const { t } = useTranslation();
  const api = useApiClient();
  const id = useId();
  const [roundId, setRoundId] = useState(rounds[0]?.id ?? 0);
  const [file, setFile] = useState<File | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const findings = findingsOf(error);
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (file === undefined) return;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const version = await api.uploadQuestionnaire(roundId, file.name, file);
      setNotice(t("rounds.upload.done", { title: version.title, version: version.version }));
      onUploaded();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="stacked-form questionnaire-upload"
      onSubmit={handleSubmit}
      data-testid="questionnaire-upload"
    >
      <h2>{t("rounds.upload.title")}</h2>
      <label htmlFor={`${id}-round`}>{t("rounds.upload.round")}</label>
      <select id={`${id}-round`} value={roundId} onChange={(event) => setRoundId(Number(event.target.value))}>
        {rounds.map((round) => (
          <option key={round.id} value={round.id}>
            {round.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-file`}>{t("rounds.upload.file")}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => setFile(event.target.files?.[0])}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy || file === undefined}>
          {t("rounds.upload.submit")}
        </button>
      </div>
      {notice === undefined ? null : (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error !== undefined && findings === undefined ? <ErrorMessage error={error} /> : null}
      {findings === undefined ? null : (
        <table className="data-table lint-findings" data-testid="lint-findings">
          <caption>{t("rounds.upload.findings", { count: findings.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("rounds.upload.sheet")}</th>
              <th scope="col">{t("rounds.upload.row")}</th>
              <th scope="col">{t("rounds.upload.column")}</th>
              <th scope="col">{t("rounds.upload.rule")}</th>
              <th scope="col">{t("rounds.upload.message")}</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((finding) => (
              <tr
                key={`${finding.sheet}-${finding.row}-${finding.column}-${finding.ruleId}-${finding.message}`}
                data-severity={finding.severity}
              >
                <td>{finding.sheet ?? ""}</td>
                <td>{finding.row ?? ""}</td>
                <td>{finding.column ?? ""}</td>
                <td>
                  <code>{finding.ruleId ?? ""}</code>
                </td>
                <td dir="ltr">{finding.message ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </form>
  );
}

function findingsOf(error: unknown): LintFinding[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  const findings = (error.details as { findings?: unknown } | null | undefined)?.findings;
  return Array.isArray(findings) ? (findings as LintFinding[]) : undefined;
}
