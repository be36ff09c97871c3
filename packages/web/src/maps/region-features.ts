/**
 * The `/api/geometry/regions` TopoJSON: one object per country with a boundary layer (`KAZ`),
 * each region keyed by the area its observations are stored under (`KAZ-KZAKM`).
 */
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface RegionProperties {
  /** The area code (`KAZ-KZAKM`). */
  code: string;
  /** The boundary file's own code (`KZ03`). */
  geoCode: string;
}

export type RegionsTopology = Topology<Record<string, GeometryCollection<RegionProperties>>>;
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;

/** The regions of one country, or none when no boundary layer was supplied for it. */
export function toRegionFeatures(topology: RegionsTopology, country: string): RegionFeature[] {
  const layer = topology.objects[country];
  if (layer === undefined) return [];
  return feature(topology, layer).features.filter(
    (shape): shape is RegionFeature =>
      shape.geometry.type === "Polygon" || shape.geometry.type === "MultiPolygon",
  );
}
