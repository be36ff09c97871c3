/**
 * A hand-made CoinFrame and StepContext for step tests: indicators only (no hierarchy), units in
 * the given order, iMeta rows built from a short description. It satisfies the CoinFrame type
 * directly, so the steps can be tested without the input reader.
 */

import type {
  CoinFrame,
  Compat,
  DataSet,
  IndicatorMeta,
  StepContext,
} from "../../src/composite-index/coin-types.ts";
import type { Diagnostic } from "../../src/diagnostics.ts";

export interface TestIndicator {
  readonly iCode: string;
  readonly values: readonly (number | null)[];
  readonly direction?: 1 | -1;
  readonly target?: number | null;
  readonly extra?: Readonly<Record<string, number | string | null>>;
}

export function makeTestFrame(units: readonly string[], indicators: readonly TestIndicator[]): CoinFrame {
  const meta: IndicatorMeta[] = indicators.map((indicator) => ({
    iCode: indicator.iCode,
    iName: indicator.iCode,
    type: "Indicator",
    level: 1,
    parent: null,
    direction: indicator.direction ?? 1,
    weight: 1,
    unit: null,
    target: indicator.target ?? null,
    denominator: null,
    extra: indicator.extra ?? {},
  }));
  return {
    units,
    unitNames: units,
    inputRowOfUnit: units.map((_, index) => index),
    groups: new Map(),
    denominators: new Map(),
    meta,
    metaByCode: new Map(meta.map((entry) => [entry.iCode, entry])),
    indicators: indicators.map((indicator) => indicator.iCode),
    aggregatesByLevel: [],
    maxLevel: 1,
    children: new Map(),
    weightSets: new Map([["Original", new Map(meta.map((entry) => [entry.iCode, 1]))]]),
    diagnostics: [],
  };
}

/** The Raw data set of the frame's indicators (null is missing). */
export function makeTestDataSet(units: readonly string[], indicators: readonly TestIndicator[]): DataSet {
  return {
    units,
    codes: indicators.map((indicator) => indicator.iCode),
    columns: indicators.map((indicator) =>
      Float64Array.from(indicator.values, (value) => value ?? Number.NaN),
    ),
  };
}

export interface TestContext extends StepContext {
  readonly diagnostics: Diagnostic[];
  readonly recorded: unknown[];
}

export function makeTestContext(frame: CoinFrame, compat: Compat, raw: DataSet): TestContext {
  const recorded: unknown[] = [];
  return {
    frame,
    compat,
    dsets: new Map([["Raw", raw]]),
    diagnostics: [],
    recorded,
    recordAnalysis(details: unknown) {
      recorded.push(details);
    },
  };
}

/** Unit codes u01, u02, … for n rows. */
export function unitCodes(n: number): string[] {
  return Array.from({ length: n }, (_, index) => `u${String(index + 1).padStart(2, "0")}`);
}

/** A column as plain numbers with NaN turned into null, for comparing with JSON references. */
export function toNullable(values: ArrayLike<number>): (number | null)[] {
  return Array.from(values, (value) => (Number.isNaN(value) ? null : value));
}
