/**
 * Serialisable contracts shared by server, CLI and web: zod schemas for HTTP DTOs, the bundled
 * baseline's files, and the stable error codes.
 */

export type { ApiTokenDto, Session, User } from "./accounts.ts";
export {
  apiTokenRequestSchema,
  apiTokenSchema,
  createdApiTokenSchema,
  createdUserSchema,
  createUserRequestSchema,
  emailSchema,
  loginRequestSchema,
  passwordResetRequestSchema,
  passwordSchema,
  sessionSchema,
  setupRequestSchema,
  updateUserRequestSchema,
  userSchema,
} from "./accounts.ts";
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
export type { BaselineRegion, BaselineRegionConflict, BaselineRegions } from "./baseline-regions.ts";
export {
  baselineRegionConflictSchema,
  baselineRegionSchema,
  baselineRegionsSchema,
  geoCodeScheme,
} from "./baseline-regions.ts";
export type {
  BaselineFramework,
  CoverageCell,
  CoverageMatrix,
  CoverageRow,
  CoverageStatusName,
  FrameworkGroup,
  FrameworkIndicator,
  FrameworkList,
  FrameworkSeriesLink,
  FrameworkSource,
  FrameworkSummary,
  SeriesFrameworks,
  SeriesRelationName,
} from "./framework.ts";
export {
  baselineFrameworkSchema,
  coverageCellSchema,
  coverageMatrixSchema,
  coverageRowSchema,
  coverageStatuses,
  frameworkGroupSchema,
  frameworkIndicatorSchema,
  frameworkListSchema,
  frameworkSeriesLinkSchema,
  frameworkSourceSchema,
  frameworkSummarySchema,
  seriesFrameworksSchema,
  seriesRelations,
} from "./framework.ts";
export type { Health } from "./health.ts";
export { healthSchema } from "./health.ts";
export type { DimensionCode, Indicator, IndicatorDetail, IndicatorList } from "./indicator.ts";
export {
  dimensionCodeSchema,
  indicatorDetailSchema,
  indicatorListSchema,
  indicatorSchema,
} from "./indicator.ts";
export type { IndicatorMetadata, IndicatorMetadataList } from "./indicator-metadata.ts";
export { indicatorMetadataListSchema, indicatorMetadataSchema } from "./indicator-metadata.ts";
export type {
  KnowledgeRecord,
  ParsedRecordInput,
  RecordDetails,
  RecordHistory,
  RecordInput,
  RecordSummary,
} from "./knowledge-record.ts";
export {
  auditEventSchema,
  countryCodeSchema,
  isoDateSchema,
  languageCodeSchema,
  plainText,
  recordActionRequestSchema,
  recordDetailsSchema,
  recordHistorySchema,
  recordIdSchema,
  recordInputSchema,
  recordSchema,
  recordSourceSchema,
  recordSummarySchema,
  recordTextSchema,
  webAddressSchema,
} from "./knowledge-record.ts";
export type {
  SearchHit,
  SearchQuery,
  SearchResult,
  Taxonomy,
  TaxonomyTerm,
} from "./knowledge-search.ts";
export {
  facetCountSchema,
  searchHitSchema,
  searchQuerySchema,
  searchResultSchema,
  snippetSegmentSchema,
  taxonomySchema,
  taxonomyTermSchema,
} from "./knowledge-search.ts";
export type {
  ApiScopeName,
  RecordActionName,
  RecordStatusName,
  RecordTypeName,
  RelationKindName,
  RoleName,
  SearchFacetName,
  SubmissionActionName,
  SubmissionStateName,
  TaxonomySchemeName,
} from "./knowledge-vocabulary.ts";
export {
  apiScopes,
  countryScopedRoles,
  recordActions,
  recordDetailFields,
  recordStatuses,
  recordTypes,
  relationKinds,
  roleNames,
  searchFacetNames,
  submissionActionNames,
  submissionStateNames,
  taxonomySchemes,
} from "./knowledge-vocabulary.ts";
export type { LocalizedText } from "./localized-text.ts";
export { localizedTextSchema } from "./localized-text.ts";
export type {
  CountryCompletenessDto,
  CreateRoundRequest,
  PublicationReportDto,
  QuestionnaireFormDto,
  QuestionnaireVersionSummary,
  ReportingRoundDto,
  ReviewCommentDto,
  RoundCompletenessDto,
  SaveDraftRequest,
  SubmissionActionRequest,
  SubmissionDto,
  SubmissionEventDto,
} from "./mapping-rounds.ts";
export {
  countryCompletenessSchema,
  createRoundRequestSchema,
  publicationReportSchema,
  publishRequestSchema,
  questionnaireFormSchema,
  questionnaireVersionSummarySchema,
  reportingRoundListSchema,
  reportingRoundSchema,
  reviewCommentSchema,
  roundCompletenessSchema,
  saveDraftRequestSchema,
  submissionActionRequestSchema,
  submissionActionSchema,
  submissionEventListSchema,
  submissionEventSchema,
  submissionSchema,
  submissionStateSchema,
} from "./mapping-rounds.ts";
export type { Observation, ObservationList, ObservationQuery, Paging } from "./observation.ts";
export {
  observationListSchema,
  observationQuerySchema,
  observationSchema,
  pagingSchema,
} from "./observation.ts";
export type {
  HeldValueCount,
  ObservationHistory,
  ObservationHistoryQuery,
  ObservationVersion,
} from "./observation-history.ts";
export {
  heldValueCountQuerySchema,
  heldValueCountSchema,
  observationHistoryQuerySchema,
  observationHistorySchema,
  observationVersionSchema,
  publicVersionStates,
} from "./observation-history.ts";
export type { ErrorCode, Problem } from "./problem.ts";
export { errorCodes, problemSchema } from "./problem.ts";
export type { CountryProfile, ProfileSection } from "./profile.ts";
export { countryProfileSchema, profileSectionSchema } from "./profile.ts";
export type { FlaggedValueDto } from "./quality-flag.ts";
export {
  flaggedValueListSchema,
  flaggedValueQuerySchema,
  flaggedValueSchema,
  qualityFlagStates,
  qualityRuleSetSchema,
  reviewRequestSchema,
} from "./quality-flag.ts";
export type { QualityRuleDto } from "./quality-rule.ts";
export { qualityRuleListSchema, qualityRuleSchema } from "./quality-rule.ts";
export type {
  CellTableDto,
  RankInterval,
  ReadinessCell,
  ReadinessCountry,
  ReadinessDenominator,
  ReadinessFramework,
  ReadinessIndex,
  ReadinessIndicator,
  ReadinessPillar,
  ReadinessStatusName,
} from "./readiness-index.ts";
export {
  cellTableSchema,
  rankIntervalSchema,
  readinessCellSchema,
  readinessCountrySchema,
  readinessDenominatorSchema,
  readinessExclusionKinds,
  readinessFrameworkSchema,
  readinessIndexSchema,
  readinessIndicatorSchema,
  readinessPillarSchema,
  readinessStatuses,
} from "./readiness-index.ts";
export { isRecordFieldPath } from "./record-field-path.ts";
export type { Source, SourceList } from "./source.ts";
export { sourceListSchema, sourceSchema } from "./source.ts";
export { apiScopeSchema, recordStatusSchema, recordTypeSchema, roleSchema } from "./vocabulary-schemas.ts";
