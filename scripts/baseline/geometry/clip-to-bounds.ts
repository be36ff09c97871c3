/**
 * Clips polygons to a longitude/latitude rectangle (Sutherland–Hodgman, one rectangle edge at a
 * time), so that a neighbour such as Russia or China brings only the part the regional map
 * shows. Planar in degrees, which is exact for a rectangle in plate carrée coordinates.
 */
import type { Position } from "geojson";

export type Bounds = readonly [west: number, south: number, east: number, north: number];

/** The polygon's rings clipped to the bounds; `undefined` when its outer ring falls outside. */
export function clipPolygonToBounds(
  polygon: readonly Position[][],
  bounds: Bounds,
): Position[][] | undefined {
  const [outerRing, ...holes] = polygon;
  const outer = outerRing === undefined ? [] : clipRing(outerRing, bounds);
  if (outer.length < 4) return undefined;
  return [outer, ...holes.map((hole) => clipRing(hole, bounds)).filter((hole) => hole.length >= 4)];
}

/** Bounding box of some polygons. */
export function boundsOf(polygons: readonly (readonly Position[][])[]): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [longitude = 0, latitude = 0] of polygons.flat(2)) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  return [west, south, east, north];
}

type Inside = (point: Position) => boolean;
type Cross = (from: Position, to: Position) => Position;

function clipRing(ring: readonly Position[], [west, south, east, north]: Bounds): Position[] {
  const at = (from: Position, to: Position, share: number): Position => [
    lerp(from[0], to[0], share),
    lerp(from[1], to[1], share),
  ];
  const edges: readonly [Inside, Cross][] = [
    [(point) => x(point) >= west, (from, to) => at(from, to, (west - x(from)) / (x(to) - x(from)))],
    [(point) => x(point) <= east, (from, to) => at(from, to, (east - x(from)) / (x(to) - x(from)))],
    [(point) => y(point) >= south, (from, to) => at(from, to, (south - y(from)) / (y(to) - y(from)))],
    [(point) => y(point) <= north, (from, to) => at(from, to, (north - y(from)) / (y(to) - y(from)))],
  ];
  // Work on the open ring (without the closing point) and close it again at the end.
  let points = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    const clipped: Position[] = [];
    points.forEach((current, index) => {
      const previous = points[(index + points.length - 1) % points.length] ?? current;
      if (inside(current)) {
        if (!inside(previous)) clipped.push(cross(previous, current));
        clipped.push(current);
      } else if (inside(previous)) {
        clipped.push(cross(previous, current));
      }
    });
    points = clipped;
  }
  const [first] = points;
  return first === undefined ? [] : [...points, first];
}

function x(point: Position): number {
  return point[0] ?? 0;
}

function y(point: Position): number {
  return point[1] ?? 0;
}

function lerp(from: number | undefined, to: number | undefined, share: number): number {
  return (from ?? 0) + ((to ?? 0) - (from ?? 0)) * share;
}
