/**
 * One column through COINr's two-stage treatment (Treat.numeric): test; if it fails, `f1`
 * (winsorise); test again; if it still fails, `f2` (a log) on the original column (or on f1's
 * output with `combine_treat`), tested once more but kept whatever the result (spec §4.4, Q4).
 */

import { skewness } from "../numeric/statistics.ts";
import type { Compat } from "./coin-types.ts";
import {
  boxCox,
  checkSkewKurt,
  logCT,
  logCTNegative,
  logCTOrig,
  logCTPlus,
  type SkewKurtTest,
  WINSORISE_FAILED,
  winsorise,
} from "./treat-functions.ts";
import type { TreatColumnSpec, TreatFunctionSpec } from "./treat-specs.ts";

/** What happened to one indicator; the analysis table of the Treat step. */
export interface TreatIndicatorDetails {
  readonly iCode: string;
  readonly outcome: TreatOutcome;
  /** The test on the input column. */
  readonly test0: SkewKurtTest | null;
  /** f1 as run ("winsorise", …), null when not run. */
  readonly f1: string | null;
  /** Points counted by winsorisation (may exceed winmax when extremes tie, Q6); null when not run. */
  readonly winsorisedPoints: number | null;
  readonly test1: SkewKurtTest | null;
  /** f2 as run ("log_CT", "log_CT_neg", …), null when not run. */
  readonly f2: string | null;
  readonly test2: SkewKurtTest | null;
  /** Per-cell winsorisation marks (1 high, 2 low, 3 both: COINr reports "winlo"), when f1 winsorised. */
  readonly winsorisedCells: Uint8Array | null;
  /** The label every cell gets from f1 / f2 when it is not winsorisation ("log_CT", "" for boxcox). */
  readonly f1CellLabel: string;
  readonly f2CellLabel: string;
  /** Why the column was left as it was, for `untreated-*` outcomes. */
  readonly reason: string | null;
}

export type TreatOutcome =
  | "none"
  | "passed"
  | "forced-f1"
  | "f1"
  | "f2"
  | "untreated-test-undefined"
  | "untreated-error";

export interface TreatedColumn {
  readonly values: Float64Array;
  readonly details: TreatIndicatorDetails;
}

interface Stage {
  readonly function: string;
  readonly label: string;
  readonly winsorisedPoints: number | null;
  readonly cells: Uint8Array | null;
}

export function treatColumn(
  iCode: string,
  input: Float64Array,
  spec: TreatColumnSpec,
  options: { readonly combineTreat: boolean; readonly compat: Compat },
): TreatedColumn {
  const test0 = checkSkewKurt(input, spec.pass);
  const base = emptyDetails(iCode, test0);
  if (test0.pass === null)
    return untreated(input, base, "untreated-test-undefined", "the skew/kurtosis test is NA");
  // Strict applies force_win even to a column that passes (COINr issue #53, spec Q12).
  const forced =
    options.compat === "strict" && test0.pass && spec.f1.name === "winsorise" && spec.f1.forceWin;
  if (test0.pass && !forced) return { values: input, details: { ...base, outcome: "passed" } };

  const x1 = input.slice();
  const stage1 = applyTreatment(spec.f1, x1, options.compat);
  if (typeof stage1 === "string") return untreated(input, base, "untreated-error", stage1);
  const test1 = checkSkewKurt(x1, spec.pass);
  const afterF1 = {
    ...base,
    f1: stage1.function,
    winsorisedPoints: stage1.winsorisedPoints,
    winsorisedCells: stage1.cells,
    f1CellLabel: stage1.label,
    test1,
  };
  if (test1.pass === null)
    return untreated(input, afterF1, "untreated-test-undefined", "the test after f1 is NA");
  if (test1.pass || spec.f2 === null) {
    return { values: x1, details: { ...afterF1, outcome: forced ? "forced-f1" : "f1" } };
  }

  const x2 = options.combineTreat ? x1 : input.slice();
  const stage2 = applyTreatment(spec.f2, x2, options.compat);
  if (typeof stage2 === "string") return untreated(input, afterF1, "untreated-error", stage2);
  const test2 = checkSkewKurt(x2, spec.pass);
  const afterF2 = { ...afterF1, f2: stage2.function, f2CellLabel: stage2.label, test2 };
  if (test2.pass === null)
    return untreated(input, afterF2, "untreated-test-undefined", "the test after f2 is NA");
  return { values: x2, details: { ...afterF2, outcome: "f2" } };
}

/** COINr's Treated_Points label of one cell: "winhi", "winlo", "log_CT", "winhi+log_CT", "+log_CT", "". */
export function treatedPointLabel(details: TreatIndicatorDetails, row: number): string {
  const mark = details.winsorisedCells?.[row] ?? 0;
  const first =
    details.winsorisedCells === null ? details.f1CellLabel : mark & 2 ? "winlo" : mark & 1 ? "winhi" : "";
  return details.f2CellLabel === "" ? first : `${first}+${details.f2CellLabel}`;
}

/** Runs one treatment in place; returns a message where COINr would stop with an error. */
function applyTreatment(spec: TreatFunctionSpec, x: Float64Array, compat: Compat): Stage | string {
  switch (spec.name) {
    case "winsorise": {
      const cells = new Uint8Array(x.length);
      const points = winsorise(x, cells, spec);
      if (points === WINSORISE_FAILED) return "winsorisation stopped: its skewness or test became NA";
      return { function: "winsorise", label: "", winsorisedPoints: points, cells };
    }
    case "log_CT":
      // Strict mirrors the log for a negatively skewed column, which log_CT would make worse (Q5).
      if (compat === "strict" && skewness(x) < 0) {
        logCTNegative(x);
        return { function: "log_CT_neg", label: "log_CT_neg", winsorisedPoints: null, cells: null };
      }
      logCT(x, spec.naRm);
      return constantLabel("log_CT");
    case "log_CT_plus": {
      const side = logCTPlus(x);
      return side === null ? "log_CT_plus stopped: the skewness is NA" : constantLabel(side);
    }
    case "log_CT_orig":
      logCTOrig(x, spec.naRm);
      return constantLabel("log_CT_orig");
    case "log_GII":
      // COINr 1.1 computes the GII log and returns the input unchanged (Q14); compat copies that.
      return constantLabel("log_GII");
    case "boxcox":
      boxCox(x, spec.lambda, spec.makePositive, spec.naRm);
      // boxcox returns a bare vector in COINr, so its cells carry no label.
      return { function: "boxcox", label: "", winsorisedPoints: null, cells: null };
    case "fails":
      return spec.reason;
  }
}

function constantLabel(name: string): Stage {
  return { function: name, label: name, winsorisedPoints: null, cells: null };
}

/** The details of a column that no treatment touched (`"none"`, or Treat disabled). */
export function emptyDetails(iCode: string, test0: SkewKurtTest | null): TreatIndicatorDetails {
  return {
    iCode,
    outcome: "none",
    test0,
    f1: null,
    winsorisedPoints: null,
    test1: null,
    f2: null,
    test2: null,
    winsorisedCells: null,
    f1CellLabel: "",
    f2CellLabel: "",
    reason: null,
  };
}

function untreated(
  input: Float64Array,
  details: TreatIndicatorDetails,
  outcome: TreatOutcome,
  reason: string,
): TreatedColumn {
  return { values: input, details: { ...details, outcome, reason } };
}
