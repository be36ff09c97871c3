/**
 * Reads one CSV file of a shared dataset into header-keyed records with the formats package's
 * RFC 4180 reader. Malformed quoting or ragged rows stop the build: a baseline built from a
 * half-read file would be silently wrong.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDiagnostic, hasErrors, isBlankRecord, readCsv } from "@circular-atlas/formats";

export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly Readonly<Record<string, string>>[];
}

export function readCsvTable(dataDir: string, folder: string, file: string): CsvTable {
  const path = join(dataDir, folder, file);
  const { records, diagnostics } = readCsv(readFileSync(path, "utf8"));
  if (hasErrors(diagnostics)) {
    throw new Error(
      `cannot read ${folder}/${file}: ${diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)).join("; ")}`,
    );
  }
  const [headerRecord, ...dataRecords] = records;
  if (headerRecord === undefined) throw new Error(`empty CSV file: ${folder}/${file}`);
  const header = headerRecord.cells;
  const rows = dataRecords
    .filter((record) => !isBlankRecord(record))
    .map((record) => {
      if (record.cells.length !== header.length) {
        throw new Error(
          `${folder}/${file} line ${record.line}: ${record.cells.length} cells for ${header.length} columns`,
        );
      }
      return Object.fromEntries(header.map((column, index) => [column, record.cells[index] ?? ""]));
    });
  return { header, records: rows };
}

/** The cell of a column that must exist; a renamed column must fail loudly, not read as blank. */
export function cell(record: Readonly<Record<string, string>>, column: string): string {
  const value = record[column];
  if (value === undefined) throw new Error(`missing column: ${column}`);
  return value;
}
