import type { SearchResult } from "@circular-atlas/contracts";
import { geoPath } from "d3-geo";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { toCountryFeatures } from "../maps/country-features.ts";
import { createEcoProjection, mapSize } from "../maps/eco-projection.ts";

/**
 * Where the matching initiatives are: a dot per initiative on the region's map (the same
 * self-hosted geometry as the home page), each a link to its record. Locations of the bundled
 * records are those of their city.
 */
export function InitiativeMap({ points }: { points: SearchResult["points"] }) {
  const { t } = useTranslation();
  const geometry = useApiResource("geometry", (api) => api.getGeometry());
  const drawing = useMemo(() => {
    if (geometry.status !== "ready") return undefined;
    const features = toCountryFeatures(geometry.data);
    const projection = createEcoProjection(features.members);
    const path = geoPath(projection);
    return {
      countries: [...features.neighbours, ...features.members].map((feature) => ({
        iso3: feature.properties.iso3,
        member: feature.properties.eco,
        d: path(feature) ?? "",
      })),
      dots: points.flatMap((point) => {
        const xy = projection([point.longitude, point.latitude]);
        return xy === null ? [] : [{ id: point.id, x: xy[0], y: xy[1] }];
      }),
    };
  }, [geometry, points]);
  if (drawing === undefined) return null;
  return (
    <figure className="initiative-map">
      <svg
        viewBox={`0 0 ${mapSize.width} ${mapSize.height}`}
        role="img"
        aria-label={t("search.mapLabel", { count: drawing.dots.length })}
      >
        {drawing.countries.map((country) => (
          <path
            key={country.iso3}
            d={country.d}
            className={country.member ? "map-member" : "map-neighbour"}
          />
        ))}
        {drawing.dots.map((dot) => (
          <Link key={dot.id} to={`/knowledge/${encodeURIComponent(dot.id)}`} aria-label={dot.id}>
            <circle cx={dot.x} cy={dot.y} r={7} className="initiative-dot" data-record={dot.id} />
          </Link>
        ))}
      </svg>
      <figcaption>{t("search.mapCaption", { count: drawing.dots.length })}</figcaption>
    </figure>
  );
}
