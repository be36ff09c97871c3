/**
 * A table as pymrio keeps it in a pandas DataFrame: named index levels on both axes, one label
 * tuple per row and per column, values row-major. Text-valued tables (`unit`) use the same
 * shape with strings.
 */

export interface LabelledMatrix {
  /** Row index level names, e.g. `["region", "sector"]`; `""` for an unnamed level (population). */
  readonly rowLevelNames: readonly string[];
  /**
   * Column index level names, e.g. `["region", "category"]`. A single-level header line does
   * not store its level name, so tables with one header line read back as `[""]`.
   */
  readonly columnLevelNames: readonly string[];
  /** One tuple per row, as long as `rowLevelNames`, in file order (pymrio never sorts). */
  readonly rowLabels: readonly (readonly string[])[];
  /** One tuple per column, as long as `columnLevelNames`, in file order. */
  readonly columnLabels: readonly (readonly string[])[];
  /** rows × columns, row-major: value (i, j) is `values[i * columnLabels.length + j]`. */
  readonly values: Float64Array;
}

/** A table of text cells in the same layout, for pymrio's `unit` tables. */
export interface LabelledTextTable {
  readonly rowLevelNames: readonly string[];
  readonly columnLevelNames: readonly string[];
  readonly rowLabels: readonly (readonly string[])[];
  readonly columnLabels: readonly (readonly string[])[];
  /** rows × columns, row-major. */
  readonly values: readonly string[];
}

/** The value at (row, column) of a labelled matrix; throws when out of range (a programmer error). */
export function matrixValue(matrix: LabelledMatrix, row: number, column: number): number {
  const columns = matrix.columnLabels.length;
  const value = matrix.values[row * columns + column];
  if (value === undefined || column >= columns || column < 0) {
    throw new Error(`matrix index out of range: (${row}, ${column})`);
  }
  return value;
}
