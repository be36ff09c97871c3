import type { CountriesTopology } from "../maps/country-features.ts";

/**
 * Rectangles roughly where each country lies (longitude and latitude bounds), enough for the
 * projection to fit and the map to draw one path per country. Rings run clockwise, as d3-geo
 * expects of a polygon's exterior on the sphere.
 */
const boxes: [iso3: string, m49: number, eco: boolean, bounds: [number, number, number, number]][] = [
  ["TUR", 792, true, [26, 36, 45, 42]],
  ["AZE", 31, true, [45, 38.5, 50.5, 42]],
  ["IRN", 364, true, [44, 25, 63, 38.5]],
  ["TKM", 795, true, [52.5, 38.6, 66.5, 42.5]],
  ["UZB", 860, true, [56, 42.6, 73, 45.5]],
  ["KAZ", 398, true, [46.5, 45.6, 87, 55.5]],
  ["KGZ", 417, true, [73.1, 39, 80, 43]],
  ["TJK", 762, true, [67.5, 36.5, 73, 38.5]],
  ["AFG", 4, true, [60.5, 29.5, 75, 36.4]],
  ["PAK", 586, true, [61, 23.5, 77.5, 29.4]],
  ["RUS", 643, false, [30, 55.6, 90, 70]],
  ["CHN", 156, false, [80, 20, 100, 45]],
];

export const fixtureGeometry: CountriesTopology = {
  type: "Topology",
  arcs: boxes.map(([, , , [west, south, east, north]]) => [
    [west, south],
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ]),
  objects: {
    countries: {
      type: "GeometryCollection",
      geometries: boxes.map(([iso3, m49, eco], index) => ({
        type: "Polygon",
        arcs: [[index]],
        properties: { iso3, m49, eco },
      })),
    },
  },
};
