import type { ReportingRoundDto } from "@circular-atlas/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { NewRoundForm } from "../rounds/new-round-form.tsx";
import { QuestionnaireUpload } from "../rounds/questionnaire-upload.tsx";
import { RequireSignIn } from "../rounds/require-sign-in.tsx";

/** `/rounds`: the mapping exercise's reporting rounds; reviewers and admins open new ones. */
export function RoundsPage() {
  const { t } = useTranslation();
  usePageTitle(t("rounds.list.title"));
  return (
    <RequireSignIn>
      {(user) => <RoundList canManage={user.role === "reviewer" || user.role === "admin"} />}
    </RequireSignIn>
  );
}

function RoundList({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const [reloads, setReloads] = useState(0);
  const resource = useApiResource(`rounds:${reloads}`, (api) => api.listRounds());
  const reload = () => setReloads((count) => count + 1);
  return (
    <div className="page rounds-page">
      <h1>{t("rounds.list.title")}</h1>
      <p className="lead">{t("rounds.list.intro")}</p>
      {resource.status === "loading" ? <LoadingSkeleton blocks={3} /> : null}
      {resource.status === "error" ? <ErrorMessage error={resource.error} onRetry={resource.retry} /> : null}
      {resource.status === "ready" ? (
        resource.data.data.length === 0 ? (
          <p data-testid="no-rounds">{t("rounds.list.none")}</p>
        ) : (
          <table className="data-table rounds-table" data-testid="rounds-table">
            <thead>
              <tr>
                <th scope="col">{t("rounds.list.name")}</th>
                <th scope="col">{t("rounds.list.period")}</th>
                <th scope="col">{t("rounds.list.due")}</th>
                <th scope="col">{t("rounds.list.lock")}</th>
                <th scope="col">{t("rounds.list.questionnaire")}</th>
              </tr>
            </thead>
            <tbody>
              {resource.data.data.map((round) => (
                <tr key={round.id} data-round={round.id}>
                  <th scope="row">
                    <Link to={`/rounds/${round.id}`}>{round.name}</Link>
                  </th>
                  <td>{round.period}</td>
                  <td>{formatters.date(round.dueDate)}</td>
                  <td>{formatters.date(round.lockDate)}</td>
                  <td>{questionnaireOf(round) ?? t("rounds.list.noQuestionnaire")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      {canManage ? (
        <>
          <NewRoundForm onCreated={reload} />
          {resource.status === "ready" && resource.data.data.length > 0 ? (
            <QuestionnaireUpload rounds={resource.data.data} onUploaded={reload} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function questionnaireOf(round: ReportingRoundDto): string | undefined {
  const current = round.questionnaires.at(-1);
  return current === undefined ? undefined : `${current.title} (${current.version})`;
}
