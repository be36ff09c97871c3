/**
 * What each dataset reader hands back: its observations, the files it read (for the manifest),
 * and the data problems it met, which the README lists instead of hiding.
 */
import { isDecimal, isMissingValue } from "@circular-atlas/formats";
import type { BaselineObservation } from "./baseline-observation.ts";

export interface DataIssue {
  readonly sourceId: string;
  /** `undated`: a value left out because no year can be given to it; `caution`: kept, but doubtful. */
  readonly kind: "undated" | "caution" | "mismatch";
  readonly message: string;
}

export interface SourceReading {
  readonly sourceId: string;
  /** The dataset folder under the shared data folder. */
  readonly folder: string;
  /** Files read, relative to the dataset folder, sorted. */
  readonly files: readonly string[];
  readonly observations: readonly BaselineObservation[];
  readonly issues: readonly DataIssue[];
}

/**
 * A published cell as exact decimal text, `undefined` when it is a missing-value marker (never
 * zero). Anything else is a surprise in the source and stops the build.
 */
export function publishedDecimal(cellText: string, where: string): string | undefined {
  if (isMissingValue(cellText)) return undefined;
  if (!isDecimal(cellText)) throw new Error(`${where}: not a decimal: ${JSON.stringify(cellText)}`);
  return cellText;
}
