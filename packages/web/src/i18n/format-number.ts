/**
 * Number, year and date formatting for the UI language through `Intl`: Persian gets Persian
 * digits and separators, Russian a comma decimal and non-breaking spaces. Formatters are cached
 * because tables format hundreds of cells.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

export interface FormatNumberOptions {
  /** Most digits after the decimal point (the indicator's `decimals`); default 2. */
  decimals?: number;
  /** "36.2 million" instead of "36,200,000": for headline figures, not tables. */
  compact?: boolean;
}

export function formatNumber(value: number, language: string, options: FormatNumberOptions = {}): string {
  const decimals = options.decimals ?? 2;
  if (options.compact && Math.abs(value) >= 1e6) {
    return numberFormat(language, {
      notation: "compact",
      compactDisplay: "long",
      maximumFractionDigits: 1,
    }).format(value);
  }
  return numberFormat(language, { maximumFractionDigits: decimals }).format(value);
}

/** A calendar year in the language's digits, without a thousands separator. */
export function formatYear(year: number, language: string): string {
  return numberFormat(language, { useGrouping: false }).format(year);
}

/** "2000–2019" in the language's digits; a single year when both ends agree. */
export function formatYearRange(first: number, last: number, language: string): string {
  return first === last
    ? formatYear(first, language)
    : `${formatYear(first, language)}–${formatYear(last, language)}`;
}

/**
 * An ISO date (`2026-11-28`) in the language's long form. Gregorian in every language, so that
 * retrieval dates read on the same calendar as the data's years.
 */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, {
    dateStyle: "long",
    timeZone: "UTC",
    calendar: "gregory",
  }).format(date);
}
