/**
 * Sobol low-discrepancy points (unscrambled, Gray-code order of Antonov & Saleev), with Joe &
 * Kuo's new-joe-kuo-6.21201 direction numbers (see `sobol-direction-numbers.ts`). Point i equals
 * SciPy's `qmc.Sobol(d, scramble=False)` point i: the first point is the origin.
 *
 * Coordinates are 32-bit binary fractions, so up to 2³² points are distinct per dimension.
 */
import { sobolDirectionNumbers } from "./sobol-direction-numbers.ts";

const bits = 32;
const scale = 2 ** -bits;

/** Dimensions this module supports: 1 (van der Corput) plus one per row of direction numbers. */
export const sobolMaxDimensions = sobolDirectionNumbers.length + 1;

/** Direction numbers v_1…v_32 of one dimension as 32-bit integers (v_k = m_k·2^(32−k)). */
function directionIntegers(dimension: number): Uint32Array {
  const v = new Uint32Array(bits);
  if (dimension === 0) {
    for (let k = 0; k < bits; k += 1) v[k] = 2 ** (bits - 1 - k);
    return v;
  }
  const row = sobolDirectionNumbers[dimension - 1] as readonly number[];
  const s = row[1] as number;
  const a = row[2] as number;
  for (let k = 0; k < s; k += 1) v[k] = (row[3 + k] as number) * 2 ** (bits - 1 - k);
  // Joe & Kuo's recurrence, scaled: v_k = a_1 v_{k−1} ⊕ … ⊕ a_{s−1} v_{k−s+1} ⊕ v_{k−s} ⊕ (v_{k−s} >> s),
  // with a_1 the most significant of the s − 1 bits of a.
  for (let k = s; k < bits; k += 1) {
    const back = v[k - s] as number;
    let value = back ^ (back >>> s);
    for (let i = 1; i < s; i += 1) {
      if ((a >>> (s - 1 - i)) & 1) value ^= v[k - i] as number;
    }
    v[k] = value >>> 0;
  }
  return v;
}

/**
 * A stream of d-dimensional Sobol points. `next(into)` writes the next point into `into[0…d)`;
 * the first call gives point 0 (the origin) unless `skip` points were passed over first.
 */
export class SobolSequence {
  readonly dimensions: number;
  private readonly directions: Uint32Array[];
  private readonly state: Uint32Array;
  private index = 0;

  constructor(dimensions: number, options: { skip?: number } = {}) {
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > sobolMaxDimensions) {
      throw new RangeError(`Sobol points need 1 to ${sobolMaxDimensions} dimensions, got ${dimensions}`);
    }
    this.dimensions = dimensions;
    this.directions = Array.from({ length: dimensions }, (_, j) => directionIntegers(j));
    this.state = new Uint32Array(dimensions);
    const skip = options.skip ?? 0;
    if (!Number.isInteger(skip) || skip < 0) throw new RangeError(`skip must be a count, got ${skip}`);
    if (skip > 0) this.skipTo(skip);
  }

  /** Jumps to point `index` directly: its coordinates are the XOR of v_k over the Gray code's bits. */
  private skipTo(index: number): void {
    const gray = (index ^ Math.floor(index / 2)) >>> 0;
    for (let j = 0; j < this.dimensions; j += 1) {
      const v = this.directions[j] as Uint32Array;
      let x = 0;
      for (let k = 0; k < bits; k += 1) if ((gray >>> k) & 1) x ^= v[k] as number;
      this.state[j] = x >>> 0;
    }
    this.index = index;
  }

  next(into: Float64Array): void {
    if (this.index >= 2 ** bits) throw new RangeError("the Sobol sequence is exhausted (2^32 points)");
    for (let j = 0; j < this.dimensions; j += 1) into[j] = (this.state[j] as number) * scale;
    // Point i+1 = point i ⊕ v_c, c = position of the lowest zero bit of i (Antonov–Saleev).
    let c = 0;
    let i = this.index;
    while (i & 1) {
      i >>>= 1;
      c += 1;
    }
    for (let j = 0; j < this.dimensions; j += 1) {
      this.state[j] = ((this.state[j] as number) ^ ((this.directions[j] as Uint32Array)[c] as number)) >>> 0;
    }
    this.index += 1;
  }
}

/** n Sobol points of dimension d, row-major (point i at `[i·d, (i+1)·d)`), after `skip` points. */
export function sobolPoints(n: number, dimensions: number, options: { skip?: number } = {}): Float64Array {
  const sequence = new SobolSequence(dimensions, options);
  const out = new Float64Array(n * dimensions);
  const point = new Float64Array(dimensions);
  for (let i = 0; i < n; i += 1) {
    sequence.next(point);
    out.set(point, i * dimensions);
  }
  return out;
}
