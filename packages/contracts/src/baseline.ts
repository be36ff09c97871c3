/**
 * The bundled baseline (`data/baseline/`): the files `npm run build:baseline` writes from the
 * shared public datasets and `loadBaseline` reads into the database. Every observation names its
 * source, original code and, when computed, its derivation.
 */
import { z } from "zod";
import { areaLevelSchema } from "./area.ts";
import { localizedTextSchema } from "./localized-text.ts";
import { sourceSchema } from "./source.ts";

export const baselineFiles = {
  manifest: "manifest.json",
  areas: "areas.json",
  sources: "sources.json",
  indicators: "indicators.json",
  dimensionCodes: "dimension-codes.json",
  frameworks: "frameworks.json",
  observations: "observations.csv",
  geometry: "geometry.topo.json",
  /** Sub-national regions with every code their publisher uses (see baseline-regions.ts). */
  regions: "regions.json",
  /** Their boundaries: one TopoJSON object per country (`KAZ`). */
  regionGeometry: "regions.topo.json",
} as const;

export const baselineAreaSchema = z.object({
  code: z.string().regex(/^[A-Z]{3}$/),
  m49: z.number().int().nullable(),
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  level: areaLevelSchema,
  parentCode: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type BaselineArea = z.infer<typeof baselineAreaSchema>;

export const baselineSourceSchema = sourceSchema;
export type BaselineSource = z.infer<typeof baselineSourceSchema>;

export const baselineIndicatorSchema = z.object({
  code: z.string().regex(/^[A-Z0-9._]+$/, "upper-case series code"),
  names: localizedTextSchema,
  descriptions: localizedTextSchema,
  topic: z.string(),
  unit: z.string(),
  unitLabels: localizedTextSchema,
  decimals: z.number().int().min(0).max(6),
  dimensions: z.array(z.string()),
  sdgIndicators: z.array(z.string()),
  defaultSourceId: z.string().nullable(),
  derivation: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type BaselineIndicator = z.infer<typeof baselineIndicatorSchema>;

export const baselineDimensionCodeSchema = z.object({
  dimension: z.string(),
  code: z.string(),
  names: localizedTextSchema,
  parentCode: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type BaselineDimensionCode = z.infer<typeof baselineDimensionCodeSchema>;

export const baselineManifestSchema = z.object({
  /** SHA-256 over the other baseline files; changes whenever their content does. */
  version: z.string(),
  datasets: z.array(z.object({ sourceId: z.string(), folder: z.string(), files: z.array(z.string()) })),
  counts: z.object({
    areas: z.number().int(),
    sources: z.number().int(),
    indicators: z.number().int(),
    dimensionCodes: z.number().int(),
    frameworks: z.number().int(),
    observations: z.number().int(),
  }),
});
export type BaselineManifest = z.infer<typeof baselineManifestSchema>;

/**
 * Columns of `observations.csv`, in order. `dimensions` is `DIM=CODE;DIM=CODE` (empty for the
 * total); `value` is the exact decimal string; empty optional cells mean "not given".
 */
export const baselineObservationColumns = [
  "indicator",
  "area",
  "time_period",
  "dimensions",
  "value",
  "unit",
  "unit_mult",
  "obs_status",
  "nature",
  "source",
  "source_detail",
  "original_code",
  "derivation",
  "comment",
] as const;
