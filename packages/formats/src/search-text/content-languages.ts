/**
 * The languages knowledge records are written in, with the PostgreSQL text-search configuration
 * that stems each one and its writing direction. PostgreSQL ships Snowball stemmers for English,
 * Russian and Turkish only; every other language of the region is indexed word for word
 * (`simple`), and the script-folded vector carries the matching across spellings.
 */

/** A text-search configuration both PostgreSQL 15 and PGlite ship. */
export type SearchConfigName = "english" | "russian" | "turkish" | "simple";

export interface ContentLanguage {
  /** BCP 47 tag as stored on records (`uz-Cyrl`, `kk`, …). */
  readonly code: string;
  readonly searchConfig: SearchConfigName;
  readonly direction: "ltr" | "rtl";
  /** Lower-casing follows Turkish rules (dotted and dotless i). */
  readonly turkicCasing: boolean;
}

const languages: readonly ContentLanguage[] = [
  { code: "en", searchConfig: "english", direction: "ltr", turkicCasing: false },
  { code: "ru", searchConfig: "russian", direction: "ltr", turkicCasing: false },
  { code: "fa", searchConfig: "simple", direction: "rtl", turkicCasing: false },
  { code: "tr", searchConfig: "turkish", direction: "ltr", turkicCasing: true },
  { code: "az", searchConfig: "simple", direction: "ltr", turkicCasing: true },
  { code: "kk", searchConfig: "simple", direction: "ltr", turkicCasing: false },
  { code: "ky", searchConfig: "simple", direction: "ltr", turkicCasing: false },
  { code: "uz", searchConfig: "simple", direction: "ltr", turkicCasing: false },
  { code: "uz-Cyrl", searchConfig: "simple", direction: "ltr", turkicCasing: false },
  { code: "tg", searchConfig: "simple", direction: "ltr", turkicCasing: false },
  { code: "tk", searchConfig: "simple", direction: "ltr", turkicCasing: false },
  { code: "ps", searchConfig: "simple", direction: "rtl", turkicCasing: false },
  { code: "ur", searchConfig: "simple", direction: "rtl", turkicCasing: false },
  { code: "ar", searchConfig: "simple", direction: "rtl", turkicCasing: false },
];

const byCode = new Map(languages.map((language) => [language.code, language]));

/** Every language a record's text may be written in. */
export const contentLanguageCodes: readonly string[] = languages.map((language) => language.code);

/** The language with this tag, or undefined when records may not use it. */
export function findContentLanguage(code: string): ContentLanguage | undefined {
  return byCode.get(code);
}

/** The stemming configuration for a language; `simple` for any language without a stemmer. */
export function searchConfigOf(code: string | undefined): SearchConfigName {
  return (code === undefined ? undefined : byCode.get(code)?.searchConfig) ?? "simple";
}

/** Writing direction of a language (unknown tags are left to right). */
export function directionOf(code: string | undefined): "ltr" | "rtl" {
  return (code === undefined ? undefined : byCode.get(code)?.direction) ?? "ltr";
}

/** Lower-cases by the language's own rules: Turkish and Azerbaijani map I to ı and İ to i. */
export function lowerCaseFor(text: string, code: string | undefined): string {
  const turkic = code === undefined ? false : (byCode.get(code)?.turkicCasing ?? false);
  return turkic ? text.toLocaleLowerCase("tr") : text.toLowerCase();
}
