import { geoConicEqualArea, geoPath } from "d3-geo";
import { useId, useMemo } from "react";
import type { ChoroplethScale } from "./choropleth-scale.ts";
import { mapSize } from "./eco-projection.ts";
import type { MapDatum } from "./map-values.ts";
import type { RegionFeature } from "./region-features.ts";

export interface RegionMapProps {
  regions: readonly RegionFeature[];
  data: ReadonlyMap<string, MapDatum>;
  scale: ChoroplethScale;
  /** "Akmola: 11.5 % in 2020" or "Akmola: no data", for screen readers and the hover title. */
  describe: (area: string) => string;
  /** What the map shows ("… by region, 2020"). */
  label: string;
}

/** A country's regions coloured by value; a region without one is hatched, never coloured as low. */
export function RegionMap({ regions, data, scale, describe, label }: RegionMapProps) {
  const hatchId = `region-no-data-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const shapes = useMemo(() => {
    // Equal-area, fitted to the country: regions compare by area as a choropleth needs.
    const collection = { type: "FeatureCollection" as const, features: [...regions] };
    const [[west, south], [east, north]] = geoPath().bounds(collection);
    const projection = geoConicEqualArea()
      .parallels([south + (north - south) / 6, north - (north - south) / 6])
      .rotate([-(west + east) / 2, 0])
      .fitExtent(
        [
          [12, 12],
          [mapSize.width - 12, mapSize.height - 12],
        ],
        collection,
      );
    const path = geoPath(projection);
    return regions.map((region) => ({ code: region.properties.code, d: path(region) ?? "" }));
  }, [regions]);

  return (
    <svg viewBox={`0 0 ${mapSize.width} ${mapSize.height}`} data-testid="region-map" role="img">
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
      <g className="regions">
        {shapes.map((shape) => {
          const datum = data.get(shape.code);
          return (
            <path
              key={shape.code}
              d={shape.d}
              data-area={shape.code}
              data-value={datum?.exact ?? ""}
              fill={datum ? scale.colorOf(datum.value) : `url(#${hatchId})`}
              className={datum ? "has-data" : "no-data"}
            >
              <title>{describe(shape.code)}</title>
            </path>
          );
        })}
      </g>
    </svg>
  );
}
