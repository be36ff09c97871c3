/**
 * Checks over the rows of all files of an import, after each was resolved on its own: keys given
 * twice, rows a parser refused before they became rows, the structure message, and the small
 * helpers an import report needs (content hash, citation sources).
 */
import { createHash } from "node:crypto";
import type { Source } from "@circular-atlas/contracts";
import { formatDiagnostic, parseSdmxStructure, type SdmxStructureMessage } from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";
import type { ImportDiagnostic, ImportFormatName } from "./import-report.ts";
import type { IntList, ResolvedRowStore } from "./resolved-row-store.ts";

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
  /** Its checked rows: store indexes from `firstRow` up to, not including, `endRow`. */
  readonly firstRow: number;
  readonly endRow: number;
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
export function rejectedBeforeRows(diagnostics: readonly ImportDiagnostic[], rowLines: IntList): number {
  const lines = new Set<number>();
  for (const diagnostic of diagnostics)
    if (diagnostic.severity === "error" && diagnostic.row !== undefined) lines.add(diagnostic.row);
  for (let index = 0; index < rowLines.length && lines.size > 0; index++) lines.delete(rowLines.get(index));
  return lines.size;
}

/**
 * Two rows of one import for the same key (after codes are mapped: `KG` and `KGZ`, a blank and
 * `_T`) cannot both be stored: the later one is rejected, naming the first, as the parsers do
 * within a file.
 */
export function markDuplicateKeys(results: FileResult[], store: ResolvedRowStore): void {
  const first = new Map<number | string, number>();
  const resultOf = (index: number) =>
    results.find((result) => index >= result.firstRow && index < result.endRow) as FileResult;
  for (const result of results)
    for (let index = result.firstRow; index < result.endRow; index++) {
      const key = store.keyOf(index);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, index);
        continue;
      }
      const { indicatorCode, areaCode, timePeriod, dimensionKey } = store.row(index).observation;
      const earlierResult = resultOf(earlier);
      const where =
        earlierResult === result
          ? `row ${store.line(earlier)}`
          : `${earlierResult.fileName} row ${store.line(earlier)}`;
      result.diagnostics.push({
        code: "import/duplicate-key",
        severity: "error",
        message: `${indicatorCode} ${areaCode} ${timePeriod}${dimensionKey ? ` [${dimensionKey}]` : ""} is already given at ${where}`,
        row: store.line(index),
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
