/**
 * Ranks with R's `rank()` semantics: rank 1 is the smallest value, NaN stays NaN
 * (`na.last = "keep"`), and ties follow `ties.method`. Composite scores are ranked with
 * `rankDescending` (R's `rank(-x)`), so the highest score is rank 1.
 */
export type TiesMethod = "min" | "max" | "average" | "first" | "last";

export function rankAscending(values: ArrayLike<number>, ties: TiesMethod = "min"): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n).fill(Number.NaN);
  const order: number[] = [];
  for (let i = 0; i < n; i += 1) if (!Number.isNaN(values[i] as number)) order.push(i);
  // A stable sort keeps input order among ties, which is what "first" and "last" need.
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  let start = 0;
  while (start < order.length) {
    let end = start;
    const value = values[order[start] as number] as number;
    while (end + 1 < order.length && values[order[end + 1] as number] === value) end += 1;
    for (let k = start; k <= end; k += 1) {
      const at = order[k] as number;
      switch (ties) {
        case "min":
          ranks[at] = start + 1;
          break;
        case "max":
          ranks[at] = end + 1;
          break;
        case "average":
          ranks[at] = (start + end + 2) / 2;
          break;
        case "first":
          ranks[at] = k + 1;
          break;
        case "last":
          ranks[at] = end - (k - start) + 1;
          break;
      }
    }
    start = end + 1;
  }
  return ranks;
}

export function rankDescending(values: ArrayLike<number>, ties: TiesMethod = "min"): Float64Array {
  const negated = Float64Array.from(values as ArrayLike<number>, (value) => -value);
  return rankAscending(negated, ties);
}
