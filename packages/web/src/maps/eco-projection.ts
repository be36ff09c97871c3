import { type GeoProjection, geoConicEqualArea } from "d3-geo";
import type { CountryFeature } from "./country-features.ts";

export interface MapSize {
  width: number;
  height: number;
}

/** The drawing size of every map, in SVG user units; CSS scales it to the container. */
export const mapSize: MapSize = { width: 960, height: 560 };

/**
 * An equal-area conic projection centred on the ECO region and fitted to the member states, so
 * that a choropleth's areas compare fairly (Albers-style standard parallels at 30° and 48° N
 * bracket the region, from the Arabian Sea to northern Kazakhstan).
 */
export function createEcoProjection(
  members: readonly CountryFeature[],
  size: MapSize = mapSize,
): GeoProjection {
  const padding = 12;
  return geoConicEqualArea()
    .parallels([30, 48])
    .rotate([-60, 0])
    .fitExtent(
      [
        [padding, padding],
        [size.width - padding, size.height - padding],
      ],
      { type: "FeatureCollection", features: [...members] },
    );
}
