/**
 * The `/api/geometry` TopoJSON (one object, `countries`) and its conversion to GeoJSON features
 * for d3-geo. Properties say which country a shape is and whether it is an ECO member; the
 * neighbours are there for context only.
 */
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface CountryProperties {
  iso3: string;
  m49: number;
  eco: boolean;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

export interface CountryFeatures {
  members: CountryFeature[];
  neighbours: CountryFeature[];
}

export function toCountryFeatures(topology: CountriesTopology): CountryFeatures {
  const collection = feature(topology, topology.objects.countries);
  const members: CountryFeature[] = [];
  const neighbours: CountryFeature[] = [];
  for (const shape of collection.features) {
    if (shape.geometry.type !== "Polygon" && shape.geometry.type !== "MultiPolygon") continue;
    const country = shape as CountryFeature;
    (country.properties.eco ? members : neighbours).push(country);
  }
  return { members, neighbours };
}
