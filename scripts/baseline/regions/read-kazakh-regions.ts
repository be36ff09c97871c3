/**
 * Kazakhstan's regions from Kazstat's Open SDG data repository (`open-sdg-kazakhstan`): the
 * boundary file `regions.geojson` (features keyed by GeoCode `kzCode`, named by `kzName`), the
 * data CSVs that give GeoCode and REF_AREA in the same row (the evidence of which is which), and
 * the REF_AREA translations (en, ru, kk) that name each region.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type BaselineRegions, geoCodeScheme } from "@circular-atlas/contracts";
import { formatDiagnostic, hasErrors, parseOpenSdgTranslations, readCsv } from "@circular-atlas/formats";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { polygonsOf, type RegionShape } from "./build-region-geometry.ts";
import { type CodePair, deriveCorrespondence } from "./region-code-correspondence.ts";

export const kazakhRegionsFolder = "open-sdg-kazakhstan";
const country = "KAZ";
const languages = ["en", "ru", "kk"] as const;

export interface KazakhRegions {
  readonly regions: BaselineRegions;
  readonly shapes: readonly RegionShape[];
  /** Files read, relative to the dataset folder (for the manifest). */
  readonly files: readonly string[];
}

export function readKazakhRegions(sharedDataDir: string): KazakhRegions {
  const folder = join(sharedDataDir, kazakhRegionsFolder);
  const boundaryFile = JSON.parse(readFileSync(join(folder, "regions.geojson"), "utf8")) as FeatureCollection<
    Polygon | MultiPolygon,
    { kzCode: string; kzName: string }
  >;
  const names = new Map<string, Record<string, string>>();
  for (const language of languages) {
    const file = `translations/${language}/REF_AREA.yml`;
    const parsed = parseOpenSdgTranslations(readFileSync(join(folder, file), "utf8"));
    if (hasErrors(parsed.diagnostics))
      throw new Error(
        `${kazakhRegionsFolder}/${file}: ${parsed.diagnostics.map((d) => formatDiagnostic(d)).join("; ")}`,
      );
    for (const [code, label] of parsed.labels)
      if (label !== "") names.set(code, { ...names.get(code), [language]: label });
  }
  const { pairs, files: pairFiles } = readCodePairs(folder);
  const boundaries = boundaryFile.features.map((feature) => ({
    geoCode: feature.properties.kzCode,
    name: feature.properties.kzName,
  }));
  const derived = deriveCorrespondence(pairs, boundaries, (code) => names.get(code)?.["ru"]);
  const regions = derived.regions.map((region, index) => {
    const regionNames = names.get(region.refArea);
    if (regionNames?.["en"] === undefined)
      throw new Error(`${kazakhRegionsFolder}: REF_AREA ${region.refArea} has no English name`);
    return {
      code: `${country}-${region.refArea}`,
      parentCode: country,
      names: regionNames,
      nationalCodes: { [country]: region.refArea, [geoCodeScheme(country)]: region.geoCode },
      boundaryName: region.boundaryName,
      evidence: { rows: region.rows, files: [...region.files], namesAgree: region.namesAgree },
      sortOrder: 2_000 + index,
    };
  });
  const codeOf = new Map(derived.regions.map((region) => [region.geoCode, `${country}-${region.refArea}`]));
  // Cities after the regions around them (Astana lies inside Akmola), so they are drawn on top.
  const shapes = boundaryFile.features
    .map((feature) => ({
      code: codeOf.get(feature.properties.kzCode) ?? "",
      geoCode: feature.properties.kzCode,
      polygons: polygonsOf(feature.geometry),
      city: feature.properties.kzName.startsWith("г."),
    }))
    .sort((a, b) => Number(a.city) - Number(b.city) || (a.geoCode < b.geoCode ? -1 : 1))
    .map(({ city: _city, ...shape }) => shape);
  return {
    regions: {
      regions,
      conflicts: derived.conflicts.map((conflict) => ({ country, ...conflict, files: [...conflict.files] })),
    },
    shapes,
    files: [
      "regions.geojson",
      ...pairFiles.map((file) => `data/${file}`),
      ...languages.map((language) => `translations/${language}/REF_AREA.yml`),
    ],
  };
}

/** Rows of the data CSVs that name a region by both GeoCode and REF_AREA. */
function readCodePairs(folder: string): { pairs: CodePair[]; files: string[] } {
  const pairs: CodePair[] = [];
  const files: string[] = [];
  for (const file of readdirSync(join(folder, "data")).sort()) {
    if (!file.endsWith(".csv")) continue;
    const { records, diagnostics } = readCsv(readFileSync(join(folder, "data", file), "utf8"));
    const header = records[0]?.cells.map((cell) => cell.trim()) ?? [];
    const geo = header.indexOf("GeoCode");
    const ref = header.indexOf("REF_AREA");
    if (geo === -1 || ref === -1) continue;
    if (hasErrors(diagnostics))
      throw new Error(
        `${kazakhRegionsFolder}/data/${file}: ${diagnostics.map((d) => formatDiagnostic(d)).join("; ")}`,
      );
    files.push(file);
    for (const record of records.slice(1)) {
      const geoCode = (record.cells[geo] ?? "").trim();
      const refArea = (record.cells[ref] ?? "").trim();
      if (geoCode !== "" && refArea !== "") pairs.push({ geoCode, refArea, file });
    }
  }
  return { pairs, files };
}
