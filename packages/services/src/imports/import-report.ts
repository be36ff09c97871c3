import type { FormatDiagnostic } from "@circular-atlas/formats";

export type ImportFormatName =
  | "long-csv"
  | "open-sdg-csv"
  | "sdmx-csv"
  | "sdmx-ml"
  | "sdmx-json"
  | "xlsx"
  | "wdi"
  | "owid";
export const importFormatNames: readonly ImportFormatName[] = [
  "long-csv",
  "open-sdg-csv",
  "sdmx-csv",
  "sdmx-ml",
  "sdmx-json",
  "xlsx",
  "wdi",
  "owid",
];

/**
 * A diagnostic of one file of the import; `file` names it when the import read several, and
 * `cell` is the spreadsheet cell (`data!D5`) for a workbook's rows.
 */
export type ImportDiagnostic = FormatDiagnostic & { readonly file?: string; readonly cell?: string };

/** A data-quality flag raised on an imported row: the row is stored unpublished, for review. */
export interface ImportFlag {
  readonly file: string;
  readonly row: number;
  readonly indicator: string;
  readonly area: string;
  readonly timePeriod: string;
  readonly dimensionKey: string;
  readonly value: string;
  readonly ruleId: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly details: Readonly<Record<string, number | string>>;
}

export interface ImportFileSummary {
  readonly fileName: string;
  readonly format: ImportFormatName;
  readonly rowsRead: number;
  readonly observations: number;
  readonly rejected: number;
  readonly skipped: number;
}

/**
 * What an import did, or (dry run) would do. Every row read ends in exactly one of: skipped (a
 * value of an area the observatory does not hold, in a WDI or OWID file), rejected (listed with
 * its reason in `diagnostics`), flagged (stored unpublished until a reviewer confirms it),
 * unchanged (the published value already), updated or inserted.
 */
export interface ImportReport {
  /** The file or folder imported. */
  readonly fileName: string;
  readonly format: ImportFormatName;
  readonly dryRun: boolean;
  readonly partial: boolean;
  readonly files: readonly ImportFileSummary[];
  readonly rowsRead: number;
  /** Distinct indicator × area × breakdown series among the valid rows. */
  readonly series: number;
  /** Valid rows: every row read minus the skipped and rejected ones. */
  readonly observations: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly flagged: number;
  readonly rejected: number;
  /** Rejected rows per diagnostic code (`import/unknown-area`, `sdmx/unknown-code`, …). */
  readonly rejectedByReason: Readonly<Record<string, number>>;
  /** Values read and not imported, by reason: `import/aggregate-area`, `import/area-outside-observatory`. */
  readonly skipped: number;
  readonly skippedByReason: Readonly<Record<string, number>>;
  /** Series the import registers from its data structure (national series the observatory lacked). */
  readonly newIndicators: readonly string[];
  /** The first 1,000 flags raised, in reading order (`flagsByRule` counts every one). */
  readonly flags: readonly ImportFlag[];
  /** Every flag raised, by rule id; a held row may raise several. */
  readonly flagsByRule: Readonly<Record<string, number>>;
  readonly diagnostics: readonly ImportDiagnostic[];
}
