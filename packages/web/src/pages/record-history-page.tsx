import type { RecordHistory } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";

/** A value of a snapshot, short enough for a table cell. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value.join(", ");
  return JSON.stringify(value);
}

/** `/knowledge/:id/history`: every version with what it changed (old → new), and the audit trail. */
export function RecordHistoryPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  usePageTitle(t("history.title"));
  const resource = useApiResource(`history:${id}`, (api) => api.getRecordHistory(id));
  return (
    <div className="page history-page">
      <header className="page-header">
        <h1>{t("history.title")}</h1>
        <p>
          <Link to={`/knowledge/${encodeURIComponent(id)}`}>{t("history.back")}</Link>
        </p>
      </header>
      {resource.status === "loading" ? <LoadingSkeleton blocks={3} /> : null}
      {resource.status === "error" ? <ErrorMessage error={resource.error} onRetry={resource.retry} /> : null}
      {resource.status === "ready" ? <HistoryTables history={resource.data} /> : null}
    </div>
  );
}

function HistoryTables({ history }: { history: RecordHistory }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const when = (timestamp: string) =>
    `${formatters.date(timestamp.slice(0, 10))} ${timestamp.slice(11, 16)} UTC`;
  return (
    <>
      <table className="data-table history-table">
        <caption>{t("history.versions")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("history.version")}</th>
            <th scope="col">{t("history.change")}</th>
            <th scope="col">{t("history.who")}</th>
            <th scope="col">{t("history.when")}</th>
            <th scope="col">{t("history.fields")}</th>
          </tr>
        </thead>
        <tbody>
          {[...history.versions].reverse().map((version) => (
            <tr key={version.version} data-version={version.version}>
              <td>{formatters.number(version.version, { decimals: 0 })}</td>
              <td>{t(`history.changeName.${version.change}`, { defaultValue: version.change })}</td>
              <td>{version.changedBy ?? t("history.seed")}</td>
              <td>{when(version.changedAt)}</td>
              <td>
                <ul className="change-list">
                  {version.changes.map((change) => (
                    <li key={change.field} dir="auto">
                      <code>{change.field}</code>: {describeValue(change.before)} →{" "}
                      {describeValue(change.after)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table history-table">
        <caption>{t("history.events")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("history.when")}</th>
            <th scope="col">{t("history.who")}</th>
            <th scope="col">{t("history.action")}</th>
          </tr>
        </thead>
        <tbody>
          {[...history.events].reverse().map((event) => (
            <tr key={event.id}>
              <td>{when(event.occurredAt)}</td>
              <td>{event.actor}</td>
              <td>
                <code>{event.action}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
