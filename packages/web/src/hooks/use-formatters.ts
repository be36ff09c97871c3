import type { LocalizedText } from "@circular-atlas/contracts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { countryName } from "../i18n/country-names.ts";
import {
  type FormatNumberOptions,
  formatDate,
  formatNumber,
  formatYear,
  formatYearRange,
} from "../i18n/format-number.ts";
import { type PickedText, pickLocalizedText } from "../i18n/localized-text.ts";

export interface Formatters {
  language: string;
  number: (value: number, options?: FormatNumberOptions) => string;
  year: (year: number) => string;
  yearRange: (first: number, last: number) => string;
  date: (isoDate: string) => string;
  country: (iso3: string) => string;
  text: (text: LocalizedText) => PickedText;
}

/** Formatting bound to the active UI language; components never build `Intl` objects. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      language,
      number: (value, options) => formatNumber(value, language, options),
      year: (year) => formatYear(year, language),
      yearRange: (first, last) => formatYearRange(first, last, language),
      date: (isoDate) => formatDate(isoDate, language),
      country: (iso3) => countryName(iso3, language),
      text: (text) => pickLocalizedText(text, language),
    }),
    [language],
  );
}
