/**
 * Treat's analysis as the two tables COINr shows: Dets_Table (one row per indicator, the tests
 * before and after each stage) and Treated_Points (one row per unit, one label per indicator).
 * Flat rows of cells, ready for `treat_details.csv` and `treat_points.csv`.
 */

import type { TreatAnalysis } from "./treat.ts";
import { treatedPointLabel } from "./treat-column.ts";
import type { SkewKurtTest } from "./treat-functions.ts";

export type TreatTableCell = string | number | boolean | null;

export interface TreatTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly TreatTableCell[])[];
}

/** COINr's column names (check_SkewKurt0.Pass, winsorise.nwin, …) plus what we add: outcome, f1, f2, reason. */
export function treatDetailsTable(analysis: TreatAnalysis): TreatTable {
  const stage = (test: SkewKurtTest | null): TreatTableCell[] =>
    test === null ? [null, null, null] : [test.pass, finite(test.skew), finite(test.kurt)];
  const header = [
    "iCode",
    "outcome",
    ...testHeader(0),
    "f1",
    "winsorise.nwin",
    ...testHeader(1),
    "f2",
    ...testHeader(2),
    "reason",
  ];
  const rows = analysis.indicators.map((entry) => [
    entry.iCode,
    entry.outcome,
    ...stage(entry.test0),
    entry.f1,
    entry.winsorisedPoints,
    ...stage(entry.test1),
    entry.f2,
    ...stage(entry.test2),
    entry.reason,
  ]);
  return { header, rows };
}

/** One row per unit: uCode, then each indicator's label ("winhi", "winlo", "log_CT", "winhi+log_CT", …). */
export function treatPointsTable(analysis: TreatAnalysis): TreatTable {
  const header = ["uCode", ...analysis.indicators.map((entry) => entry.iCode)];
  const rows = analysis.units.map((uCode, row) => [
    uCode,
    ...analysis.indicators.map((entry) => treatedPointLabel(entry, row)),
  ]);
  return { header, rows };
}

function testHeader(stage: number): string[] {
  return [`check_SkewKurt${stage}.Pass`, `check_SkewKurt${stage}.Skew`, `check_SkewKurt${stage}.Kurt`];
}

function finite(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
