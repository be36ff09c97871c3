import type { DimensionCode, IndicatorDetail, ObservationList } from "@circular-atlas/contracts";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { IndicatorTable } from "../components/indicator-table.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { VersionHistory } from "./version-history.tsx";

export interface IndicatorVersionsProps {
  detail: IndicatorDetail;
  /** The values published now; their areas are the ones offered. */
  observations: ObservationList;
}

/**
 * The indicator page's history: for a chosen country, every published version of its values
 * (superseded and withdrawn ones too, with the import that brought each), and the whole table as
 * it was published on a chosen date.
 */
export function IndicatorVersions({ detail, observations }: IndicatorVersionsProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const id = useId();
  const areas = [...new Set(observations.data.map((observation) => observation.area))].sort();
  const [area, setArea] = useState("");
  const [asOf, setAsOf] = useState("");
  return (
    <section aria-labelledby="versions" className="indicator-versions">
      <h2 id="versions">{t("quality.versions.title")}</h2>
      <div className="controls">
        <div className="field">
          <label htmlFor={`${id}-area`}>{t("quality.filter.area")}</label>
          <select
            id={`${id}-area`}
            value={area}
            onChange={(event) => setArea(event.target.value)}
            data-testid="history-area"
          >
            <option value="">{t("quality.versions.choose")}</option>
            {areas.map((code) => (
              <option key={code} value={code}>
                {formatters.country(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-as-of`}>{t("quality.versions.asPublishedOn")}</label>
          <input
            id={`${id}-as-of`}
            type="date"
            value={asOf}
            onChange={(event) => setAsOf(event.target.value)}
            data-testid="as-of-date"
          />
        </div>
      </div>
      {area === "" ? null : <VersionHistory indicator={detail.data.code} area={area} />}
      {/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? (
        <AsPublishedTable detail={detail} asOf={asOf} dimensionCodes={detail.dimensionCodes} />
      ) : null}
    </section>
  );
}

function AsPublishedTable({
  detail,
  asOf,
  dimensionCodes,
}: {
  detail: IndicatorDetail;
  asOf: string;
  dimensionCodes: readonly DimensionCode[];
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const code = detail.data.code;
  const then = useApiResource(`as-of:${code}:${asOf}`, (api) =>
    api.getObservations({ indicator: [code], breakdown: "all", asOf }),
  );
  if (then.status === "loading") return <LoadingSkeleton blocks={1} />;
  if (then.status === "error") return <ErrorMessage error={then.error} onRetry={then.retry} />;
  return (
    <div data-testid="as-published" data-as-of={asOf}>
      <h3>{t("quality.versions.asPublishedCaption", { date: formatters.date(asOf) })}</h3>
      {then.data.data.length === 0 ? (
        <p className="empty-state">
          {t("quality.versions.asPublishedNone", { date: formatters.date(asOf) })}
        </p>
      ) : (
        <IndicatorTable indicator={detail.data} observations={then.data} dimensionCodes={dimensionCodes} />
      )}
    </div>
  );
}
