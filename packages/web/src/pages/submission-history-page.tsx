import type { SubmissionEventDto } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { QualityFlagList, qualityFlagsOf } from "../rounds/quality-flag-list.tsx";
import { RequireSignIn } from "../rounds/require-sign-in.tsx";

/** `/rounds/:roundId/:area/history[?question=]`: every answer change, state change and comment. */
export function SubmissionHistoryPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const { roundId = "", area = "" } = useParams();
  const [params] = useSearchParams();
  const question = params.get("question") ?? undefined;
  usePageTitle(t("rounds.history.title", { country: formatters.country(area) }));
  const resource = useApiResource(`submission-events:${roundId}:${area}:${question ?? ""}`, (api) =>
    api.getSubmissionEvents(Number(roundId), area, question),
  );
  const base = `/rounds/${roundId}/${area}`;
  return (
    <RequireSignIn>
      {() => (
        <div className="page history-page submission-history-page">
          <header className="page-header">
            <h1>{t("rounds.history.title", { country: formatters.country(area) })}</h1>
            <p>
              <Link to={base}>{t("rounds.history.back")}</Link>
            </p>
            {question === undefined ? null : (
              <p data-testid="history-filter">
                {t("rounds.history.filtered")} <code dir="ltr">{question}</code> ·{" "}
                <Link to={`${base}/history`}>{t("rounds.history.all")}</Link>
              </p>
            )}
          </header>
          {resource.status === "loading" ? <LoadingSkeleton blocks={3} /> : null}
          {resource.status === "error" ? (
            <ErrorMessage error={resource.error} onRetry={resource.retry} />
          ) : null}
          {resource.status === "ready" ? <EventTable events={resource.data.data} base={base} /> : null}
        </div>
      )}
    </RequireSignIn>
  );
}

function EventTable({ events, base }: { events: readonly SubmissionEventDto[]; base: string }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  if (events.length === 0) return <p data-testid="no-events">{t("rounds.history.none")}</p>;
  const when = (timestamp: string) =>
    `${formatters.date(timestamp.slice(0, 10))} ${timestamp.slice(11, 16)} UTC`;
  return (
    <table className="data-table history-table" data-testid="history-table">
      <thead>
        <tr>
          <th scope="col">{t("rounds.history.when")}</th>
          <th scope="col">{t("rounds.history.who")}</th>
          <th scope="col">{t("rounds.history.revision")}</th>
          <th scope="col">{t("rounds.history.question")}</th>
          <th scope="col">{t("rounds.history.change")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} data-kind={event.kind} data-question={event.question ?? undefined}>
            <td>{when(event.at)}</td>
            <td dir="auto">{event.by}</td>
            <td>{formatters.number(event.revision, { decimals: 0 })}</td>
            <td>
              {event.question === null ? (
                "—"
              ) : (
                <Link to={`${base}/history?${new URLSearchParams({ question: event.question })}`}>
                  <code dir="ltr">{event.question}</code>
                </Link>
              )}
            </td>
            <td dir="auto">
              <EventChange event={event} base={base} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EventChange({ event, base }: { event: SubmissionEventDto; base: string }) {
  const { t } = useTranslation();
  if (event.kind === "answer")
    return (
      <>
        <span className="before">{describe(event.before, t("rounds.history.empty"))}</span> →{" "}
        <span className="after">{describe(event.after, t("rounds.history.empty"))}</span>
      </>
    );
  if (event.kind === "comment") return <>{t("rounds.history.comment", { comment: event.comment ?? "" })}</>;
  // Findings that did not block a submit are recorded on its state event.
  const flags = qualityFlagsOf(event.after);
  const state = (name: string | null) => {
    const [base = "", endorsed] = (name ?? "").split("+");
    const label = t(`rounds.state.${base}`, { defaultValue: base });
    return endorsed === undefined ? label : t("rounds.history.endorsed", { state: label });
  };
  return (
    <>
      {state(event.fromState)} → {state(event.toState)}
      {event.comment === null ? null : <> ({event.comment})</>}
      {flags.length === 0 ? null : (
        <QualityFlagList
          title={t("rounds.quality.recorded", { count: flags.length })}
          flags={flags}
          question={(path) => (
            <Link to={`${base}/history?${new URLSearchParams({ question: path })}`}>
              <code dir="ltr">{path}</code>
            </Link>
          )}
        />
      )}
    </>
  );
}

/** An answer as stored (the server wraps it as `{ value }` so that "2013" stays text). */
function describe(value: unknown, empty: string): string {
  const unwrapped =
    typeof value === "object" && value !== null && !Array.isArray(value) && "value" in value
      ? (value as { value: unknown }).value
      : value;
  if (unwrapped === null || unwrapped === undefined || unwrapped === "") return empty;
  return typeof unwrapped === "string" ? unwrapped : JSON.stringify(unwrapped);
}
