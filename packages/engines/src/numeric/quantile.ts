/**
 * R's default quantile (type 7) of the non-NaN values: h = (m − 1)p + 1 on the sorted values,
 * interpolated between the two neighbours. NaN when nothing is available.
 */
export function quantileType7(values: ArrayLike<number>, p: number): number {
  const sorted = availableSorted(values);
  return quantileOfSorted(sorted, p);
}

export function availableSorted(values: ArrayLike<number>): Float64Array {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (!Number.isNaN(value)) kept.push(value);
  }
  return Float64Array.from(kept).sort();
}

/** Type-7 quantile of values already sorted ascending with no NaN. */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const m = sorted.length;
  if (m === 0) return Number.NaN;
  const h = (m - 1) * p;
  const low = Math.floor(h);
  const lowValue = sorted[low] as number;
  if (low + 1 >= m) return lowValue;
  return lowValue + (h - low) * ((sorted[low + 1] as number) - lowValue);
}
