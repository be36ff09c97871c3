import countries from "i18n-iso-countries";
import { fallbackLanguage } from "./languages.ts";

/**
 * Country names in the UI language from i18n-iso-countries. Callers register a language's names
 * (through the language manifest) before rendering in it; English is always registered.
 */
export function registerCountryNames(data: Parameters<typeof countries.registerLocale>[0]): void {
  countries.registerLocale(data);
}

/** The name of an ISO 3166-1 alpha-3 code, falling back to English, then to the code itself. */
export function countryName(iso3: string, language: string): string {
  return countries.getName(iso3, language) ?? countries.getName(iso3, fallbackLanguage) ?? iso3;
}

/** Sorts ISO3 codes by their names in `language` (collation of that language). */
export function sortByCountryName(codes: readonly string[], language: string): string[] {
  const collator = new Intl.Collator(language);
  return [...codes].sort((a, b) => collator.compare(countryName(a, language), countryName(b, language)));
}
