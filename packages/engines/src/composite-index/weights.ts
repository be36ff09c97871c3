/**
 * Weight sets beyond iMeta's column: effective weights (each element's share of the index,
 * COINr's `get_eff_wts`) and noisy weights for the uncertainty analysis (COINr's
 * `get_noisy_weights`). Spec §5.
 */
import type { CoinFrame } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";

/** A weight set as plain JSON, the form the Aggregate step's `w` takes: `{ "<iCode>": weight }`. */
export type WeightSetObject = Readonly<Record<string, number>>;

/** Noise on one level: every weight w of that level becomes w·(1 + noise·(2U − 1)), U ~ U(0, 1). */
export interface WeightNoiseSpec {
  readonly level: number;
  /** The noise factor f, e.g. 0.25 for ±25 %. */
  readonly noise: number;
}

/**
 * A weight set by the name a pipeline gives it. `"Weight"` (iMeta's column, as the issue's
 * pipeline.json writes `"w": "Weight"`) is the frame's Original set, which is read from it.
 */
export function namedWeightSet(frame: CoinFrame, name: string): ReadonlyMap<string, number> | undefined {
  return frame.weightSets.get(name) ?? (name === "Weight" ? frame.weightSets.get("Original") : undefined);
}

/**
 * Effective weights of every indicator and aggregate: weights are first scaled to sum to 1
 * among the children of each parent (the top level among itself), then multiplied by the
 * effective weight of the parent, top down. Indicators' effective weights sum to 1, and so do those
 * of every level. A parent whose children's weights sum to zero gives NaN for them, as in COINr.
 *
 * `weights` defaults to the frame's `Original` set; a code missing from it is an error.
 */
export function effectiveWeights(
  frame: CoinFrame,
  weights: ReadonlyMap<string, number> | WeightSetObject = frame.weightSets.get("Original") ?? new Map(),
): Map<string, number> {
  const weightOf = (code: string): number => {
    const weight = weights instanceof Map ? weights.get(code) : (weights as WeightSetObject)[code];
    if (weight === undefined) {
      throw new CompositeIndexError(
        "composite-index/invalid-meta",
        `weights.${code}`,
        `the weight set gives no weight for ${code}`,
      );
    }
    return weight;
  };
  const effective = new Map<string, number>();
  const top = frame.maxLevel === 1 ? frame.indicators : (frame.aggregatesByLevel[frame.maxLevel - 2] ?? []);
  const topSum = top.reduce((sum, code) => sum + weightOf(code), 0);
  for (const code of top) effective.set(code, weightOf(code) / topSum);
  for (let level = frame.maxLevel; level >= 2; level -= 1) {
    for (const parent of frame.aggregatesByLevel[level - 2] ?? []) {
      const children = frame.children.get(parent) ?? [];
      const sum = children.reduce((total, code) => total + weightOf(code), 0);
      const parentWeight = effective.get(parent) ?? Number.NaN;
      for (const code of children) effective.set(code, (weightOf(code) / sum) * parentWeight);
    }
  }
  return effective;
}

/**
 * `n` noisy copies of a weight set: for each replication, for each spec in the order given, for
 * each element of that level in frame order (indicators in iMeta order, aggregates alphabetical),
 * w' = w·(1 + f·(2U − 1)) with one draw U of `random` per weight. Elements of levels not listed
 * keep their weight. Each copy is a plain `{ iCode: weight }` object holding every weighted code,
 * ready to be an alternative of the Aggregate step's `w`.
 */
export function noisyWeights(
  frame: CoinFrame,
  base: ReadonlyMap<string, number> | WeightSetObject,
  specs: readonly WeightNoiseSpec[],
  n: number,
  random: () => number,
): WeightSetObject[] {
  const baseObject: Record<string, number> = base instanceof Map ? Object.fromEntries(base) : { ...base };
  const levels = specs.map((spec, index) => {
    const where = `noise[${index}]`;
    if (!Number.isInteger(spec.level) || spec.level < 1 || spec.level > frame.maxLevel) {
      throw new CompositeIndexError(
        "composite-index/invalid-uncertainty",
        `${where}.level`,
        `level ${spec.level} is not a level of the index (1…${frame.maxLevel})`,
      );
    }
    if (!Number.isFinite(spec.noise) || spec.noise < 0) {
      throw new CompositeIndexError(
        "composite-index/invalid-uncertainty",
        `${where}.noise`,
        `the noise factor must be a number ≥ 0, not ${spec.noise}`,
      );
    }
    const codes = spec.level === 1 ? frame.indicators : (frame.aggregatesByLevel[spec.level - 2] ?? []);
    for (const code of codes) {
      if (baseObject[code] === undefined) {
        throw new CompositeIndexError(
          "composite-index/invalid-uncertainty",
          where,
          `the base weight set gives no weight for ${code}`,
        );
      }
    }
    return { codes, noise: spec.noise };
  });
  const sets: WeightSetObject[] = [];
  for (let replication = 0; replication < n; replication += 1) {
    const set = { ...baseObject };
    for (const { codes, noise } of levels) {
      for (const code of codes) set[code] = (set[code] as number) * (1 + noise * (2 * random() - 1));
    }
    sets.push(set);
  }
  return sets;
}
