/**
 * The committed Kazakh regions (data/baseline/regions.json, regions.topo.json). The first tests
 * read only the committed files; the last reads ../shared/data/open-sdg-kazakhstan and skips
 * where it is absent. Its expected figures were counted independently with Python's csv module
 * over the three files that give GeoCode beside REF_AREA (17-3-1-2, 17-3-1-3, 2-3-1): 498 rows
 * name a region by both, in 42 distinct pairs; the chosen pairs hold 346 of them, the 25 others
 * 152.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { baselineFiles, baselineRegionsSchema } from "@circular-atlas/contracts";
import { geoArea } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { committedBaselineDir, resolveSharedDataDir } from "../shared-data-dir.ts";
import { readKazakhRegions } from "./read-kazakh-regions.ts";

const committed = baselineRegionsSchema.parse(
  JSON.parse(readFileSync(join(committedBaselineDir, baselineFiles.regions), "utf8")),
);
const topology = JSON.parse(
  readFileSync(join(committedBaselineDir, baselineFiles.regionGeometry), "utf8"),
) as Topology<{
  KAZ: GeometryCollection<{ code: string; geoCode: string }>;
}>;

describe("the bundled Kazakh regions", () => {
  it("draws each region of regions.json once, as a shape d3-geo reads the right way round", () => {
    const shapes = feature(topology, topology.objects.KAZ).features;
    expect(shapes.map((shape) => shape.properties.code).sort()).toEqual(
      committed.regions.map((region) => region.code).sort(),
    );
    for (const shape of shapes) {
      // A ring wound the wrong way covers the rest of the globe (area near 4π steradians).
      expect(geoArea(shape), shape.properties.code).toBeLessThan(0.02);
      expect(geoArea(shape), shape.properties.code).toBeGreaterThan(0);
    }
    const codes = committed.regions.map((region) => region.nationalCodes["KAZ:GeoCode"]);
    expect(shapes.map((shape) => shape.properties.geoCode).sort()).toEqual(codes.sort());
  });

  it("keeps the committed boundaries small enough for a slow connection", () => {
    expect(readFileSync(join(committedBaselineDir, baselineFiles.regionGeometry)).length).toBeLessThan(
      40_000,
    );
  });
});

const sharedDataDir = resolveSharedDataDir();
describe.skipIf(!existsSync(join(sharedDataDir, "open-sdg-kazakhstan")))("reading Kazstat's files", () => {
  it("pairs the 17 boundaries with data codes from 346 of 498 rows, and lists the 25 other pairs", () => {
    const { regions } = readKazakhRegions(sharedDataDir);
    expect(regions.regions).toHaveLength(17);
    expect(regions.regions.reduce((sum, region) => sum + region.evidence.rows, 0)).toBe(346);
    expect(regions.conflicts).toHaveLength(25);
    expect(regions.conflicts.reduce((sum, conflict) => sum + conflict.rows, 0)).toBe(152);
    expect(regions.regions.find((region) => region.code === "KAZ-KZAKM")).toMatchObject({
      names: { en: "Akmola", ru: "Акмолинская", kk: "Ақмола" },
      nationalCodes: { KAZ: "KZAKM", "KAZ:GeoCode": "KZ03" },
      boundaryName: "Акмолинская",
      evidence: { rows: 28, namesAgree: true },
    });
  });
});
