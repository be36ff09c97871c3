/** Use cases that read reference data: areas, indicators, sources. */
import type { Area, AreaList, IndicatorDetail, IndicatorList, SourceList } from "@circular-atlas/contracts";
import type { AtlasDatabase } from "@circular-atlas/database";
import { ServiceError } from "../service-error.ts";
import { type ReferenceCatalogue, referenceCatalogue } from "./reference-catalogue.ts";

export async function listAreaDtos(options: { db: AtlasDatabase }): Promise<AreaList> {
  return { data: [...(await referenceCatalogue(options.db)).areas] };
}

export async function getArea(options: { db: AtlasDatabase; code: string }): Promise<Area> {
  const area = (await referenceCatalogue(options.db)).areasByCode.get(options.code.toUpperCase());
  if (area === undefined) throw unknownArea([options.code]);
  return area;
}

export async function listIndicatorDtos(options: {
  db: AtlasDatabase;
  topic?: string | undefined;
}): Promise<IndicatorList> {
  const { indicators } = await referenceCatalogue(options.db);
  return {
    data: indicators.filter((indicator) => options.topic === undefined || indicator.topic === options.topic),
  };
}

export async function getIndicatorDetail(options: {
  db: AtlasDatabase;
  code: string;
}): Promise<IndicatorDetail> {
  const catalogue = await referenceCatalogue(options.db);
  const indicator = catalogue.indicatorsByCode.get(options.code.toUpperCase());
  if (indicator === undefined) throw unknownIndicator([options.code]);
  return {
    data: indicator,
    dimensionCodes: catalogue.dimensionCodes.filter((code) => indicator.dimensions.includes(code.dimension)),
  };
}

export async function listSourceDtos(options: { db: AtlasDatabase }): Promise<SourceList> {
  return { data: [...(await referenceCatalogue(options.db)).sources] };
}

export function unknownArea(codes: readonly string[]): ServiceError {
  return new ServiceError(
    "unknown-area",
    `unknown area code(s): ${codes.join(", ")}; use ISO 3166-1 alpha-3 codes of ECO member states`,
    {
      codes,
    },
  );
}

export function unknownIndicator(codes: readonly string[]): ServiceError {
  return new ServiceError("unknown-indicator", `unknown indicator code(s): ${codes.join(", ")}`, { codes });
}

/** The codes upper-cased, or `unknown-indicator` naming every one the catalogue lacks. */
export function knownIndicatorCodes(catalogue: ReferenceCatalogue, codes: readonly string[]): string[] {
  const upper = codes.map((code) => code.toUpperCase());
  const missing = upper.filter((code) => !catalogue.indicatorsByCode.has(code));
  if (missing.length > 0) throw unknownIndicator(missing);
  return upper;
}

/** The codes upper-cased, or `unknown-area` naming every one the catalogue lacks. */
export function knownAreaCodes(catalogue: ReferenceCatalogue, codes: readonly string[]): string[] {
  const upper = codes.map((code) => code.toUpperCase());
  const missing = upper.filter((code) => !catalogue.areasByCode.has(code));
  if (missing.length > 0) throw unknownArea(missing);
  return upper;
}
