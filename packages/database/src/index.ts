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
export { appStateKeys, bumpDataVersion, readAppState, writeAppState } from "./queries/app-state.ts";
export type {
  IndicatorCoverage,
  NewObservation,
  ObservationFilter,
  ObservationRow,
  WriteCounts,
} from "./queries/observations.ts";
export {
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
export type { Dimensions, LocalizedText } from "./schema.ts";
export * as schema from "./schema.ts";
