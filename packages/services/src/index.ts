/**
 * Use cases, called by the server and the CLI alike: load → engine → store. The only place where
 * engines, formats and the database meet.
 */

export type { Actor, SystemActor, UserActor } from "./accounts/actor.ts";
export { cliActor, seedActor } from "./accounts/actor.ts";
export {
  apiTokenPrefix,
  createApiToken,
  listOwnApiTokens,
  resolveApiToken,
  revokeApiTokenById,
} from "./accounts/api-tokens.ts";
export type { RecordPermissionName } from "./accounts/permissions.ts";
export {
  allowedRecordActions,
  canCreateRecord,
  canManageUsers,
  canSeeRecord,
  searchVisibility,
  statusTransitions,
} from "./accounts/permissions.ts";
export type { ResolvedSession, SignedIn } from "./accounts/sessions.ts";
export { resolveSession, sessionPolicy, signIn, signOut } from "./accounts/sessions.ts";
export {
  createUser,
  findUserDto,
  hasAdministrator,
  issuePasswordResetToken,
  listUserAccounts,
  resetPassword,
  setupFirstAdministrator,
  updateUserAccount,
} from "./accounts/users.ts";
export { appVersion } from "./app-version.ts";
export { restoreBackupFile, writeBackupFile } from "./backup/backup-files.ts";
export type { BaselineLoadReport, LoadBaselineOptions } from "./baseline/load-baseline.ts";
export { loadBaseline } from "./baseline/load-baseline.ts";
export type { Baseline } from "./baseline/read-baseline.ts";
export { readBaseline } from "./baseline/read-baseline.ts";
export type { IndexAnalysisInput, IndexAnalysisReport } from "./composite-index/analyse-index-files.ts";
export { analyseIndexFromFiles } from "./composite-index/analyse-index-files.ts";
export type { IndexBuildReport, IndexInputPaths } from "./composite-index/build-index-files.ts";
export { buildIndexFromFiles } from "./composite-index/build-index-files.ts";
export type {
  IndexUncertaintyInput,
  IndexUncertaintyReport,
} from "./composite-index/index-uncertainty-files.ts";
export { runIndexUncertaintyFromFiles } from "./composite-index/index-uncertainty-files.ts";
export type { AtlasConfig } from "./config.ts";
export { resolveConfig } from "./config.ts";
export { coverageCsvColumns, toCoverageCsv } from "./frameworks/coverage-csv.ts";
export type { CoverageMatrixOptions } from "./frameworks/coverage-matrix.ts";
export {
  getCoverageMatrix,
  listFrameworkSummaries,
  listSeriesFrameworks,
} from "./frameworks/coverage-matrix.ts";
export { getHealth } from "./health/get-health.ts";
export type { CodeDictionary } from "./imports/code-dictionary.ts";
export type { ImportFile, ImportObservationsOptions } from "./imports/import-observations.ts";
export { importObservations } from "./imports/import-observations.ts";
export type {
  ImportDiagnostic,
  ImportFlag,
  ImportFormatName,
  ImportReport,
} from "./imports/import-report.ts";
export { importFormatNames } from "./imports/import-report.ts";
export type { IndicatorMetadataReport } from "./imports/indicator-metadata-import.ts";
export {
  importIndicatorMetadata,
  indicatorNumberOf,
  repositoryMetadataRecords,
} from "./imports/indicator-metadata-import.ts";
export type { OwidKnownColumn } from "./imports/owid-known-columns.ts";
export { owidKnownColumns } from "./imports/owid-known-columns.ts";
export type { OpenSdgRepositoryMetadata } from "./imports/read-import-folder.ts";
export { readImportFile, readImportFolder, readOpenSdgRepository } from "./imports/read-import-folder.ts";
export { readWorldBankPackage, readWorldBankPackages } from "./imports/read-world-bank-package.ts";
export type { RecordExportFilter } from "./knowledge/export-records.ts";
export { exportRecords } from "./knowledge/export-records.ts";
export { getRecord, getRecordHistory } from "./knowledge/get-record.ts";
export type {
  RecordFileFormat,
  RecordImportProblem,
  RecordImportReport,
} from "./knowledge/import-records.ts";
export { importRecords } from "./knowledge/import-records.ts";
export type { KnowledgeSeedReport } from "./knowledge/load-knowledge-seed.ts";
export { loadKnowledgeSeed, readKnowledgeSeed } from "./knowledge/load-knowledge-seed.ts";
export { searchKnowledge } from "./knowledge/search-knowledge.ts";
export { listTaxonomy } from "./knowledge/taxonomy.ts";
export { changeRecordStatus, createRecord, updateRecord } from "./knowledge/write-record.ts";
export { dimensionKeyOf, parseDimensionKey } from "./observations/dimension-key.ts";
export type { ExchangeFile, ExchangeFormat } from "./observations/export-observations.ts";
export { exchangeFormats, exportObservations } from "./observations/export-observations.ts";
export type { ObservationHistoryOptions } from "./observations/observation-history.ts";
export { countValuesAwaitingReview, getObservationHistory } from "./observations/observation-history.ts";
export { observationCsvColumns, toObservationsCsv } from "./observations/observations-csv.ts";
export type { ObservationSelection } from "./observations/query-observations.ts";
export {
  maxObservationPage,
  queryEveryObservation,
  queryObservations,
} from "./observations/query-observations.ts";
export type { OpenedAtlas } from "./open-atlas-database.ts";
export { openAtlasDatabase } from "./open-atlas-database.ts";
export { getCountryProfile, profileTopics } from "./profiles/get-country-profile.ts";
export type { ProgressCallback } from "./progress.ts";
export type { QualityRuleSet } from "./quality/quality-rules.ts";
export { loadQualityRules, saveQualityRules } from "./quality/quality-rules.ts";
export type { FlaggedValue, ReviewDecision } from "./quality/review-flagged-values.ts";
export { listFlaggedValues, reviewFlaggedValue } from "./quality/review-flagged-values.ts";
export type { ValidationReport } from "./quality/validate-observations.ts";
export { validateObservations } from "./quality/validate-observations.ts";
export type { QuestionnaireLint, QuestionnaireReading } from "./questionnaires/read-questionnaire.ts";
export {
  describeQuestionnaireFinding,
  lintQuestionnaire,
  readQuestionnaire,
  readQuestionnaireBytes,
} from "./questionnaires/read-questionnaire.ts";
export type { ComputeReadinessIndexOptions } from "./readiness-index/compute-readiness-index.ts";
export { computeReadinessIndex } from "./readiness-index/compute-readiness-index.ts";
export type { ReadinessInputFile, ReadinessInputFileName } from "./readiness-index/readiness-input-files.ts";
export { readinessInputFile, readinessInputFileNames } from "./readiness-index/readiness-input-files.ts";
export { getIndicatorMetadata, metadataNumbersOf } from "./reference/indicator-metadata.ts";
export {
  invalidateReferenceCatalogue,
  readDataVersion,
  referenceCatalogue,
} from "./reference/reference-catalogue.ts";
export {
  getArea,
  getIndicatorDetail,
  listAreaDtos,
  listIndicatorDtos,
  listSourceDtos,
} from "./reference/reference-queries.ts";
export type {
  AnswerWorkbookFile,
  DownloadAnswerWorkbookInput,
  UploadAnswerWorkbookInput,
} from "./rounds/answer-workbook.ts";
export { downloadAnswerWorkbook, uploadAnswerWorkbook } from "./rounds/answer-workbook.ts";
export type {
  ImportedQuestionnaireVersion,
  ImportQuestionnaireVersionInput,
  QuestionnaireFinding,
  QuestionnaireSource,
} from "./rounds/import-questionnaire-version.ts";
export { importQuestionnaireVersion } from "./rounds/import-questionnaire-version.ts";
export type { IndicatorValueProblem } from "./rounds/indicator-value-answers.ts";
export { indicatorValueProblemCodes } from "./rounds/indicator-value-answers.ts";
export type {
  IndicatorValuesFormatName,
  UploadIndicatorValuesInput,
} from "./rounds/indicator-values-upload.ts";
export { indicatorValuesFormatNames, uploadIndicatorValues } from "./rounds/indicator-values-upload.ts";
export type { PublicationReport, PublishSubmissionInput } from "./rounds/publish-submission.ts";
export { publishSubmission } from "./rounds/publish-submission.ts";
export type { QuestionnaireFormView, ReadRoundsInput } from "./rounds/read-rounds.ts";
export { getQuestionnaireForm, getReportingRound, listReportingRounds } from "./rounds/read-rounds.ts";
export type { PublicationReportDto, ReadSubmissionInput } from "./rounds/read-submission.ts";
export {
  describePublication,
  describeSubmission,
  getSubmission,
  listSubmissionEvents,
} from "./rounds/read-submission.ts";
export type { CreateReportingRoundInput, ReportingRound } from "./rounds/reporting-rounds.ts";
export { createReportingRound, isCalendarDate } from "./rounds/reporting-rounds.ts";
export type { CountryCompleteness, RoundCompleteness } from "./rounds/round-completeness.ts";
export { getRoundCompleteness } from "./rounds/round-completeness.ts";
export type { SubmissionAction, SubmissionActionRule } from "./rounds/submission-rules.ts";
export { allowedSubmissionActions, mayEditAnswers, submissionActions } from "./rounds/submission-rules.ts";
export type { ChangeStateInput, SaveDraftInput } from "./rounds/submissions.ts";
export { changeSubmissionState, saveSubmissionDraft } from "./rounds/submissions.ts";
export { ServiceError } from "./service-error.ts";
export type { InputIssue } from "./validate-input.ts";

// Bulk loads. Imported, then exported, so that Biome's sorting of the re-exports above leaves
// them at the end of the file (others edit the sorted list; appending keeps merges apart).
import type { BulkLoadOptions, BulkLoadProblem, BulkLoadReport } from "./knowledge/bulk-load-records.ts";
import { bulkLoadRecords } from "./knowledge/bulk-load-records.ts";

export type { BulkLoadOptions, BulkLoadProblem, BulkLoadReport };
export { bulkLoadRecords };

// Re-indexing after a change of folding rules (appended, as above).
import { reindexStaleRecords } from "./knowledge/reindex-records.ts";

export { reindexStaleRecords };
