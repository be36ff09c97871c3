import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { LocalizedName, useLocalizedLabel } from "./localized-name.tsx";

/**
 * The framework indicators a series stands for, as a term and its description inside the
 * indicator page's facts; each links to that framework's coverage matrix. Shows nothing until
 * loaded, or when the series belongs to no framework.
 */
export function IndicatorFrameworks({ code }: { code: string }) {
  const { t } = useTranslation();
  const label = useLocalizedLabel();
  const resource = useApiResource(`series-frameworks:${code}`, (api) => api.getSeriesFrameworks(code));
  if (resource.status !== "ready" || resource.data.data.length === 0) return null;
  return (
    <>
      <dt>{t("indicator.frameworks")}</dt>
      <dd>
        <ul className="indicator-frameworks">
          {resource.data.data.map((entry) => (
            <li key={`${entry.framework}:${entry.code}`} data-framework={entry.framework}>
              <Link to={`/coverage?framework=${encodeURIComponent(entry.framework)}`}>
                {label(entry.frameworkNames)}
              </Link>
              {": "}
              <span dir="ltr">{entry.code}</span> <LocalizedName text={entry.names} /> (
              {t(`coverage.relation.${entry.relation}`)})
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
