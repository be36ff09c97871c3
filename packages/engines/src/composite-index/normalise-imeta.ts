/**
 * `f_n_para: "use_iMeta"`: per-indicator parameters read from iMeta columns (COINr's
 * get_iMeta_norm_paras). Data arrive multiplied by the direction, so targets and goalposts are
 * multiplied by it too (and the two posts swap), which makes Direction −1 read naturally:
 * dist2targ (max − x)/(max − T), goalposts (U − x)/(U − L).
 */
import type { CoinFrame, Compat, IndicatorMeta } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import type { NormaliseFunctionName } from "./normalise-functions.ts";
import { iMetaRow, type NormaliseMethodSpec } from "./normalise-specs.ts";
import { argError } from "./step-args.ts";

const COLUMNS: Partial<Record<NormaliseFunctionName, readonly string[]>> = {
  n_minmax: ["minmax_lower", "minmax_upper"],
  n_scaled: ["scaled_lower", "scaled_upper"],
  n_zscore: ["zscore_mean", "zscore_sd"],
  n_dist2targ: ["Target", "dist2targ_cap_max"],
  n_goalposts: ["goalpost_lower", "goalpost_upper", "goalpost_scale", "goalpost_trunc2posts"],
};

export interface IMetaMethods {
  readonly byCode: ReadonlyMap<string, NormaliseMethodSpec>;
  /** n_dist2targ without a `dist2targ_cap_max` column: COINr assumes no cap (and says so). */
  readonly capMaxAssumed: boolean;
}

export function iMetaMethods(
  f_n: NormaliseFunctionName,
  frame: CoinFrame,
  compat: Compat,
  where: string,
): IMetaMethods {
  const columns = COLUMNS[f_n];
  if (columns === undefined) {
    throw argError(
      where,
      `${f_n} cannot read its parameters from iMeta; use_iMeta supports ${Object.keys(COLUMNS).join(", ")}`,
    );
  }
  const indicators = frame.meta.filter((entry) => entry.type === "Indicator");
  const present = (column: string) =>
    column === "Target"
      ? indicators.some((entry) => entry.target !== null)
      : indicators.some((entry) => column in entry.extra);
  const missing = columns.filter((column) => !present(column));
  const capMaxAssumed = f_n === "n_dist2targ" && missing.length === 1 && missing[0] === "dist2targ_cap_max";
  if (missing.length > 0 && !capMaxAssumed) {
    throw new CompositeIndexError(
      "composite-index/invalid-meta",
      "iMeta",
      `${f_n} with use_iMeta needs the columns ${columns.join(", ")}; missing ${missing.join(", ")}`,
    );
  }
  const byCode = new Map<string, NormaliseMethodSpec>();
  for (const entry of indicators) {
    const cell = (column: string) => numberCell(frame, entry, column);
    const d = direction(frame, entry);
    switch (f_n) {
      case "n_minmax":
        byCode.set(entry.iCode, { f_n, lower: cell("minmax_lower"), upper: cell("minmax_upper") });
        break;
      case "n_scaled": {
        const low = cell("scaled_lower");
        const high = cell("scaled_upper");
        // COINr passes the bounds unflipped, so Direction −1 gives (−x − l)/(u − l)·100; strict
        // flips them like the goalposts: (u − x)/(u − l)·100.
        byCode.set(
          entry.iCode,
          compat === "strict" && d === -1 ? { f_n, low: -high, high: -low } : { f_n, low, high },
        );
        break;
      }
      case "n_zscore": {
        const sd = cell("zscore_sd");
        if (!(sd > 0))
          throw metaError(frame, entry, "zscore_sd", "the target standard deviation must be above 0");
        byCode.set(entry.iCode, { f_n, mean: cell("zscore_mean"), sd });
        break;
      }
      case "n_dist2targ":
        byCode.set(entry.iCode, {
          f_n,
          target: cell("Target") * d,
          direction: 1,
          capMax: capMaxAssumed ? false : booleanCell(frame, entry, "dist2targ_cap_max"),
        });
        break;
      default: {
        const [lower, upper] =
          d === -1
            ? [-cell("goalpost_upper"), -cell("goalpost_lower")]
            : [cell("goalpost_lower"), cell("goalpost_upper")];
        byCode.set(entry.iCode, {
          f_n: "n_goalposts",
          lower,
          upper,
          scale: cell("goalpost_scale"),
          direction: 1,
          truncate: booleanCell(frame, entry, "goalpost_trunc2posts"),
        });
      }
    }
  }
  return { byCode, capMaxAssumed };
}

function direction(frame: CoinFrame, entry: IndicatorMeta): 1 | -1 {
  if (entry.direction === null) throw metaError(frame, entry, "Direction", "a direction (1 or -1) is needed");
  return entry.direction;
}

function numberCell(frame: CoinFrame, entry: IndicatorMeta, column: string): number {
  const value = column === "Target" ? entry.target : entry.extra[column];
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number)) {
    throw metaError(
      frame,
      entry,
      column,
      `${entry.iCode} needs a number here for normalisation, got ${JSON.stringify(value ?? null)}`,
    );
  }
  return number;
}

function booleanCell(frame: CoinFrame, entry: IndicatorMeta, column: string): boolean {
  const value = entry.extra[column];
  const text = typeof value === "string" ? value.trim().toUpperCase() : value;
  if (text === "TRUE" || text === "T" || text === 1) return true;
  if (text === "FALSE" || text === "F" || text === 0) return false;
  throw metaError(
    frame,
    entry,
    column,
    `${entry.iCode} needs TRUE or FALSE here, got ${JSON.stringify(value ?? null)}`,
  );
}

function metaError(
  frame: CoinFrame,
  entry: IndicatorMeta,
  column: string,
  message: string,
): CompositeIndexError {
  return new CompositeIndexError(
    "composite-index/invalid-meta",
    `iMeta row ${iMetaRow(frame, entry)} (${column})`,
    message,
  );
}
