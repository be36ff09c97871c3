/**
 * The languages the app offers. Adding one is adding its catalogue in `src/locales/` and an
 * entry here; no component lists languages itself. English is the fallback for every string.
 */
import type { LocaleData } from "i18n-iso-countries";
import englishCountryNames from "i18n-iso-countries/langs/en.json";
import englishCatalogue from "../locales/en.json";

export type Catalogue = typeof englishCatalogue;
export type TextDirection = "ltr" | "rtl";

export interface Language {
  /** BCP 47 code, also the key of the API's LocalizedText and the `Intl` locale. */
  code: string;
  /** The language's name in itself, as the switcher shows it. */
  nativeName: string;
  dir: TextDirection;
  loadCatalogue: () => Promise<{ default: Catalogue }>;
  /** Country names from i18n-iso-countries; only the languages listed here are bundled. */
  loadCountryNames: () => Promise<{ default: LocaleData }>;
}

export const fallbackLanguage = "en";

export const languages: readonly Language[] = [
  {
    code: "en",
    nativeName: "English",
    dir: "ltr",
    // English is the fallback, so it ships in the main bundle and never waits for the network.
    loadCatalogue: () => Promise.resolve({ default: englishCatalogue }),
    loadCountryNames: () => Promise.resolve({ default: englishCountryNames }),
  },
  {
    code: "ru",
    nativeName: "Русский",
    dir: "ltr",
    loadCatalogue: () => import("../locales/ru.json"),
    loadCountryNames: () => import("i18n-iso-countries/langs/ru.json"),
  },
  {
    code: "fa",
    nativeName: "فارسی",
    dir: "rtl",
    loadCatalogue: () => import("../locales/fa.json"),
    loadCountryNames: () => import("i18n-iso-countries/langs/fa.json"),
  },
];

export function findLanguage(code: string | null | undefined): Language | undefined {
  return languages.find((language) => language.code === code);
}

/** The manifest entry for `code`, or the fallback language's. */
export function languageOf(code: string | null | undefined): Language {
  const found = findLanguage(code) ?? findLanguage(fallbackLanguage);
  if (!found) throw new Error(`missing fallback language: ${fallbackLanguage}`);
  return found;
}
