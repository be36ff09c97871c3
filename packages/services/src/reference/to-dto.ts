/** Rows to contract DTOs (the "manually convert" boundary of STYLE.md §1). */
import type { Area, DimensionCode, Indicator, Observation, Source } from "@circular-atlas/contracts";
import type {
  AreaRow,
  DimensionCodeRow,
  IndicatorCoverage,
  IndicatorRow,
  ObservationRow,
  SourceRow,
} from "@circular-atlas/database";

export function toArea(row: AreaRow): Area {
  return {
    code: row.code,
    m49: row.m49,
    iso2: row.iso2,
    level: row.level,
    parentCode: row.parentCode,
    names: row.names,
    nationalCodes: row.nationalCodes,
  };
}

export function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    licence: row.licence,
    licenceUrl: row.licenceUrl,
    url: row.url,
    retrievedOn: row.retrievedOn,
    version: row.version,
    citation: row.citation,
    notes: row.notes,
  };
}

const noCoverage: IndicatorCoverage = { firstYear: null, lastYear: null, years: [], areaCount: 0 };

export function toIndicator(row: IndicatorRow, coverage: IndicatorCoverage | undefined): Indicator {
  return {
    code: row.code,
    names: row.names,
    descriptions: row.descriptions,
    topic: row.topic,
    unit: row.unit,
    unitLabels: row.unitLabels,
    decimals: row.decimals,
    dimensions: row.dimensions,
    sdgIndicators: row.sdgIndicators,
    defaultSourceId: row.defaultSourceId,
    derivation: row.derivation,
    coverage: coverage ?? noCoverage,
  };
}

export function toDimensionCode(row: DimensionCodeRow): DimensionCode {
  return {
    dimension: row.dimension,
    code: row.code,
    names: row.names,
    parentCode: row.parentCode,
    sortOrder: row.sortOrder,
  };
}

/** An observation's published fields: a row of `observation`, or a version of it from the history. */
export type ObservationFields = Pick<
  ObservationRow,
  | "indicatorCode"
  | "areaCode"
  | "timePeriod"
  | "year"
  | "dimensions"
  | "value"
  | "unit"
  | "unitMult"
  | "obsStatus"
  | "nature"
  | "sourceId"
  | "sourceDetail"
  | "originalCode"
  | "derivation"
  | "comment"
>;

export function toObservation(row: ObservationFields): Observation {
  return {
    indicator: row.indicatorCode,
    area: row.areaCode,
    timePeriod: row.timePeriod,
    year: row.year,
    dimensions: row.dimensions,
    value: row.value,
    unit: row.unit,
    unitMult: row.unitMult,
    obsStatus: row.obsStatus,
    nature: row.nature,
    source: row.sourceId,
    sourceDetail: row.sourceDetail,
    originalCode: row.originalCode,
    derivation: row.derivation,
    comment: row.comment,
  };
}
