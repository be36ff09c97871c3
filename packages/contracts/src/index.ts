/**
 * Serialisable contracts shared by server, CLI and web: zod schemas for HTTP DTOs, the bundled
 * baseline's files, and the stable error codes.
 */
export type { Area, AreaList } from "./area.ts";
export { areaLevelSchema, areaListSchema, areaSchema } from "./area.ts";
export type {
  BaselineArea,
  BaselineDimensionCode,
  BaselineIndicator,
  BaselineManifest,
  BaselineSource,
} from "./baseline.ts";
export {
  baselineAreaSchema,
  baselineDimensionCodeSchema,
  baselineFiles,
  baselineIndicatorSchema,
  baselineManifestSchema,
  baselineObservationColumns,
  baselineSourceSchema,
} from "./baseline.ts";
export type { Health } from "./health.ts";
export { healthSchema } from "./health.ts";
export type { DimensionCode, Indicator, IndicatorDetail, IndicatorList } from "./indicator.ts";
export {
  dimensionCodeSchema,
  indicatorDetailSchema,
  indicatorListSchema,
  indicatorSchema,
} from "./indicator.ts";
export type { LocalizedText } from "./localized-text.ts";
export { localizedTextSchema } from "./localized-text.ts";
export type { Observation, ObservationList, ObservationQuery } from "./observation.ts";
export { observationListSchema, observationQuerySchema, observationSchema } from "./observation.ts";
export type { ErrorCode, Problem } from "./problem.ts";
export { errorCodes, problemSchema } from "./problem.ts";
export type { CountryProfile, ProfileSection } from "./profile.ts";
export { countryProfileSchema, profileSectionSchema } from "./profile.ts";
export type { Source, SourceList } from "./source.ts";
export { sourceListSchema, sourceSchema } from "./source.ts";
