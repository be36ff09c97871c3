/**
 * A seeded pseudo-random generator for Monte Carlo work: engines never call `Math.random`.
 *
 * Algorithm: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 47(4), 2021; reference C code at https://prng.di.unimi.it/), whose
 * 128-bit state is filled from the seed by SplitMix64 as its authors recommend. It works on
 * 32-bit words, so JavaScript runs it with `Math.imul` and no BigInt in the hot path. Each double
 * takes two outputs, a (27 high bits) and b (26 high bits): (a·2²⁶ + b) / 2⁵³, the construction of
 * MT19937's `genrand_res53`, so every value is a multiple of 2⁻⁵³ in [0, 1).
 *
 * The same seed gives the same sequence on every platform. The stream differs from R's
 * Mersenne-Twister, so COINr's draws are replayed through a design matrix instead.
 */

const twoPow64 = 1n << 64n;
const mask64 = twoPow64 - 1n;

/** One step of SplitMix64 (Steele, Lea & Flood 2014): returns the new state and the output. */
function splitMix64(state: bigint): { state: bigint; output: bigint } {
  const next = (state + 0x9e3779b97f4a7c15n) & mask64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask64;
  return { state: next, output: z ^ (z >> 31n) };
}

/**
 * The four 32-bit state words for a seed: two SplitMix64 outputs, each split low word first.
 * The seed is an integer (negative ones count modulo 2⁶⁴, as a C `uint64_t` cast would).
 * Stream k of a seed takes SplitMix64 outputs 2k + 1 and 2k + 2, so one seed gives independent
 * streams for different purposes (the design, a bootstrap) without inventing related seeds.
 */
export function xoshiroStateOfSeed(seed: number, stream = 0): Uint32Array {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  if (!Number.isInteger(stream) || stream < 0) throw new RangeError(`stream must be a count, got ${stream}`);
  let state = ((BigInt(seed) % twoPow64) + twoPow64) % twoPow64;
  for (let k = 0; k < 2 * stream; k += 1) state = splitMix64(state).state;
  const words = new Uint32Array(4);
  for (let k = 0; k < 2; k += 1) {
    const step = splitMix64(state);
    state = step.state;
    words[2 * k] = Number(step.output & 0xffffffffn);
    words[2 * k + 1] = Number(step.output >> 32n);
  }
  // An all-zero state would stay zero forever; SplitMix64 makes it practically impossible.
  if (words[0] === 0 && words[1] === 0 && words[2] === 0 && words[3] === 0) words[0] = 1;
  return words;
}

/** A xoshiro128** stream of unsigned 32-bit integers from the given state (which it copies). */
export function createUint32Stream(initial: Uint32Array): () => number {
  let s0 = (initial[0] as number) >>> 0;
  let s1 = (initial[1] as number) >>> 0;
  let s2 = (initial[2] as number) >>> 0;
  let s3 = (initial[3] as number) >>> 0;
  return () => {
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    s0 >>>= 0;
    s1 >>>= 0;
    s2 >>>= 0;
    s3 >>>= 0;
    return result;
  };
}

/** Uniform doubles in [0, 1) with 53 random bits each, reproducible from `seed` (and `stream`). */
export function createRandom(seed: number, stream = 0): () => number {
  const next = createUint32Stream(xoshiroStateOfSeed(seed, stream));
  return () => {
    const high = next() >>> 5;
    const low = next() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  };
}
