/**
 * `regions.topo.json`: one TopoJSON object per country with sub-national boundaries (today
 * `KAZ`, from Kazstat's Open SDG `regions.geojson`), each region keyed by its area code
 * (`KAZ-KZAKM`) and carrying the map code of the boundary file (`KZ03`). Simplified and
 * quantized like the country map, so a slow connection can afford it.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { Objects, Topology } from "topojson-specification";

export interface RegionShape {
  /** The area the region is stored as (`KAZ-KZAKM`). */
  readonly code: string;
  readonly geoCode: string;
  readonly polygons: readonly Position[][][];
}

export interface RegionProperties {
  readonly code: string;
  readonly geoCode: string;
}

/**
 * Minimum spherical triangle area (steradians) a vertex keeps: about 2 km², which leaves the
 * regions recognisable on a map one country wide while the file stays a few tens of KB.
 */
export const regionVertexWeight = 5e-8;
export const regionQuantization = 1e4;

export function buildRegionGeometry(layers: ReadonlyMap<string, readonly RegionShape[]>): string {
  const collections: Record<string, FeatureCollection> = {};
  for (const [country, shapes] of [...layers].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const features: Feature<MultiPolygon, RegionProperties>[] = shapes.map((shape) => ({
      type: "Feature",
      properties: { code: shape.code, geoCode: shape.geoCode },
      geometry: { type: "MultiPolygon", coordinates: shape.polygons.map(rewindPolygon) },
    }));
    collections[country] = { type: "FeatureCollection", features } as FeatureCollection;
  }
  const built = topology(collections) as Topology<Objects<RegionProperties>>;
  const simplified = quantize(
    simplify(presimplify(built, sphericalTriangleArea), regionVertexWeight),
    regionQuantization,
  );
  return `${JSON.stringify(simplified)}\n`;
}

/**
 * d3-geo reads rings on the sphere: an outer ring must run clockwise (as world-atlas's do), or
 * it draws the rest of the globe. The boundary file mixes both windings, so each outer ring is
 * turned clockwise and each hole anticlockwise (planar orientation in degrees is enough for
 * rings this small).
 */
export function rewindPolygon(polygon: readonly Position[][]): Position[][] {
  return polygon.map((ring, index) => {
    const clockwise = signedArea(ring) < 0;
    return clockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let index = 0; index + 1 < ring.length; index++) {
    const [x0 = 0, y0 = 0] = ring[index] ?? [];
    const [x1 = 0, y1 = 0] = ring[index + 1] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}
