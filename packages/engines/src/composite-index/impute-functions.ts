/**
 * The fill values of COINr's vector imputation functions, on the available (non-NaN) values of
 * a selection of cells. R's `mean` sums in extended precision and then adds the mean residual;
 * the second pass here recovers most of what the extended sum gains, so results agree with R's
 * to the last bit or two (the golden tests compare to 1e-13 relative).
 */
export type FillFunction = "i_mean" | "i_median";

/** Mean of `values[at[k]]` over k with a non-NaN value; NaN when none is available. */
export function meanAt(values: ArrayLike<number>, at: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let k = 0; k < at.length; k += 1) {
    const value = values[at[k] as number] as number;
    if (!Number.isNaN(value)) {
      sum += value;
      n += 1;
    }
  }
  if (n === 0) return Number.NaN;
  const first = sum / n;
  let residual = 0;
  for (let k = 0; k < at.length; k += 1) {
    const value = values[at[k] as number] as number;
    if (!Number.isNaN(value)) residual += value - first;
  }
  return first + residual / n;
}

/** R's `median(na.rm = TRUE)`: the middle value, or the mean of the two middle ones. */
export function medianAt(values: ArrayLike<number>, at: ArrayLike<number>): number {
  const kept: number[] = [];
  for (let k = 0; k < at.length; k += 1) {
    const value = values[at[k] as number] as number;
    if (!Number.isNaN(value)) kept.push(value);
  }
  if (kept.length === 0) return Number.NaN;
  kept.sort((a, b) => a - b);
  const half = kept.length >> 1;
  if (kept.length % 2 === 1) return kept[half] as number;
  return ((kept[half - 1] as number) + (kept[half] as number)) / 2;
}

export function fillValue(f: FillFunction, values: ArrayLike<number>, at: ArrayLike<number>): number {
  return f === "i_mean" ? meanAt(values, at) : medianAt(values, at);
}
