import type { FormatDiagnostic } from "@circular-atlas/formats";

export type ImportFormatName = "long-csv" | "open-sdg-csv" | "sdmx-csv";

/** What an import did, or (dry run) would do. Diagnostics carry row and column. */
export interface ImportReport {
  readonly fileName: string;
  readonly format: ImportFormatName;
  readonly dryRun: boolean;
  readonly rowsRead: number;
  readonly observations: number;
  readonly inserted: number;
  readonly updated: number;
  readonly diagnostics: readonly FormatDiagnostic[];
}
