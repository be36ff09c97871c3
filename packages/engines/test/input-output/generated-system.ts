/**
 * Random multi-regional tables for the input-output tests, from a seed: positive flows with about
 * a fifth of the entries zero, final demand with some negative inventory changes (row sums stay
 * positive, so every x > 0 and I − A is invertible), stressors and F_Y with zeros.
 */
import { fromRows } from "../../src/input-output/dense-matrix.ts";
import type { IoSystemInput } from "../../src/input-output/io-system.ts";
import { createRandom } from "../../src/numeric/random.ts";
import type { Plain } from "./gauss-jordan.ts";
import type { PlainSystem } from "./reference-io.ts";

export interface GeneratedShape {
  readonly R: number;
  readonly P: number;
  readonly C: number;
  readonly K: number;
  readonly seed: number;
  /** Makes this sector (0-based over all n) produce nothing: its rows of Z and Y are zero. */
  readonly zeroOutput?: number;
}

export function generatedSystem({ R, P, C, K, seed, zeroOutput }: GeneratedShape): {
  plain: PlainSystem;
  input: IoSystemInput;
} {
  const random = createRandom(seed);
  const n = R * P;
  const sparse = (scale: number) => (random() < 0.2 ? 0 : scale * random());
  const Z: Plain = Array.from({ length: n }, () => Array.from({ length: n }, () => sparse(100)));
  const Y: Plain = Array.from({ length: n }, () =>
    Array.from({ length: R * C }, (_, c) =>
      c % C === C - 1 && random() < 0.3 ? -5 * random() : 10 + sparse(200),
    ),
  );
  if (zeroOutput !== undefined) {
    (Z[zeroOutput] as number[]).fill(0);
    (Y[zeroOutput] as number[]).fill(0);
  }
  const F: Plain = Array.from({ length: K }, () => Array.from({ length: n }, () => sparse(50)));
  const F_Y: Plain = Array.from({ length: K }, () => Array.from({ length: R * C }, () => sparse(20)));
  const population = Array.from({ length: R }, () => 1 + 100 * random());
  const plain: PlainSystem = { R, P, C, Z, Y, F, F_Y, population };
  const input: IoSystemInput = {
    regions: Array.from({ length: R }, (_, r) => `reg${r + 1}`),
    sectors: Array.from({ length: P }, (_, p) => `sec${p + 1}`),
    categories: Array.from({ length: C }, (_, c) => `cat${c + 1}`),
    Z: fromRows(Z),
    Y: fromRows(Y),
    extensions: [
      { name: "stressors", rowLabels: F.map((_, k) => `s${k + 1}`), F: fromRows(F), F_Y: fromRows(F_Y) },
    ],
    population,
  };
  return { plain, input };
}
