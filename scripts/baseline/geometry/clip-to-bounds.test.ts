import { describe, expect, it } from "vitest";
import { boundsOf, clipPolygonToBounds } from "./clip-to-bounds.ts";

describe("clipping polygons to a rectangle", () => {
  const square = [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
  ];

  it("cuts the part outside and keeps the ring closed", () => {
    const clipped = clipPolygonToBounds(square, [2, -1, 10, 10]);
    expect(clipped).toEqual([
      [
        [2, 0],
        [4, 0],
        [4, 4],
        [2, 4],
        [2, 0],
      ],
    ]);
  });

  it("drops a polygon that lies wholly outside", () => {
    expect(clipPolygonToBounds(square, [10, 10, 20, 20])).toBeUndefined();
  });

  it("leaves a polygon inside the rectangle unchanged", () => {
    expect(clipPolygonToBounds(square, [-1, -1, 5, 5])).toEqual(square);
    expect(boundsOf([square])).toEqual([0, 0, 4, 4]);
  });
});
