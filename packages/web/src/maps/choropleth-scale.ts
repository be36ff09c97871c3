/**
 * Colours for a choropleth: up to five quantile classes on ColorBrewer's sequential YlGnBu
 * scheme (legible in greyscale and for the common colour-vision deficiencies), and one no-data
 * colour that the map also hatches so that a gap never reads as a low value.
 *
 * The scale is written out here instead of taken from d3-scale and d3-scale-chromatic: importing
 * a scheme from d3-scale-chromatic pulls in its colour interpolators, about 12 KB gzipped on the
 * home page for three arrays of hex codes. The test checks both agree with d3.
 */
export const noDataColor = "#d9d9d9";
export const maxClasses = 5;

/** ColorBrewer YlGnBu by number of classes (Cynthia Brewer, colorbrewer2.org; as in d3-scale-chromatic). */
export const ylGnBu: Readonly<Record<3 | 4 | 5, readonly string[]>> = {
  3: ["#edf8b1", "#7fcdbb", "#2c7fb8"],
  4: ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
  5: ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
};

export interface ChoroplethClass {
  color: string;
  /** Smallest value in the class (inclusive). */
  from: number;
  /** Largest value in the class. */
  to: number;
}

export interface ChoroplethScale {
  classes: readonly ChoroplethClass[];
  colorOf(value: number | null | undefined): string;
}

export function createChoroplethScale(values: readonly number[]): ChoroplethScale {
  // Quantiles of the distinct values: ties (several countries on one published value) would
  // otherwise swallow a class and merge two that the legend promises apart.
  const distinct = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
  if (distinct.length === 0) return { classes: [], colorOf: () => noDataColor };

  const colors = paletteOf(Math.min(maxClasses, distinct.length));
  const thresholds = colors.slice(1).map((_, index) => quantileSorted(distinct, (index + 1) / colors.length));
  const classOf = (value: number) => thresholds.filter((threshold) => threshold <= value).length;

  // Each class spans the values that fall in it; a legend shows only the classes in use.
  const classes: ChoroplethClass[] = [];
  colors.forEach((color, index) => {
    const inClass = distinct.filter((value) => classOf(value) === index);
    const from = inClass[0];
    const to = inClass.at(-1);
    if (from !== undefined && to !== undefined) classes.push({ color, from, to });
  });

  return {
    classes,
    colorOf: (value) =>
      value === null || value === undefined || !Number.isFinite(value)
        ? noDataColor
        : (colors[classOf(value)] ?? noDataColor),
  };
}

/** The p-quantile of sorted values, interpolating linearly (R-7, as d3.quantileSorted does). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[below + 1] ?? low;
  return low + (high - low) * (position - below);
}

function paletteOf(count: number): readonly string[] {
  // ColorBrewer schemes start at three classes; fewer classes take the scheme's darker end.
  const scheme = ylGnBu[Math.max(3, count) as 3 | 4 | 5];
  return scheme.slice(scheme.length - count);
}
