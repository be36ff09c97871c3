/**
 * Pure parsers and writers: bytes or text in, typed records and located diagnostics out. No IO;
 * callers hand in text or a stream of byte chunks.
 */
export type { CsvReaderOptions, CsvRecord } from "./csv/csv-reader.ts";
export { CsvReader, isBlankRecord, readCsv, readCsvStream } from "./csv/csv-reader.ts";
export { toCsv, toCsvField, toCsvLine } from "./csv/csv-writer.ts";
export { explainBadDecimal, isDecimal, isMissingValue, missingValueMarkers } from "./decimal.ts";
export type { FormatDiagnostic } from "./diagnostic.ts";
export { formatDiagnostic, hasErrors } from "./diagnostic.ts";
export type { LongCsvObservation, LongCsvResult } from "./long-csv.ts";
export { isLongCsv, longCsvHeader, parseLongCsv } from "./long-csv.ts";
export type { OpenSdgCsvResult, OpenSdgRecord } from "./open-sdg-csv.ts";
export { openSdgAttributeColumns, openSdgIndicatorId, parseOpenSdgCsv } from "./open-sdg-csv.ts";
