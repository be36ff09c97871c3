import type { ObservationHistory, ObservationVersion } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";

/** Every published version of a series in one area: the value now and those it replaced. */
export function VersionHistory({ indicator, area }: { indicator: string; area: string }) {
  const { t } = useTranslation();
  const history = useApiResource<ObservationHistory>(`history:${indicator}:${area}`, (api) =>
    api.getObservationHistory({ indicator, area }),
  );
  if (history.status === "loading") return <LoadingSkeleton blocks={1} />;
  if (history.status === "error") return <ErrorMessage error={history.error} onRetry={history.retry} />;
  const versions = history.data.data;
  if (versions.length === 0) return <p className="empty-state">{t("quality.versions.none")}</p>;
  return (
    <div className="table-scroll">
      <table data-testid="version-table">
        <caption>{t("quality.versions.caption", { count: versions.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.year")}</th>
            <th scope="col">{t("quality.breakdown")}</th>
            <th scope="col">{t("quality.versions.version")}</th>
            <th scope="col">{t("table.value")}</th>
            <th scope="col">{t("quality.versions.stateLabel")}</th>
            <th scope="col">{t("quality.versions.publishedOn")}</th>
            <th scope="col">{t("quality.versions.import")}</th>
            <th scope="col">{t("quality.versions.statusNotes")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <VersionRow
              key={`${version.timePeriod}|${dimensionText(version)}|${version.version}`}
              version={version}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function VersionRow({ version }: { version: ObservationVersion }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const stateText =
    version.state === "published"
      ? t("quality.versions.states.published")
      : t(`quality.versions.states.${version.state}`, { date: formatters.date(version.supersededAt ?? "") });
  const importText =
    version.import.kind === "baseline"
      ? t("quality.versions.importBaseline")
      : version.import.kind === "restore"
        ? t("quality.versions.importRestore")
        : t("quality.versions.importFile", {
            name: version.import.fileName ?? "",
            format: version.import.format,
          });
  return (
    <tr data-state={version.state} className={version.state === "published" ? undefined : "superseded-row"}>
      <td dir="ltr">{version.timePeriod}</td>
      <td dir="ltr">{dimensionText(version) || t("common.total")}</td>
      <td className="numeric">{formatters.number(version.version)}</td>
      <td className="numeric" dir="ltr" data-value={version.value}>
        {version.value} {version.unit}
      </td>
      <td>{stateText}</td>
      <td>{version.publishedAt === null ? "" : formatters.date(version.publishedAt)}</td>
      <td>{importText}</td>
      <td>
        <ObservationNotes obsStatus={version.obsStatus} comment={version.comment} />
      </td>
    </tr>
  );
}

/** The SDMX observation status (when not the normal `A`) and the publisher's comment. */
export function ObservationNotes({ obsStatus, comment }: { obsStatus: string; comment: string | null }) {
  const { t } = useTranslation();
  const status = obsStatus === "A" ? "" : t(`quality.obsStatus.${obsStatus}`, { defaultValue: obsStatus });
  return (
    <>
      {status}
      {status !== "" && comment !== null ? " · " : ""}
      {comment}
    </>
  );
}

function dimensionText(version: ObservationVersion): string {
  return Object.entries(version.dimensions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dimension, code]) => `${dimension}=${code}`)
    .join(";");
}
