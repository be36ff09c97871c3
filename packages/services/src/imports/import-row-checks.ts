/**
 * Checks over the rows of all files of an import, after each was resolved on its own: keys given
 * twice, rows a parser refused before they became rows, the structure message, and the small
 * helpers an import report needs (content hash, citation sources).
 */
import { createHash } from "node:crypto";
import type { Source } from "@circular-atlas/contracts";
import { formatDiagnostic, parseSdmxStructure, type SdmxStructureMessage } from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";
import { observationKeyOf } from "./classify-import-rows.ts";
import type { ImportDiagnostic, ImportFormatName } from "./import-report.ts";
import type { ResolvedRow } from "./resolve-import-rows.ts";

export interface ImportFile {
  readonly fileName: string;
  /** The file's text; empty for a binary file (a workbook), whose content is `bytes`. */
  readonly text: string;
  readonly bytes?: Uint8Array | undefined;
  /** The series of a file that names none (an Open SDG file is one national indicator). */
  readonly indicator?: string | undefined;
  /** The publisher's name of that series (a datahub.io package's title), to register it when unknown. */
  readonly indicatorName?: string | undefined;
  /** The file mixes units without a SERIES column: each unit is a series of its own (`<indicator>.<unit>`). */
  readonly seriesPerUnit?: boolean | undefined;
}

/** One file of an import after its rows were resolved. */
export interface FileResult {
  readonly fileName: string;
  readonly format: ImportFormatName;
  /** Every row read, the skipped ones included. */
  readonly rowsRead: number;
  readonly rows: ResolvedRow[];
  /** Values read but not imported, by reason (WDI and OWID areas the observatory does not hold). */
  readonly skippedByReason?: Readonly<Record<string, number>>;
  readonly diagnostics: ImportDiagnostic[];
}

export function readStructure(file: ImportFile): SdmxStructureMessage {
  const message = parseSdmxStructure(file.text);
  if (message.structure === undefined) {
    const reasons = message.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, file.fileName));
    throw new ServiceError(
      "import-invalid",
      `${file.fileName}: no data structure definition in it${reasons.length > 0 ? `:\n  ${reasons.join("\n  ")}` : ""}`,
      { diagnostics: message.diagnostics.map((diagnostic) => ({ ...diagnostic, file: file.fileName })) },
    );
  }
  return message;
}

/** Rows the parser itself rejected (they never became rows), so `rowsRead` counts every row. */
export function rejectedBeforeRows(
  diagnostics: readonly ImportDiagnostic[],
  rows: readonly { line: number }[],
): number {
  const lines = new Set(rows.map((row) => row.line));
  return new Set(
    diagnostics
      .filter(
        (diagnostic) =>
          diagnostic.severity === "error" && diagnostic.row !== undefined && !lines.has(diagnostic.row),
      )
      .map((diagnostic) => diagnostic.row),
  ).size;
}

/**
 * Two rows of one import for the same key (after codes are mapped: `KG` and `KGZ`, a blank and
 * `_T`) cannot both be stored: the later one is rejected, naming the first, as the parsers do
 * within a file.
 */
export function markDuplicateKeys(results: FileResult[]): void {
  const first = new Map<string, { result: FileResult; line: number }>();
  for (const result of results)
    for (const row of result.rows) {
      const key = observationKeyOf(row.observation);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, { result, line: row.line });
        continue;
      }
      const { indicatorCode, areaCode, timePeriod, dimensionKey } = row.observation;
      const where =
        earlier.result === result ? `row ${earlier.line}` : `${earlier.result.fileName} row ${earlier.line}`;
      result.diagnostics.push({
        code: "import/duplicate-key",
        severity: "error",
        message: `${indicatorCode} ${areaCode} ${timePeriod}${dimensionKey ? ` [${dimensionKey}]` : ""} is already given at ${where}`,
        row: row.line,
        ...(results.length > 1 ? { file: result.fileName } : {}),
      });
    }
}

export function contentHash(files: readonly ImportFile[]): string {
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(file.fileName)
      .update("\u0000")
      .update(file.bytes ?? file.text)
      .update("\u0000");
  return hash.digest("hex");
}

/** A free-text citation becomes a source of its own, with its licence honestly "not stated". */
export function citationSource(text: string): Source {
  return {
    id: `cited-${createHash("sha256").update(text).digest("hex").slice(0, 12)}`,
    title: text,
    publisher: text,
    licence: "not stated",
    licenceUrl: null,
    url: /^https?:\/\//.test(text) ? text : null,
    retrievedOn: null,
    version: null,
    citation: text,
    notes: "Created from a citation in an imported file.",
  };
}
