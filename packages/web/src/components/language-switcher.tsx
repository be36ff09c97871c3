import type { ChangeEvent } from "react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { rememberLanguage } from "../i18n/detect-language.ts";
import { languages } from "../i18n/languages.ts";
import { switchLanguage } from "../i18n/setup-i18n.ts";

/** A select of the manifest's languages, each named in itself; the choice is remembered. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const id = useId();

  async function handleLanguageChange(event: ChangeEvent<HTMLSelectElement>) {
    const code = event.target.value;
    await switchLanguage(i18n, code);
    rememberLanguage(safeLocalStorage(), code);
    // A `?lang=` in the address would win on reload; keep it in step with the choice.
    if (searchParams.has("lang")) {
      const next = new URLSearchParams(searchParams);
      next.set("lang", code);
      setSearchParams(next, { replace: true, preventScrollReset: true });
    }
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t("language.label")}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => void handleLanguageChange(event)}
        data-testid="language-switcher"
      >
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
