/**
 * The database layer: one Drizzle schema and one set of queries for PGlite and PostgreSQL,
 * versioned migrations, and a portable logical backup.
 */
export type { AtlasDatabase, AtlasExecutor, DatabaseHandle, DatabaseKind } from "./atlas-database.ts";
export type { BackupHeader, RestoreCounts } from "./backup.ts";
export { backupFormat, dumpDatabase, restoreDatabase } from "./backup.ts";
export { DatabaseError } from "./errors.ts";
export { executeRows } from "./execute-rows.ts";
export type { MigrationStatus } from "./migrate.ts";
export { migrateDatabase, migrationStatus, migrationsFolder } from "./migrate.ts";
export type { OpenDatabaseOptions } from "./open-database.ts";
export { describePostgresUrl, openDatabase } from "./open-database.ts";
export type { ApiTokenRow, SessionRow, UserRow } from "./queries/accounts.ts";
export {
  clearThrottle,
  consumePasswordToken,
  countActiveAdministrators,
  countThrottledAttempt,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  expirePasswordTokens,
  findApiToken,
  findLiveSession,
  findUserByEmail,
  findUserById,
  insertApiToken,
  insertPasswordToken,
  insertSession,
  insertUser,
  listApiTokens,
  listUsers,
  lockAccountChanges,
  markApiTokenUsed,
  recordFailedLogin,
  revokeApiToken,
  touchSession,
  updateUser,
} from "./queries/accounts.ts";
export { appStateKeys, bumpDataVersion, readAppState, writeAppState } from "./queries/app-state.ts";
export type { AuditEventRow, NewAuditEvent } from "./queries/audit.ts";
export { insertAuditEvents, listAuditEvents } from "./queries/audit.ts";
export type {
  FrameworkCatalogueRows,
  FrameworkGroupRow,
  FrameworkIndicatorRow,
  FrameworkRow,
  FrameworkSeriesRow,
  SeriesYears,
} from "./queries/frameworks.ts";
export {
  listFrameworkGroups,
  listFrameworkIndicators,
  listFrameworkSeries,
  listFrameworks,
  listSeriesYears,
  replaceFrameworks,
} from "./queries/frameworks.ts";
export type {
  RecordContent,
  RecordRow,
  RecordSearchColumns,
  RecordVersionRow,
  RelationRow,
  TaxonomyTermRow,
} from "./queries/knowledge-records.ts";
export {
  addSearchTerms,
  existingRecordIds,
  findRecord,
  findRecordForUpdate,
  findRecords,
  findStaleSearchRecords,
  insertRecordVersion,
  listAllRecords,
  listRecordVersions,
  listRelations,
  listTaxonomyTerms,
  recordAuthors,
  replaceRelations,
  updateRecordSearchColumns,
  upsertTaxonomyTerms,
  writeRecord,
} from "./queries/knowledge-records.ts";
export type {
  NewQuestionnaireVersion,
  NewReportingRound,
  NewSubmissionEvent,
  QuestionnaireVersionRow,
  ReportingRoundRow,
  SubmissionEventRow,
  SubmissionRow,
} from "./queries/mapping-rounds.ts";
export {
  findQuestionnaireVersion,
  findReportingRound,
  findReportingRoundByName,
  findSubmission,
  insertQuestionnaireVersion,
  insertReportingRound,
  insertSubmission,
  insertSubmissionEvents,
  listQuestionnaireVersions,
  listReportingRounds,
  listRoundAreas,
  listRoundSubmissions,
  listSubmissionEvents,
  updateSubmissionAtRevision,
} from "./queries/mapping-rounds.ts";
export type {
  FlaggedVersion,
  NewQualityFlag,
  ObservationKey,
  ObservationVersionRow,
  PendingWrite,
  QualityFlagFilter,
  QualityFlagRow,
  QualityRuleRow,
  SeriesHistoryFilter,
  VersionWithImport,
} from "./queries/observation-history.ts";
export {
  closeQualityFlags,
  countHeldValues,
  countPublishedVersionsOfImport,
  findCurrentVersions,
  findKeyHistory,
  findObservationsAsOf,
  findSeriesHistory,
  findVersion,
  listQualityFlags,
  listQualityRules,
  markVersionRejected,
  observationKeyOf,
  replaceQualityRules,
  sameContent,
  writePendingVersions,
} from "./queries/observation-history.ts";
export type {
  IndicatorCoverage,
  NewObservation,
  ObservationFilter,
  ObservationPage,
  ObservationRow,
  WriteCounts,
} from "./queries/observations.ts";
export {
  countMatchingObservations,
  countObservations,
  createImportBatch,
  deleteStaleBaselineObservations,
  findAreaObservations,
  findObservations,
  indicatorCoverage,
  setImportRowCount,
  writeObservations,
} from "./queries/observations.ts";
export type { AreaRow, DimensionCodeRow, IndicatorRow, SourceRow } from "./queries/reference-data.ts";
export {
  listAreas,
  listDimensionCodes,
  listIndicators,
  listSources,
  upsertAreas,
  upsertDimensionCodes,
  upsertIndicators,
  upsertSources,
} from "./queries/reference-data.ts";
export type {
  RecordFacetName,
  RecordSearchFilter,
  RecordSearchInput,
  RecordSearchPage,
  RecordVisibility,
} from "./queries/search-records.ts";
export {
  knownSearchTerms,
  recordFacetNames,
  searchRecords,
  similarSearchTerms,
} from "./queries/search-records.ts";
export type {
  Dimensions,
  JustTransitionNotes,
  LocalizedText,
  RecordSource,
  RecordText,
  SubmissionState,
} from "./schema.ts";
export * as schema from "./schema.ts";

// Bulk loads and the search summary. Imported, then exported, so that Biome's sorting of the
// re-exports above leaves them at the end of the file (others edit the sorted list; appending
// keeps merges apart).
import type { BulkRecordRow, BulkWriteOptions } from "./queries/bulk-write-records.ts";
import {
  bulkWriteRecords,
  bulkWriteRelations,
  countAllRecords,
  findExistingRecordIds,
  withRecordIndexesRebuilt,
} from "./queries/bulk-write-records.ts";
import type { RecordSearchSummary } from "./queries/search-records.ts";
import { readSearchDataStamp } from "./queries/search-records.ts";

export type { BulkRecordRow, BulkWriteOptions, RecordSearchSummary };
export {
  bulkWriteRecords,
  bulkWriteRelations,
  countAllRecords,
  findExistingRecordIds,
  readSearchDataStamp,
  withRecordIndexesRebuilt,
};

// The in-memory search index's rows and matches (appended, as above).
import type { RecordIndexRow, RecordMatchQuery } from "./queries/record-search-index.ts";
import { listRecordIndexRows, matchRecordNumbers, recordIndexExtent } from "./queries/record-search-index.ts";

export type { IndicatorMetadataRow, NewIndicatorMetadata } from "./queries/indicator-metadata.ts";
export { findIndicatorMetadata, writeIndicatorMetadata } from "./queries/indicator-metadata.ts";
export type { RecordIndexRow, RecordMatchQuery };
export { listRecordIndexRows, matchRecordNumbers, recordIndexExtent };
