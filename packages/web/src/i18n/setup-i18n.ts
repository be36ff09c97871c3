/**
 * One i18next instance per app (and per test), loading a language's catalogue and country names
 * on first use. The document's `lang` and `dir` follow the active language, so Persian turns the
 * whole layout right-to-left through the stylesheets' logical properties.
 */
import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { registerCountryNames } from "./country-names.ts";
import { type Catalogue, fallbackLanguage, languageOf } from "./languages.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Catalogue };
  }
}

export type { I18n };

export async function createI18n(code: string): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: fallbackLanguage,
    fallbackLng: fallbackLanguage,
    resources: {},
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  await loadLanguage(instance, fallbackLanguage);
  try {
    await switchLanguage(instance, code);
  } catch (error) {
    // A catalogue that fails to download (a dropped connection) leaves the app in English
    // rather than blank; the switcher can try again.
    console.warn(`language ${code} could not be loaded`, error);
  }
  return instance;
}

/** Fetches a language's catalogue and country names once; later calls return at once. */
export async function loadLanguage(instance: I18n, code: string): Promise<void> {
  const language = languageOf(code);
  if (instance.hasResourceBundle(language.code, "translation")) return;
  const [catalogue, countryNames] = await Promise.all([
    language.loadCatalogue(),
    language.loadCountryNames(),
  ]);
  registerCountryNames(countryNames.default);
  instance.addResourceBundle(language.code, "translation", catalogue.default);
}

export async function switchLanguage(instance: I18n, code: string): Promise<void> {
  const language = languageOf(code);
  await loadLanguage(instance, language.code);
  await instance.changeLanguage(language.code);
}

/** Sets `<html lang dir>` for the active language. */
export function applyDocumentLanguage(document: Document, code: string): void {
  const language = languageOf(code);
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}
