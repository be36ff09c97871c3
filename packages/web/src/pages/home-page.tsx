import { useTranslation } from "react-i18next";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { MapExplorer } from "../components/map-explorer.tsx";
import { usePageTitle } from "../hooks/use-page-title.ts";

/** `/`: the member states on a map, coloured by a chosen indicator and year. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(null);
  const base = useApiResource("home", (api) =>
    Promise.all([api.getIndicators(), api.getGeometry(), api.getAreas()]),
  );

  return (
    <div className="page home-page">
      <header className="page-header">
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.intro")}</p>
      </header>
      {base.status === "loading" ? <LoadingSkeleton variant="map" blocks={1} /> : null}
      {base.status === "error" ? <ErrorMessage error={base.error} onRetry={base.retry} /> : null}
      {base.status === "ready" ? (
        <MapExplorer indicators={base.data[0].data} topology={base.data[1]} areas={base.data[2]} />
      ) : null}
      <p className="disclaimer" data-testid="map-disclaimer">
        {t("home.disclaimer")}
      </p>
    </div>
  );
}
