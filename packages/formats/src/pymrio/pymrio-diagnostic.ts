/**
 * Diagnostics of the pymrio folder reader: the format diagnostic plus the file it is about
 * (relative to the folder given), since one system spans many files.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";

export interface PymrioDiagnostic extends FormatDiagnostic {
  /** Relative path of the file, e.g. `emissions/F.txt`; absent for folder-level findings. */
  readonly file?: string;
}

/** Stable codes of the pymrio reader. */
export type PymrioDiagnosticCode =
  | "pymrio/wrong-cell-count"
  | "pymrio/unknown-layout"
  | "pymrio/bad-number"
  | "pymrio/non-finite-number"
  | "pymrio/missing-number"
  | "pymrio/label-mismatch"
  | "pymrio/missing-file"
  | "pymrio/bad-file-parameters"
  | "pymrio/bad-metadata"
  | "pymrio/bad-ini"
  | "pymrio/unsupported-table-format"
  | "pymrio/no-system"
  | "pymrio/unterminated-quote";

/** `F.txt, row 4, column 3: error: … [code]`, with the file first. */
export function formatPymrioDiagnostic(diagnostic: PymrioDiagnostic): string {
  const place = [
    diagnostic.file,
    diagnostic.row === undefined ? undefined : `row ${diagnostic.row}`,
    diagnostic.column === undefined ? undefined : `column ${diagnostic.column}`,
  ].filter((part) => part !== undefined);
  return `${place.length > 0 ? `${place.join(", ")}: ` : ""}${diagnostic.severity}: ${diagnostic.message} [${diagnostic.code}]`;
}

export function pymrioError(
  code: PymrioDiagnosticCode,
  message: string,
  where: { file?: string; row?: number; column?: number },
): PymrioDiagnostic {
  return { code, severity: "error", message, ...where };
}

export function pymrioWarning(
  code: PymrioDiagnosticCode,
  message: string,
  where: { file?: string; row?: number; column?: number },
): PymrioDiagnostic {
  return { code, severity: "warning", message, ...where };
}
