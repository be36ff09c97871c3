import { geoPath } from "d3-geo";
import { type MouseEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useFormatters } from "../hooks/use-formatters.ts";
import type { ChoroplethScale } from "./choropleth-scale.ts";
import type { CountryFeatures } from "./country-features.ts";
import { createEcoProjection, mapSize } from "./eco-projection.ts";
import type { MapDatum } from "./map-values.ts";

export interface ChoroplethMapProps {
  features: CountryFeatures;
  data: ReadonlyMap<string, MapDatum>;
  scale: ChoroplethScale;
  /** "30.3 tonnes per person": the value with its unit, in the UI language. */
  formatValue: (datum: MapDatum) => string;
  sourceTitle: (sourceId: string) => string;
  /** What the map shows, for screen readers ("DMC per capita, 2019"). */
  label: string;
}

interface ActiveCountry {
  iso3: string;
  /** Tooltip anchor in percent of the drawing, so it follows the SVG as CSS scales it. */
  x: number;
  y: number;
}

/**
 * The ECO member states coloured by value, neighbours in grey for context. Each member is a
 * link to its profile, focusable by keyboard, named with its value for screen readers; hover
 * and focus show the same tooltip. Missing values are hatched, never coloured as low values.
 */
export function ChoroplethMap({
  features,
  data,
  scale,
  formatValue,
  sourceTitle,
  label,
}: ChoroplethMapProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const navigate = useNavigate();
  const hatchId = `no-data-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const [active, setActive] = useState<ActiveCountry | null>(null);

  const shapes = useMemo(() => {
    const path = geoPath(createEcoProjection(features.members));
    const toShape = (feature: (typeof features.members)[number]) => {
      const [x, y] = path.centroid(feature);
      return { iso3: feature.properties.iso3, d: path(feature) ?? "", x, y };
    };
    return { members: features.members.map(toShape), neighbours: features.neighbours.map(toShape) };
  }, [features]);

  function describe(iso3: string): string {
    const datum = data.get(iso3);
    const name = formatters.country(iso3);
    if (!datum) return t("map.countryNoData", { country: name });
    return t("map.countryValue", {
      country: name,
      value: formatValue(datum),
      year: formatters.year(datum.year),
      source: sourceTitle(datum.sourceId),
    });
  }

  function handleCountryEnter(shape: (typeof shapes.members)[number]) {
    setActive({ iso3: shape.iso3, x: (shape.x / mapSize.width) * 100, y: (shape.y / mapSize.height) * 100 });
  }

  function handleCountryClick(event: MouseEvent<Element>, iso3: string) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(`/countries/${iso3}`);
  }

  const activeDatum = active ? data.get(active.iso3) : undefined;
  // The outline of the hovered or focused country is drawn again on top of its neighbours.
  const activeShape = active ? shapes.members.find((shape) => shape.iso3 === active.iso3) : undefined;
  return (
    <div className="choropleth">
      <svg viewBox={`0 0 ${mapSize.width} ${mapSize.height}`} data-testid="choropleth">
        <title>{label}</title>
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="no-data-fill" />
            <line x1="0" y1="0" x2="0" y2="6" className="no-data-hatch" />
          </pattern>
        </defs>
        <g className="neighbours">
          {shapes.neighbours.map((shape) => (
            <path key={shape.iso3} d={shape.d} />
          ))}
        </g>
        <g className="members">
          {shapes.members.map((shape) => {
            const datum = data.get(shape.iso3);
            return (
              <a
                key={shape.iso3}
                href={`/countries/${shape.iso3}`}
                aria-label={describe(shape.iso3)}
                onMouseEnter={() => handleCountryEnter(shape)}
                onFocus={() => handleCountryEnter(shape)}
                onMouseLeave={() => setActive(null)}
                onBlur={() => setActive(null)}
                onClick={(event) => handleCountryClick(event, shape.iso3)}
              >
                <path
                  d={shape.d}
                  data-area={shape.iso3}
                  data-value={datum?.exact ?? ""}
                  fill={datum ? scale.colorOf(datum.value) : `url(#${hatchId})`}
                  className={datum ? "has-data" : "no-data"}
                />
              </a>
            );
          })}
        </g>
        {activeShape ? <path className="highlight" d={activeShape.d} /> : null}
      </svg>
      {active ? (
        // Placed on the country itself (a physical position on the map, so `left` is meant).
        <div
          className="map-tooltip"
          data-testid="map-tooltip"
          aria-hidden="true"
          style={{ left: `${active.x}%`, top: `${active.y}%` }}
        >
          <strong>{formatters.country(active.iso3)}</strong>
          {activeDatum ? (
            <>
              <span data-testid="map-tooltip-value">{formatValue(activeDatum)}</span>
              <span>{t("map.year", { year: formatters.year(activeDatum.year) })}</span>
              <span>{t("map.source", { source: sourceTitle(activeDatum.sourceId) })}</span>
            </>
          ) : (
            <span data-testid="map-tooltip-value">{t("map.noData")}</span>
          )}
          <span className="map-tooltip-hint">{t("map.openProfile")}</span>
        </div>
      ) : null}
    </div>
  );
}
