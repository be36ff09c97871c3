/**
 * The build as one pipeline: read each dataset → derive → check → serialise → hash → describe.
 * Returns every output file as text (name → content) and writes nothing, so a test can build
 * into memory or a temporary folder and compare with the committed files.
 */
import {
  baselineAreaSchema,
  baselineDimensionCodeSchema,
  baselineFiles,
  baselineFrameworkSchema,
  baselineIndicatorSchema,
  baselineRegionsSchema,
  baselineSourceSchema,
} from "@circular-atlas/contracts";
import { buildManifest } from "./baseline-manifest.ts";
import { compareCodeUnits, sortObservations, toObservationsCsv } from "./baseline-observation.ts";
import { baselineSources } from "./baseline-sources.ts";
import { dimensionCodes } from "./catalogue/dimension-codes.ts";
import { checkFrameworks } from "./catalogue/frameworks/check-frameworks.ts";
import { frameworkCatalogue } from "./catalogue/frameworks/framework-catalogue.ts";
import { indicatorCatalogue } from "./catalogue/indicator-catalogue.ts";
import { checkObservations } from "./check-observations.ts";
import { deriveGdpPpp } from "./derivations/derive-gdp-ppp.ts";
import { deriveMswPerCapita } from "./derivations/derive-msw-per-capita.ts";
import { buildAreas } from "./eco-areas.ts";
import { buildGeometry, worldAtlasFile, worldAtlasVersion } from "./geometry/build-geometry.ts";
import { readCdiac } from "./readers/read-cdiac.ts";
import { readOwidCo2 } from "./readers/read-owid-co2.ts";
import { readPopulation } from "./readers/read-population.ts";
import { readUnSdgDdf } from "./readers/read-un-sdg-ddf.ts";
import { readWhatAWaste } from "./readers/read-what-a-waste.ts";
import { readWorldDevelopmentIndicators } from "./readers/read-world-development-indicators.ts";
import { renderReadme } from "./readme/render-readme.ts";
import { buildRegionGeometry } from "./regions/build-region-geometry.ts";
import { kazakhRegionsFolder, readKazakhRegions } from "./regions/read-kazakh-regions.ts";
import type { DataIssue } from "./source-reading.ts";

export const readmeFile = "README.md";

export interface AssembledBaseline {
  /** Output file name → content: the `baselineFiles` and the README. */
  readonly files: ReadonlyMap<string, string>;
  readonly issues: readonly DataIssue[];
}

export function assembleBaseline(sharedDataDir: string): AssembledBaseline {
  const readings = [
    readPopulation,
    readWorldDevelopmentIndicators,
    readUnSdgDdf,
    readWhatAWaste,
    readCdiac,
    readOwidCo2,
  ].map((read) => read(sharedDataDir));
  const published = readings.flatMap((reading) => reading.observations);
  const observations = sortObservations([
    ...published,
    ...deriveGdpPpp(published),
    ...deriveMswPerCapita(published),
  ]);

  const areas = baselineAreaSchema.array().parse(buildAreas());
  const sources = baselineSourceSchema
    .array()
    .parse([...baselineSources].sort((left, right) => compareCodeUnits(left.id, right.id)));
  const indicators = baselineIndicatorSchema.array().parse(indicatorCatalogue);
  const codes = baselineDimensionCodeSchema.array().parse(dimensionCodes);
  checkObservations(observations, { areas, sources, indicators, dimensionCodes: codes });
  const frameworks = baselineFrameworkSchema.array().parse(frameworkCatalogue);
  checkFrameworks(frameworks, indicators);
  const geometry = buildGeometry();
  const kazakhRegions = readKazakhRegions(sharedDataDir);
  const regionGeometry = buildRegionGeometry(new Map([["KAZ", kazakhRegions.shapes]]));

  const dataFiles = new Map<string, string>([
    [baselineFiles.areas, toJson(areas)],
    [baselineFiles.sources, toJson(sources)],
    [baselineFiles.indicators, toJson(indicators)],
    [baselineFiles.dimensionCodes, toJson(codes)],
    [baselineFiles.frameworks, toJson(frameworks)],
    [baselineFiles.observations, toObservationsCsv(observations)],
    [baselineFiles.geometry, geometry.json],
    [baselineFiles.regions, toJson(baselineRegionsSchema.parse(kazakhRegions.regions))],
    [baselineFiles.regionGeometry, regionGeometry],
  ]);
  const manifest = buildManifest(
    dataFiles,
    [
      ...readings.map(({ sourceId, folder, files }) => ({ sourceId, folder, files: [...files] })),
      {
        sourceId: "natural-earth-world-atlas",
        folder: `npm:world-atlas@${worldAtlasVersion}`,
        files: [worldAtlasFile],
      },
      { sourceId: kazakhRegionsFolder, folder: kazakhRegionsFolder, files: [...kazakhRegions.files] },
    ],
    {
      areas: areas.length,
      sources: sources.length,
      indicators: indicators.length,
      dimensionCodes: codes.length,
      frameworks: frameworks.length,
      observations: observations.length,
    },
  );
  const files = new Map([[baselineFiles.manifest, toJson(manifest)], ...dataFiles]);
  const issues = readings.flatMap((reading) => reading.issues);
  const readme = renderReadme({
    manifest,
    fileSizes: new Map([...files].map(([name, content]) => [name, Buffer.byteLength(content)])),
    areas,
    sources,
    indicators,
    observations,
    issues,
    geometry,
    regions: kazakhRegions.regions,
  });
  return { files: new Map([...files, [readmeFile, readme]]), issues };
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
