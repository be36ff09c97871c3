/**
 * Small hand-made coins for step tests: a plain object satisfying CoinFrame, built the way
 * COINr's new_coin lays a coin out (units sorted by uCode, aggregates alphabetical per level,
 * children in the column order of the level below), without going through iData/iMeta parsing.
 */
import type {
  CoinFrame,
  Compat,
  DataSet,
  IndicatorMeta,
  StepContext,
} from "../../src/composite-index/coin-types.ts";
import type { Diagnostic } from "../../src/diagnostics.ts";

export interface FixtureElement {
  readonly code: string;
  /** Parent code; null at the top level. */
  readonly parent: string | null;
  readonly weight?: number;
  readonly direction?: 1 | -1;
}

export interface FixtureSpec {
  readonly units: readonly string[];
  /** Level-1 indicators in iMeta order. */
  readonly indicators: readonly FixtureElement[];
  /** Aggregates by level: `aggregates[0]` is level 2. */
  readonly aggregates: readonly (readonly FixtureElement[])[];
  readonly weightSets?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly denominators?: Readonly<Record<string, readonly number[]>>;
}

export function buildFixtureFrame(spec: FixtureSpec): CoinFrame {
  const units = [...spec.units].sort();
  const meta: IndicatorMeta[] = [];
  const row = (element: FixtureElement, level: number, type: IndicatorMeta["type"]): IndicatorMeta => ({
    iCode: element.code,
    iName: element.code,
    type,
    level,
    parent: element.parent,
    direction: element.direction ?? 1,
    weight: element.weight ?? 1,
    unit: null,
    target: null,
    denominator: null,
    extra: {},
  });
  for (const element of spec.indicators) meta.push(row(element, 1, "Indicator"));
  spec.aggregates.forEach((level, index) => {
    for (const element of level) meta.push(row(element, index + 2, "Aggregate"));
  });
  const denominators = new Map<string, Float64Array>();
  for (const [code, values] of Object.entries(spec.denominators ?? {})) {
    meta.push({
      ...row({ code, parent: null }, 0, "Denominator"),
      level: null,
      direction: null,
      weight: null,
    });
    denominators.set(code, Float64Array.from(values));
  }
  const aggregatesByLevel = spec.aggregates.map((level) => level.map((element) => element.code).sort());
  const columnOrder = [spec.indicators.map((element) => element.code), ...aggregatesByLevel];
  const children = new Map<string, string[]>();
  columnOrder.forEach((codes, index) => {
    for (const code of codes) {
      const parent = meta.find((candidate) => candidate.iCode === code)?.parent;
      if (parent === null || parent === undefined) continue;
      if ((aggregatesByLevel[index] ?? []).includes(parent) === false) {
        throw new Error(`fixture: ${code}'s parent ${parent} is not one level up`);
      }
      children.set(parent, [...(children.get(parent) ?? []), code]);
    }
  });
  const original = new Map<string, number>();
  for (const entry of meta) if (entry.weight !== null) original.set(entry.iCode, entry.weight);
  const weightSets = new Map<string, ReadonlyMap<string, number>>([["Original", original]]);
  for (const [name, set] of Object.entries(spec.weightSets ?? {}))
    weightSets.set(name, new Map(Object.entries(set)));
  return {
    units,
    unitNames: units,
    inputRowOfUnit: units.map((unit) => spec.units.indexOf(unit)),
    groups: new Map(),
    denominators,
    meta,
    metaByCode: new Map(meta.map((entry) => [entry.iCode, entry])),
    indicators: spec.indicators.map((element) => element.code),
    aggregatesByLevel,
    maxLevel: spec.aggregates.length + 1,
    children,
    weightSets,
    diagnostics: [],
  };
}

/** A data set of the frame's indicators from rows of values (one row per unit, null = missing). */
export function fixtureDataSet(frame: CoinFrame, rows: readonly (readonly (number | null)[])[]): DataSet {
  const codes = frame.indicators;
  const columns = codes.map((_, column) => Float64Array.from(rows, (values) => values[column] ?? Number.NaN));
  return { units: frame.units, codes, columns };
}

export function fixtureContext(
  frame: CoinFrame,
  compat: Compat,
): StepContext & { diagnostics: Diagnostic[] } {
  const analysis: unknown[] = [];
  return {
    frame,
    compat,
    dsets: new Map(),
    diagnostics: [],
    recordAnalysis(details: unknown) {
      analysis.push(details);
    },
  };
}

/** The column of `code` in a data set, as a plain array (NaN kept). */
export function columnValues(dset: DataSet, code: string): number[] {
  const index = dset.codes.indexOf(code);
  if (index < 0) throw new Error(`no column ${code}`);
  return Array.from(dset.columns[index] as Float64Array);
}
