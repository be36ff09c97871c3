/**
 * The input of `calcAll`: labels, the core tables and the extensions, and their validation. Shapes
 * and labels are checked before anything is computed, so a mismatch is reported against the matrix
 * that has it, with both counts, and a NaN or an infinity with its row and column labels.
 */
import type { DenseMatrix } from "./dense-matrix.ts";
import { InputOutputError } from "./input-output-error.ts";

/** A satellite account (pymrio's Extension): stressor rows by producing sector. */
export interface ExtensionInput {
  readonly name: string;
  /** One label per stressor row (e.g. "CO2 - air"). */
  readonly rowLabels: readonly string[];
  /** Stressors by producing (region, sector): K × n. Give F or S. */
  readonly F?: DenseMatrix;
  /** Stressor coefficients (per unit of output): K × n. */
  readonly S?: DenseMatrix;
  /** Stressors of final demand: K × (regions × categories). Give F_Y or S_Y, or neither. */
  readonly F_Y?: DenseMatrix;
  /** F_Y per unit of each final-demand column total. */
  readonly S_Y?: DenseMatrix;
}

/**
 * A multi-regional table, rows and columns region-major: all sectors of the first region, then of
 * the second... Final-demand columns likewise (region, category). Give Z (x optional), or A with x,
 * or A alone (x is then L·Y·1, pymrio's EXIOBASE case).
 */
export interface IoSystemInput {
  readonly regions: readonly string[];
  readonly sectors: readonly string[];
  readonly categories: readonly string[];
  readonly Z?: DenseMatrix;
  readonly A?: DenseMatrix;
  readonly x?: ArrayLike<number>;
  readonly Y: DenseMatrix;
  readonly extensions?: readonly ExtensionInput[];
  /** Inhabitants per region, for the `_cap` accounts. */
  readonly population?: ArrayLike<number>;
}

/** Label helpers for messages: sector k is `(region, sector)`, final-demand column c `(region, category)`. */
export interface SystemLabels {
  readonly n: number;
  readonly fdCols: number;
  readonly sectorLabel: (k: number) => string;
  readonly fdLabel: (c: number) => string;
}

export function systemLabels(input: IoSystemInput): SystemLabels {
  const p = input.sectors.length;
  const c = input.categories.length;
  return {
    n: input.regions.length * p,
    fdCols: input.regions.length * c,
    sectorLabel: (k) => `(${input.regions[Math.floor(k / p)]}, ${input.sectors[k % p]})`,
    fdLabel: (j) => `(${input.regions[Math.floor(j / c)]}, ${input.categories[j % c]})`,
  };
}

function invalid(where: string, message: string, details: Record<string, unknown> = {}): InputOutputError {
  return new InputOutputError("input-output/invalid-input", where, message, details);
}

function checkLabels(kind: string, labels: readonly string[]): void {
  if (labels.length === 0) throw invalid(kind, "there must be at least one");
  const seen = new Map<string, number>();
  labels.forEach((label, i) => {
    const first = seen.get(label);
    if (first !== undefined)
      throw invalid(`${kind} ${i + 1}`, `"${label}" already appears as ${kind} ${first + 1}`);
    seen.set(label, i);
  });
}

function checkShape(
  name: string,
  m: DenseMatrix,
  rows: number,
  cols: number,
  rowWhat: string,
  colWhat: string,
): void {
  if (m.rows !== rows) throw invalid(name, `has ${m.rows} rows, expected ${rows} (${rowWhat})`);
  if (m.cols !== cols) throw invalid(name, `has ${m.cols} columns, expected ${cols} (${colWhat})`);
}

function checkFinite(
  name: string,
  m: DenseMatrix,
  rowLabel: (i: number) => string,
  colLabel: (j: number) => string,
): void {
  for (let k = 0; k < m.data.length; k += 1) {
    const v = m.data[k] as number;
    if (!Number.isFinite(v)) {
      const i = Math.floor(k / m.cols);
      const j = k % m.cols;
      throw invalid(`${name} row ${rowLabel(i)}, column ${colLabel(j)}`, `is ${v}, not a finite number`, {
        matrix: name,
        row: i,
        column: j,
      });
    }
  }
}

function checkVector(
  name: string,
  v: ArrayLike<number>,
  length: number,
  what: string,
  label: (i: number) => string,
): void {
  if (v.length !== length) throw invalid(name, `has ${v.length} values, expected ${length} (${what})`);
  for (let i = 0; i < v.length; i += 1) {
    if (!Number.isFinite(v[i] as number))
      throw invalid(`${name} ${label(i)}`, `is ${v[i]}, not a finite number`);
  }
}

/** A replacement (or change) of Y for a scenario: the baseline's shape, finite. */
export function validateFinalDemand(name: string, y: DenseMatrix, input: IoSystemInput): void {
  const { n, fdCols, sectorLabel, fdLabel } = systemLabels(input);
  checkShape(name, y, n, fdCols, "as the baseline's Y", "as the baseline's Y");
  checkFinite(name, y, sectorLabel, fdLabel);
}

/** Throws the first problem found, in reading order: labels, core tables, extensions. */
export function validateSystem(input: IoSystemInput): SystemLabels {
  checkLabels("region", input.regions);
  checkLabels("sector", input.sectors);
  checkLabels("category", input.categories);
  const labels = systemLabels(input);
  const { n, fdCols, sectorLabel, fdLabel } = labels;
  const count = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const regions = count(input.regions.length, "region", "regions");
  const core = `${regions} × ${count(input.sectors.length, "sector", "sectors")}`;
  const fd = `${regions} × ${count(input.categories.length, "category", "categories")}`;
  if (input.Z !== undefined && input.A !== undefined)
    throw invalid("Z and A", "give Z, or A (with or without x), not both");
  const coefficients = input.Z ?? input.A;
  const coreName = input.Z !== undefined ? "Z" : "A";
  if (coefficients === undefined) throw invalid("Z", "missing: give Z, or A with x, or A alone with Y");
  if (coefficients.rows !== coefficients.cols) {
    throw invalid(coreName, `is ${coefficients.rows} × ${coefficients.cols}; it must be square`);
  }
  checkShape(coreName, coefficients, n, n, core, core);
  checkFinite(coreName, coefficients, sectorLabel, sectorLabel);
  checkShape("Y", input.Y, n, fdCols, `${coreName}: ${core}`, fd);
  checkFinite("Y", input.Y, sectorLabel, fdLabel);
  if (input.x !== undefined) checkVector("x", input.x, n, core, sectorLabel);
  if (input.population !== undefined) {
    checkVector(
      "population",
      input.population,
      input.regions.length,
      "one per region",
      (r) => `${input.regions[r]}`,
    );
  }
  for (const extension of input.extensions ?? []) validateExtension(extension, labels, core, fd);
  return labels;
}

function validateExtension(extension: ExtensionInput, labels: SystemLabels, core: string, fd: string): void {
  const { n, fdCols, sectorLabel, fdLabel } = labels;
  const k = extension.rowLabels.length;
  const rows = `one per row label of extension ${extension.name}`;
  const rowLabel = (i: number) => `"${extension.rowLabels[i]}"`;
  const name = (m: string) => `${extension.name}.${m}`;
  if ((extension.F === undefined) === (extension.S === undefined)) {
    throw invalid(name("F"), "give F or S (exactly one)");
  }
  if (extension.F_Y !== undefined && extension.S_Y !== undefined)
    throw invalid(name("F_Y"), "give F_Y or S_Y, not both");
  for (const [m, matrix] of [
    ["F", extension.F],
    ["S", extension.S],
  ] as const) {
    if (matrix === undefined) continue;
    checkShape(name(m), matrix, k, n, rows, `Z: ${core}`);
    checkFinite(name(m), matrix, rowLabel, sectorLabel);
  }
  for (const [m, matrix] of [
    ["F_Y", extension.F_Y],
    ["S_Y", extension.S_Y],
  ] as const) {
    if (matrix === undefined) continue;
    checkShape(name(m), matrix, k, fdCols, rows, `Y: ${fd}`);
    checkFinite(name(m), matrix, rowLabel, fdLabel);
  }
}
