import { describe, expect, it } from "vitest";
import golden from "../../test/golden/numeric/random-xoshiro128.json" with { type: "json" };
import { createRandom, createUint32Stream, xoshiroStateOfSeed } from "./random.ts";

// Expected values come from test/golden/numeric/random-xoshiro128.py, a plain Python transcription
// of SplitMix64 and xoshiro128** 1.1 (arbitrary-precision integers, masks instead of imul).
describe("createRandom", () => {
  it("seeds from SplitMix64 as its published test vector says", () => {
    // SplitMix64 from state 1234567 yields 6457827717110365317 then 3203168211198807973
    // (the vector of Vigna's splitmix64.c, also used by rand_xoshiro's tests).
    const words = xoshiroStateOfSeed(1234567);
    const first = BigInt(words[0] as number) + (BigInt(words[1] as number) << 32n);
    const second = BigInt(words[2] as number) + (BigInt(words[3] as number) << 32n);
    expect(first).toBe(6457827717110365317n);
    expect(second).toBe(3203168211198807973n);
  });

  for (const c of golden.cases) {
    it(`matches the Python reference for seed ${c.seed}`, () => {
      const state = xoshiroStateOfSeed(c.seed);
      expect(Array.from(state)).toEqual(c.state);
      const next = createUint32Stream(state);
      expect(c.uint32.map(() => next())).toEqual(c.uint32);
      const random = createRandom(c.seed);
      expect(c.doubles.map(() => random())).toEqual(c.doubles);
    });
  }

  it("gives doubles in [0, 1) on a 2^-53 grid, with a uniform mean and spread", () => {
    const random = createRandom(7);
    let sum = 0;
    let sumSquares = 0;
    let offGrid = 0;
    const n = 200_000;
    for (let i = 0; i < n; i += 1) {
      const u = random();
      if (!(u >= 0 && u < 1 && Number.isInteger(u * 2 ** 53))) offGrid += 1;
      sum += u;
      sumSquares += u * u;
    }
    expect(offGrid).toBe(0);
    // Mean 1/2 and variance 1/12; four standard errors of each as the tolerance.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSquares / n - sum ** 2 / n ** 2 - 1 / 12)).toBeLessThan(4 * Math.sqrt(1 / 180 / n));
  });

  it("repeats a stream for the same seed and differs between seeds", () => {
    const a = createRandom(99);
    const b = createRandom(99);
    const c = createRandom(100);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it("gives stream k the SplitMix64 outputs 2k + 1 and 2k + 2", () => {
    // The vector goes on 9817491932198370423, 4593380528125082431 (outputs 3 and 4).
    const words = xoshiroStateOfSeed(1234567, 1);
    expect(BigInt(words[0] as number) + (BigInt(words[1] as number) << 32n)).toBe(9817491932198370423n);
    expect(BigInt(words[2] as number) + (BigInt(words[3] as number) << 32n)).toBe(4593380528125082431n);
    expect(createRandom(5, 0)()).toBe(createRandom(5)());
    expect(createRandom(5, 1)()).not.toBe(createRandom(5)());
  });

  it("refuses a seed that is not a safe integer", () => {
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
  });
});
