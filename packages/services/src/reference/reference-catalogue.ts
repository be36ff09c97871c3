/**
 * Areas, indicators (with coverage) and sources, read once per data version: they change only
 * when data are loaded, and every request needs them to validate codes.
 */
import type { Area, DimensionCode, Indicator, Source } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  appStateKeys,
  indicatorCoverage,
  listAreas,
  listDimensionCodes,
  listIndicators,
  listSources,
  readAppState,
} from "@circular-atlas/database";
import { toArea, toDimensionCode, toIndicator, toSource } from "./to-dto.ts";

export interface ReferenceCatalogue {
  readonly dataVersion: string;
  readonly areas: readonly Area[];
  readonly areasByCode: ReadonlyMap<string, Area>;
  readonly indicators: readonly Indicator[];
  readonly indicatorsByCode: ReadonlyMap<string, Indicator>;
  readonly dimensionCodes: readonly DimensionCode[];
  readonly sources: readonly Source[];
  readonly sourcesById: ReadonlyMap<string, Source>;
}

const catalogues = new WeakMap<AtlasDatabase, { catalogue: ReferenceCatalogue; checkedAt: number }>();

/** How long a catalogue is trusted before the data version is read again (other processes may write). */
const recheckAfterMs = 1_000;

export async function readDataVersion(db: AtlasDatabase): Promise<string> {
  return (await readAppState(db, appStateKeys.dataVersion)) ?? "0";
}

export async function referenceCatalogue(
  db: AtlasDatabase,
  now: () => number = Date.now,
): Promise<ReferenceCatalogue> {
  const cached = catalogues.get(db);
  if (cached !== undefined && now() - cached.checkedAt < recheckAfterMs) return cached.catalogue;
  const dataVersion = await readDataVersion(db);
  if (cached !== undefined && cached.catalogue.dataVersion === dataVersion) {
    catalogues.set(db, { catalogue: cached.catalogue, checkedAt: now() });
    return cached.catalogue;
  }
  // One after the other: imports read the catalogue inside their transaction, one connection
  // that takes one query at a time (pg 9 refuses more); it is read once per data version.
  const areaRows = await listAreas(db);
  const indicatorRows = await listIndicators(db);
  const codeRows = await listDimensionCodes(db);
  const sourceRows = await listSources(db);
  const coverage = await indicatorCoverage(db);
  const areas = areaRows.map(toArea);
  const indicators = indicatorRows.map((row) => toIndicator(row, coverage.get(row.code)));
  const sources = sourceRows.map(toSource);
  const catalogue: ReferenceCatalogue = {
    dataVersion,
    areas,
    areasByCode: new Map(areas.map((area) => [area.code, area])),
    indicators,
    indicatorsByCode: new Map(indicators.map((indicator) => [indicator.code, indicator])),
    dimensionCodes: codeRows.map(toDimensionCode),
    sources,
    sourcesById: new Map(sources.map((source) => [source.id, source])),
  };
  catalogues.set(db, { catalogue, checkedAt: now() });
  return catalogue;
}

/** Forgets the cached catalogue after this process wrote data. */
export function invalidateReferenceCatalogue(db: AtlasDatabase): void {
  catalogues.delete(db);
}
