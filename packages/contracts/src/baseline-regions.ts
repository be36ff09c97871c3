/**
 * Sub-national regions of the bundled baseline (`regions.json`), where a national statistics
 * office publishes both data and a boundary file for them (Kazakhstan's Open SDG platform). Each
 * region is an area under its country, keyed by the publisher's data code (`KAZ-KZAKM`), with
 * every code the publisher's files use for it (`KZAKM` in REF_AREA, `KZ03` in GeoCode), so an
 * import resolves either. `conflicts` keeps the code pairs the files contradict themselves on.
 */
import { z } from "zod";
import { localizedTextSchema } from "./localized-text.ts";

/** The national-code scheme of a country's map codes (`KAZ:GeoCode`), beside its data codes (`KAZ`). */
export const geoCodeScheme = (country: string): string => `${country}:GeoCode`;

export const baselineRegionSchema = z.object({
  code: z.string().regex(/^[A-Z]{3}-[A-Z0-9]+$/, "<ISO3>-<national code>"),
  parentCode: z.string().regex(/^[A-Z]{3}$/),
  names: localizedTextSchema,
  /** Scheme → code: `{ KAZ: "KZAKM", "KAZ:GeoCode": "KZ03" }`. */
  nationalCodes: z.record(z.string(), z.string()),
  /** The region's name in the boundary file (`kzName`), which may lag a renaming. */
  boundaryName: z.string(),
  /** Rows of the publisher's files that give this pair of codes together, and the files. */
  evidence: z.object({ rows: z.number().int(), files: z.array(z.string()), namesAgree: z.boolean() }),
  sortOrder: z.number().int(),
});
export type BaselineRegion = z.infer<typeof baselineRegionSchema>;

export const baselineRegionConflictSchema = z.object({
  country: z.string(),
  geoCode: z.string(),
  refArea: z.string(),
  rows: z.number().int(),
  files: z.array(z.string()),
});
export type BaselineRegionConflict = z.infer<typeof baselineRegionConflictSchema>;

export const baselineRegionsSchema = z.object({
  regions: z.array(baselineRegionSchema),
  conflicts: z.array(baselineRegionConflictSchema),
});
export type BaselineRegions = z.infer<typeof baselineRegionsSchema>;
