/**
 * International files (WDI, OWID) hold every country of the world and its aggregates; the
 * observatory holds its own areas. A value for an area it does not hold is skipped, not
 * rejected, so a world file imports its member countries without `--partial`; but never silently:
 * each skip is counted by reason in the import report and summed up in one warning per reason
 * naming the areas.
 */
import type { FormatDiagnostic } from "@circular-atlas/formats";

/** Why a value was not imported although it was read. */
export const skipReasons = {
  /** A region, income group or the world (`WLD`, `HIC`, `OWID_WRL`, an OWID region without a code). */
  aggregate: "import/aggregate-area",
  /** A country the observatory does not cover. */
  outside: "import/area-outside-observatory",
} as const;

export type SkipReason = (typeof skipReasons)[keyof typeof skipReasons];

/** How many areas a warning names before it says "and N more". */
const namedInWarning = 12;

export class SkippedAreas {
  readonly #areas = new Map<SkipReason, Set<string>>();
  readonly #counts: Record<string, number> = {};

  skip(reason: SkipReason, area: string): void {
    this.#counts[reason] = (this.#counts[reason] ?? 0) + 1;
    const areas = this.#areas.get(reason) ?? new Set<string>();
    this.#areas.set(reason, areas.add(area));
  }

  get byReason(): Readonly<Record<string, number>> {
    return { ...this.#counts };
  }

  /** One warning per reason, with the count and the areas. */
  diagnostics(): FormatDiagnostic[] {
    return [...this.#areas].map(([reason, areas]) => {
      const names = [...areas];
      const listed = `${names.slice(0, namedInWarning).join(", ")}${names.length > namedInWarning ? ` and ${names.length - namedInWarning} more` : ""}`;
      const what =
        reason === skipReasons.aggregate
          ? `aggregates the observatory does not store (${listed})`
          : `${names.length} area(s) outside the observatory (${listed})`;
      return {
        code: reason,
        severity: "warning",
        message: `${this.#counts[reason]} value(s) of ${what} are skipped, not imported`,
      };
    });
  }
}

/** How many values were skipped, whatever the reason. */
export function countSkipped(byReason: Readonly<Record<string, number>> = {}): number {
  return Object.values(byReason).reduce((sum, count) => sum + count, 0);
}

/** The skips of several files, added up by reason. */
export function mergeSkipped(
  files: readonly { readonly skippedByReason?: Readonly<Record<string, number>> }[],
): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const file of files)
    for (const [reason, count] of Object.entries(file.skippedByReason ?? {}))
      merged[reason] = (merged[reason] ?? 0) + count;
  return merged;
}

/**
 * A file the reader could not lay out (no header of its shape) leaves nothing to import, so its
 * errors are the file's, not a row's: without a row they fail the import even with `--partial`.
 */
export function asFileErrors(diagnostics: readonly FormatDiagnostic[]): FormatDiagnostic[] {
  return diagnostics.map(({ row, ...rest }) =>
    rest.severity === "error" && row !== undefined
      ? { ...rest, message: `row ${row}: ${rest.message}` }
      : { ...rest, ...(row === undefined ? {} : { row }) },
  );
}
