import type { XlsForm } from "@circular-atlas/formats";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useApiClient, useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { RequireSignIn } from "../rounds/require-sign-in.tsx";
import { SubmissionWorkspace } from "../rounds/submission-workspace.tsx";

/**
 * `/rounds/:roundId/:area`: one country's answers to a round, as the questionnaire's form with
 * autosave, and the review actions the server allows the signed-in user.
 */
export function SubmissionPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const api = useApiClient();
  const { roundId = "", area = "" } = useParams();
  const round = Number(roundId);
  usePageTitle(t("rounds.submission.title", { country: formatters.country(area) }));
  const resource = useApiResource(`submission:${round}:${area}`, async () => {
    const [reportingRound, submission] = await Promise.all([
      api.getRound(round),
      api.getSubmission(round, area),
    ]);
    const questionnaire = await api.getQuestionnaire(round, submission.questionnaireVersionId ?? undefined);
    return { reportingRound, submission, questionnaire };
  });
  return (
    <RequireSignIn>
      {(user) => (
        <div className="page submission-page">
          <header className="page-header">
            <p>
              <Link to={`/rounds/${round}`}>{t("rounds.submission.back")}</Link>
            </p>
            <h1>{t("rounds.submission.title", { country: formatters.country(area) })}</h1>
            {resource.status === "ready" ? (
              <p className="lead">
                {resource.data.reportingRound.name} ·{" "}
                {t("rounds.submission.due", { date: formatters.date(resource.data.reportingRound.dueDate) })}{" "}
                ·{" "}
                <a href={api.answerWorkbookUrl(round, area)} download>
                  {t("rounds.submission.workbook")}
                </a>
              </p>
            ) : null}
          </header>
          {resource.status === "loading" ? <LoadingSkeleton blocks={4} /> : null}
          {resource.status === "error" ? (
            <ErrorMessage error={resource.error} onRetry={resource.retry} />
          ) : null}
          {resource.status === "ready" ? (
            <SubmissionWorkspace
              key={`${round}:${area}:${user.id}`}
              initial={resource.data.submission}
              form={resource.data.questionnaire.form as unknown as XlsForm}
              userId={user.id}
            />
          ) : null}
        </div>
      )}
    </RequireSignIn>
  );
}
