/**
 * Pure parsers and writers: bytes or text in, typed records and located diagnostics out. No IO;
 * callers hand in text or a stream of byte chunks.
 */
export type { CsvReaderOptions, CsvRecord } from "./csv/csv-reader.ts";
export { CsvReader, isBlankRecord, readCsv, readCsvStream } from "./csv/csv-reader.ts";
export { toCsv, toCsvField, toCsvLine } from "./csv/csv-writer.ts";
export {
  canonicalDecimal,
  explainBadDecimal,
  isDecimal,
  isMissingValue,
  missingValueMarkers,
} from "./decimal.ts";
export type { FormatDiagnostic } from "./diagnostic.ts";
export { formatDiagnostic, hasErrors } from "./diagnostic.ts";
export type { LongCsvObservation, LongCsvResult } from "./long-csv.ts";
export { isLongCsv, longCsvHeader, parseLongCsv } from "./long-csv.ts";
export type { OpenSdgCsvResult, OpenSdgRecord } from "./open-sdg-csv.ts";
export { openSdgAttributeColumns, openSdgIndicatorId, parseOpenSdgCsv } from "./open-sdg-csv.ts";
export type { OpenSdgMetadata, OpenSdgMetadataValue } from "./open-sdg-metadata.ts";
export { localiseOpenSdgMetadata, openSdgMetadataId, parseOpenSdgMetadata } from "./open-sdg-metadata.ts";
export type { OpenSdgTranslations } from "./open-sdg-translations.ts";
export { parseOpenSdgTranslations } from "./open-sdg-translations.ts";
export type { OwidCsvOptions, OwidCsvResult, OwidCsvShape, OwidObservation } from "./owid/owid-csv-reader.ts";
export {
  isOwidAggregate,
  isOwidCsv,
  OwidCsvReader,
  parseOwidCsv,
  readOwidCsvStream,
} from "./owid/owid-csv-reader.ts";
export type {
  PymrioFileEntry,
  PymrioFileParameters,
  PymrioSystemTypeName,
} from "./pymrio/file-parameters.ts";
export { parseFileParameters, writeFileParameters } from "./pymrio/file-parameters.ts";
export type { LabelledMatrix, LabelledTextTable } from "./pymrio/labelled-matrix.ts";
export { matrixValue } from "./pymrio/labelled-matrix.ts";
export type { LegacyIni } from "./pymrio/legacy-ini.ts";
export { parseLegacyIni } from "./pymrio/legacy-ini.ts";
// pymrio's storage format (text tables, file_parameters.json, metadata.json, legacy .ini).
export { formatPrintfG, formatPrintfG12 } from "./pymrio/printf-g.ts";
export type { PymrioDiagnostic, PymrioDiagnosticCode } from "./pymrio/pymrio-diagnostic.ts";
export { formatPymrioDiagnostic } from "./pymrio/pymrio-diagnostic.ts";
export type { PymrioFolderOptions, PymrioFolderResult } from "./pymrio/pymrio-folder-reader.ts";
export { readPymrioFolder } from "./pymrio/pymrio-folder-reader.ts";
export { writePymrioFolder } from "./pymrio/pymrio-folder-writer.ts";
export type { PymrioMetadata } from "./pymrio/pymrio-metadata.ts";
export { parsePymrioMetadata, writePymrioMetadata } from "./pymrio/pymrio-metadata.ts";
export type { PymrioNumberReading } from "./pymrio/pymrio-number.ts";
export { readPymrioNumber } from "./pymrio/pymrio-number.ts";
export type { PymrioExtension, PymrioSystem, PymrioTable } from "./pymrio/pymrio-system.ts";
export { toPymrioAttributeName } from "./pymrio/pymrio-system.ts";
export type { PymrioTableOptions, PymrioTableResult } from "./pymrio/pymrio-table-reader.ts";
export { readPymrioTable, readPymrioTextTable } from "./pymrio/pymrio-table-reader.ts";
export {
  nrHeaderOf,
  nrIndexColOf,
  writePymrioTable,
  writePymrioTextTable,
} from "./pymrio/pymrio-table-writer.ts";
export type { RecordsCsvResult, RecordsCsvRow } from "./records-csv.ts";
export { parseRecordsCsv, recordCsvColumns, toRecordsCsv } from "./records-csv.ts";
export type { SdmxCsvLayout, SdmxCsvVersion } from "./sdmx/sdmx-csv-layout.ts";
export type { SdmxCsvOptions, SdmxCsvResult } from "./sdmx/sdmx-csv-reader.ts";
export { parseSdmxCsv, readSdmxCsvStream, SdmxCsvReader } from "./sdmx/sdmx-csv-reader.ts";
export type { SdmxCsvWriteOptions, SdmxCsvWriteResult } from "./sdmx/sdmx-csv-writer.ts";
export { toSdmxCsv } from "./sdmx/sdmx-csv-writer.ts";
export type { ObservationValue, SdmxAction, SdmxObservation } from "./sdmx/sdmx-observation.ts";
export { readObservationValue, sdmxMissingMarkers } from "./sdmx/sdmx-observation.ts";
export type { SdmxAttributeDefinition, SdmxStructure, SdmxStructureRef } from "./sdmx/sdmx-structure.ts";
export {
  formatStructureRef,
  parseStructureRef,
  unSdgStructure,
} from "./sdmx/sdmx-structure.ts";
export { isSdmxTimePeriod, timePeriodYear } from "./sdmx/sdmx-time-period.ts";
export type {
  SdmxJsonHeader,
  SdmxJsonOptions,
  SdmxJsonResult,
} from "./sdmx-json/sdmx-json-reader.ts";
export { parseSdmxJson, readSdmxJsonStream } from "./sdmx-json/sdmx-json-reader.ts";
export type { SdmxJsonWriteOptions, SdmxJsonWriteResult } from "./sdmx-json/sdmx-json-writer.ts";
export { sdmxJson20Schema, toSdmxJson } from "./sdmx-json/sdmx-json-writer.ts";
export type { SdmxMlDataSet, SdmxMlOptions, SdmxMlResult } from "./sdmx-ml/sdmx-ml-data-reader.ts";
export { parseSdmxMl, readSdmxMlStream, SdmxMlReader } from "./sdmx-ml/sdmx-ml-data-reader.ts";
export type { SdmxMlHeader, SdmxMlStructureUsage } from "./sdmx-ml/sdmx-ml-header.ts";
export type {
  SdmxCode,
  SdmxCodelist,
  SdmxDataflow,
  SdmxNames,
  SdmxStructureMessage,
} from "./sdmx-ml/sdmx-ml-structure-reader.ts";
export { parseSdmxStructure } from "./sdmx-ml/sdmx-ml-structure-reader.ts";
export type { SdmxMlWriteOptions, SdmxMlWriteResult } from "./sdmx-ml/sdmx-ml-writer.ts";
export { toSdmxMl } from "./sdmx-ml/sdmx-ml-writer.ts";
export type { ContentLanguage, SearchConfigName } from "./search-text/content-languages.ts";
export {
  contentLanguageCodes,
  directionOf,
  findContentLanguage,
  lowerCaseFor,
  searchConfigOf,
} from "./search-text/content-languages.ts";
export type { FoldedWord } from "./search-text/fold-search-text.ts";
export { foldCharacters, foldedForms, foldWords, searchFoldVersion } from "./search-text/fold-search-text.ts";
export type { SnippetOptions, SnippetSegment, WordMatcher } from "./search-text/highlight-snippet.ts";
export { createWordMatcher, highlightSnippet } from "./search-text/highlight-snippet.ts";
export type { SearchField, SearchWeight } from "./search-text/search-documents.ts";
export { toFoldedVector, toStemmingText } from "./search-text/search-documents.ts";
export type {
  ParsedSearchQuery,
  ParseSearchQueryOptions,
  SearchQueryTerm,
  TermSelection,
} from "./search-text/search-query.ts";
export {
  hasSearchTerms,
  parseSearchQuery,
  positiveSearchWords,
  toFoldedTsquery,
  toStemmedTsquery,
} from "./search-text/search-query.ts";
export { allowedTypos, editDistance, isTypoOf } from "./search-text/typo-tolerance.ts";
export type { DecodedText } from "./text-bytes.ts";
export { decodeUtf8 } from "./text-bytes.ts";
export type { Utf8ChunkResult } from "./utf8-chunk-decoder.ts";
export { Utf8ChunkDecoder } from "./utf8-chunk-decoder.ts";
export type { WdiCsvResult, WdiCsvShape, WdiObservation, WdiPreamble } from "./world-bank/wdi-csv-reader.ts";
export { isWdiCsv, parseWdiCsv, readWdiCsvStream, WdiCsvReader } from "./world-bank/wdi-csv-reader.ts";
export { worldBankAggregateCodes } from "./world-bank/world-bank-aggregates.ts";
export type {
  AnswerWorkbookProblem,
  AnswerWorkbookProblemCode,
} from "./xlsform/answer-workbook/answer-workbook-problem.ts";
export { answerWorkbookProblemCodes } from "./xlsform/answer-workbook/answer-workbook-problem.ts";
export type { AnswerWorkbookReading } from "./xlsform/answer-workbook/read-answer-workbook.ts";
export { readAnswerWorkbook } from "./xlsform/answer-workbook/read-answer-workbook.ts";
export type { AnswerWorkbookOptions } from "./xlsform/answer-workbook/write-answer-workbook.ts";
export { writeAnswerWorkbook } from "./xlsform/answer-workbook/write-answer-workbook.ts";
export { supportedAppearances } from "./xlsform/check-appearance.ts";
export { atlasSeriesFields } from "./xlsform/check-atlas-mapping.ts";
export type { CheckExpressionOptions, ReferenceInText } from "./xlsform/check-expression.ts";
export { checkExpression, checkTextReferences, findReferences } from "./xlsform/check-expression.ts";
export { evaluateExpression } from "./xlsform/expression/evaluate-expression.ts";
export type { ExpressionContext } from "./xlsform/expression/expression-context.ts";
export { daysSinceEpoch } from "./xlsform/expression/expression-dates.ts";
export type { FunctionArity, FunctionName } from "./xlsform/expression/expression-functions.ts";
export {
  isSupportedFunction,
  supportedFunctions,
  unsupportedOdkFunctions,
} from "./xlsform/expression/expression-functions.ts";
export type {
  BinaryNode,
  BinaryOperator,
  CallNode,
  ChoiceColumnNode,
  CurrentNode,
  ExpressionNode,
  NegateNode,
  NumberLiteralNode,
  ParentNode,
  ReferenceNode,
  SourceSpan,
  StringLiteralNode,
} from "./xlsform/expression/expression-node.ts";
export type { ExpressionProblem, ExpressionProblemCode } from "./xlsform/expression/expression-problem.ts";
export {
  ExpressionError,
  expressionProblemCodes,
  maxExpressionDepth,
} from "./xlsform/expression/expression-problem.ts";
export { expressionReferences } from "./xlsform/expression/expression-references.ts";
export type { ExpressionNodeset, ExpressionValue } from "./xlsform/expression/expression-value.ts";
export {
  isNodeset,
  toBooleanValue,
  toNumberValue,
  toStringValue,
} from "./xlsform/expression/expression-value.ts";
export type { ParseExpressionOptions, ParseExpressionResult } from "./xlsform/expression/parse-expression.ts";
export { parseExpression } from "./xlsform/expression/parse-expression.ts";
export { printExpression } from "./xlsform/expression/print-expression.ts";
export { cleanAnswers } from "./xlsform/form-engine/clean-answers.ts";
export type { EvaluateFormOptions } from "./xlsform/form-engine/evaluate-form.ts";
export { evaluateForm } from "./xlsform/form-engine/evaluate-form.ts";
export type { FormAnswers, FormAnswerValue } from "./xlsform/form-engine/form-answers.ts";
export type { FormEvaluatorOptions } from "./xlsform/form-engine/form-evaluator.ts";
export { maxRepeatInstances } from "./xlsform/form-engine/form-evaluator.ts";
export type { DefaultMessageName } from "./xlsform/form-engine/form-messages.ts";
export { defaultFormMessages } from "./xlsform/form-engine/form-messages.ts";
export { elementPath, instancePath } from "./xlsform/form-engine/form-paths.ts";
export type {
  FormChoiceState,
  FormElementState,
  FormElementStateKind,
  FormExpressionColumn,
  FormProblem,
  FormProblemCode,
  FormState,
} from "./xlsform/form-engine/form-state.ts";
export { formProblemCodes } from "./xlsform/form-engine/form-state.ts";
export type { SubmissionValidation } from "./xlsform/form-engine/validate-submission.ts";
export { validateSubmission } from "./xlsform/form-engine/validate-submission.ts";
export { lintXlsForm } from "./xlsform/lint-xlsform.ts";
export type { XlsFormReadOptions } from "./xlsform/read-xlsform.ts";
export { readXlsForm } from "./xlsform/read-xlsform.ts";
export type { XlsFormPlace } from "./xlsform/xlsform-finding.ts";
export type { XlsFormLintOptions, XlsFormRecordVocabulary } from "./xlsform/xlsform-lint-options.ts";
export type {
  LocalizedText,
  XlsForm,
  XlsFormChoice,
  XlsFormChoiceList,
  XlsFormColumn,
  XlsFormDiagnostic,
  XlsFormElement,
  XlsFormElementFields,
  XlsFormGroup,
  XlsFormLanguage,
  XlsFormMetadata,
  XlsFormQuestion,
  XlsFormQuestionType,
  XlsFormRepeat,
  XlsFormResult,
  XlsFormSettings,
  XlsFormSheetLayout,
  XlsFormSkippedRow,
} from "./xlsform/xlsform-model.ts";
export { walkElements } from "./xlsform/xlsform-places.ts";
export type { XlsFormRuleId } from "./xlsform/xlsform-rules.ts";
export { xlsFormRules } from "./xlsform/xlsform-rules.ts";
export { cellReference, columnLetters, parseCellReference } from "./xlsx/cell-reference.ts";
export type { LongXlsxObservation, LongXlsxResult } from "./xlsx/long-xlsx.ts";
export { longXlsxAttributeColumns, longXlsxSheet, parseLongXlsx } from "./xlsx/long-xlsx.ts";
export type { LongXlsxRow } from "./xlsx/long-xlsx-writer.ts";
export { toLongXlsx } from "./xlsx/long-xlsx-writer.ts";
export { builtInDateFormat, isDateFormatCode, serialToIso } from "./xlsx/spreadsheet-date.ts";
export type { XlsxCell, XlsxCellType, XlsxRow } from "./xlsx/xlsx-cell.ts";
export type {
  XlsxReadOptions,
  XlsxResult,
  XlsxSheet,
  XlsxSheetState,
  XlsxWorkbook,
} from "./xlsx/xlsx-reader.ts";
export {
  binaryContainerOf,
  defaultMaxUncompressedBytes,
  parseXlsx,
  readXlsxStream,
} from "./xlsx/xlsx-reader.ts";
export type { XlsxWriteCell, XlsxWriteSheet } from "./xlsx/xlsx-writer.ts";
export { toXlsx } from "./xlsx/xlsx-writer.ts";
