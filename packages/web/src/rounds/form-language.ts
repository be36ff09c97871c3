/**
 * The form follows the UI language: its `label::ru` columns for Russian, and so on. A form
 * without the UI language is shown in its default language (the engine's fallback too).
 */
import type { FormState, LocalizedText as FormText, XlsForm } from "@circular-atlas/formats";

/** The form's language key for a UI language code, or undefined for the form's default. */
export function formLanguageKey(form: XlsForm, uiLanguage: string): string | undefined {
  return form.languages.find((language) => language.code === uiLanguage || language.key === uiLanguage)?.key;
}

/** A text of the form (a hint) in `key`, else the default language, else undefined. */
export function pickFormText(form: XlsForm, text: FormText, key: string | undefined): string | undefined {
  const fallback = form.settings.defaultLanguage ?? form.languages[0]?.key ?? "default";
  const picked = (key === undefined ? undefined : text[key]) ?? text[fallback];
  return picked === undefined || picked.trim() === "" ? undefined : picked;
}

/**
 * Fills `${name}` in a label with the current value, the instance's own first
 * (`policy[2]/…` reads `policy[2]/policy_title`), else the top-level question's.
 */
export function fillLabel(text: string, prefix: string, state: FormState): string {
  return text.replace(/\$\{([\w.-]+)\}/g, (_, name: string) => {
    const own = prefix === "" ? undefined : state.elements[`${prefix}/${name}`]?.value;
    return own ?? state.elements[name]?.value ?? "";
  });
}

/** `now` for `today()` and `now()`: the device's local time with its offset, as the engine wants. */
export function localDateTime(date: Date): string {
  const pad = (value: number) => String(Math.trunc(Math.abs(value))).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
