import { formatNumber, formatYear } from "../i18n/format-number.ts";

/** What every chart function needs besides its data. */
export interface ChartOptions {
  /** What the chart shows, in a sentence: the drawing's accessible name (`role="img"`). */
  label: string;
  /** UI language: digits, separators and tick labels follow it. */
  language: string;
  /** Width and height of the drawing in SVG user units; CSS scales it down to fit. */
  width?: number;
  height?: number;
  /** Decimals for values in tooltips (the indicator's `decimals`). */
  decimals?: number;
  /** The element factory; the browser's document by default, jsdom's in tests. */
  document?: Document;
}

/** Tick labels on a value axis: compact ("36M", "36 млн", "۳۶ میلیون") from ten thousand up. */
export function valueTickFormat(language: string): (value: number) => string {
  const compact = new Intl.NumberFormat(language, { notation: "compact", maximumFractionDigits: 1 });
  return (value) =>
    Math.abs(value) >= 1e4 ? compact.format(value) : formatNumber(value, language, { decimals: 2 });
}

/** Tick labels on a year axis: whole years only, in the language's digits. */
export function yearTickFormat(language: string): (year: number) => string {
  return (year) => (Number.isInteger(year) ? formatYear(year, language) : "");
}
