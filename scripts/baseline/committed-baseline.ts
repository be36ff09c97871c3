/**
 * Reads a built baseline folder back (the committed `data/baseline/` by default) for the tests:
 * JSON files parsed with the contract schemas, observations as header-keyed records.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  baselineAreaSchema,
  baselineDimensionCodeSchema,
  baselineFiles,
  baselineFrameworkSchema,
  baselineIndicatorSchema,
  baselineManifestSchema,
  baselineSourceSchema,
} from "@circular-atlas/contracts";
import { readCsv } from "@circular-atlas/formats";
import { committedBaselineDir } from "./shared-data-dir.ts";

export type ObservationRecord = Readonly<Record<string, string>>;

export function readBaselineFolder(folder: string = committedBaselineDir) {
  const text = (name: string) => readFileSync(join(folder, name), "utf8");
  const json = (name: string): unknown => JSON.parse(text(name));
  const { records } = readCsv(text(baselineFiles.observations));
  const [header, ...rows] = records;
  const columns = header?.cells ?? [];
  return {
    folder,
    text,
    manifest: baselineManifestSchema.parse(json(baselineFiles.manifest)),
    areas: baselineAreaSchema.array().parse(json(baselineFiles.areas)),
    sources: baselineSourceSchema.array().parse(json(baselineFiles.sources)),
    indicators: baselineIndicatorSchema.array().parse(json(baselineFiles.indicators)),
    dimensionCodes: baselineDimensionCodeSchema.array().parse(json(baselineFiles.dimensionCodes)),
    frameworks: baselineFrameworkSchema.array().parse(json(baselineFiles.frameworks)),
    geometry: json(baselineFiles.geometry),
    observationColumns: columns,
    observations: rows.map(
      (row): ObservationRecord =>
        Object.fromEntries(columns.map((column, index) => [column, row.cells[index] ?? ""])),
    ),
  };
}

/** The one observation with this key, or `undefined`. */
export function findObservation(
  observations: readonly ObservationRecord[],
  key: { indicator: string; area: string; timePeriod: string; dimensions?: string },
): ObservationRecord | undefined {
  return observations.find(
    (row) =>
      row["indicator"] === key.indicator &&
      row["area"] === key.area &&
      row["time_period"] === key.timePeriod &&
      row["dimensions"] === (key.dimensions ?? ""),
  );
}
