/**
 * `geometry.topo.json`: one TopoJSON object `countries` with the ten members and, for context,
 * every neighbour that reaches into the region's extent, from Natural Earth 1:50m (npm
 * world-atlas). Features are joined on ISO 3166-1 numeric ids (= M49), then simplified and
 * quantized so that a slow connection can afford the map.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import { ecoMemberByM49 } from "../eco-areas.ts";
import { type Bounds, boundsOf, clipPolygonToBounds } from "./clip-to-bounds.ts";

export interface GeometryProperties {
  readonly iso3: string;
  readonly m49: number;
  readonly eco: boolean;
}

export interface GeometryBuild {
  /** The file's text. */
  readonly json: string;
  /** ISO alpha-3 codes of the neighbours kept for context. */
  readonly neighbours: readonly string[];
  /** Names of world-atlas features in the extent left out for having no numeric id. */
  readonly unjoinable: readonly string[];
}

export const worldAtlasFile = "countries-50m.json";
/** The world-atlas release this build and `sources.json` describe; checked against node_modules. */
export const worldAtlasVersion = "2.0.2";

/** Degrees added around the members' bounding box when picking neighbours. */
export const extentMarginDegrees = 2;
/**
 * Minimum spherical triangle area (steradians) a vertex must carry to survive simplification;
 * about 0.5 km² on the Earth's surface, chosen so that the file stays well under 150 KB.
 */
export const minimumVertexWeight = 1.2e-8;
/** Grid of the quantized coordinates: 10,000 steps across the extent (~0.01° at this size). */
export const quantization = 1e4;

export function buildGeometry(): GeometryBuild {
  const require = createRequire(import.meta.url);
  // A CommonJS package whose names Node's ESM loader cannot see, so it is required. It comes
  // with packages/web's dependencies and resolves from the root node_modules.
  const { numericToAlpha3 } = require("i18n-iso-countries") as typeof import("i18n-iso-countries");
  const installed = (require("world-atlas/package.json") as { version: string }).version;
  if (installed !== worldAtlasVersion) {
    throw new Error(`world-atlas ${installed} is installed, the baseline describes ${worldAtlasVersion}`);
  }
  const world = JSON.parse(
    readFileSync(require.resolve(`world-atlas/${worldAtlasFile}`), "utf8"),
  ) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(world, world.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;

  const members = countries.features.filter(
    (country) => ecoMemberByM49(String(country.id ?? "")) !== undefined,
  );
  const extent = grow(boundsOf(members.flatMap(polygonsOf)), extentMarginDegrees);
  const selected: Feature<MultiPolygon, GeometryProperties>[] = [];
  const unjoinable: string[] = [];
  for (const country of countries.features) {
    const member = ecoMemberByM49(String(country.id ?? ""));
    // Members keep every part whole; a neighbour keeps only what lies inside the extent.
    const polygons =
      member !== undefined
        ? polygonsOf(country)
        : polygonsOf(country).flatMap((polygon) => {
            const clipped = clipPolygonToBounds(polygon, extent);
            return clipped === undefined ? [] : [clipped];
          });
    if (polygons.length === 0) continue;
    const iso3 = country.id === undefined ? undefined : numericToAlpha3(String(country.id));
    if (iso3 === undefined) {
      unjoinable.push(country.properties.name);
      continue;
    }
    selected.push({
      type: "Feature",
      properties: { iso3, m49: Number(country.id), eco: member !== undefined },
      geometry: { type: "MultiPolygon", coordinates: polygons },
    });
  }
  selected.sort((left, right) => (left.properties.iso3 < right.properties.iso3 ? -1 : 1));

  // topojson-server types its result with nullable GeoJSON properties; ours are never null.
  const built = topology({
    countries: { type: "FeatureCollection", features: selected } as FeatureCollection,
  }) as Topology<Objects<GeometryProperties>>;
  const simplified = quantize(
    simplify(presimplify(built, sphericalTriangleArea), minimumVertexWeight),
    quantization,
  );
  return {
    json: `${JSON.stringify(simplified)}\n`,
    neighbours: selected
      .filter((country) => !country.properties.eco)
      .map((country) => country.properties.iso3),
    unjoinable: unjoinable.sort(),
  };
}

function polygonsOf(country: Feature<Polygon | MultiPolygon>): Position[][][] {
  return country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
}

function grow([west, south, east, north]: Bounds, margin: number): Bounds {
  return [west - margin, south - margin, east + margin, north + margin];
}
