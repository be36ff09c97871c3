/**
 * Language names as XLSForm writes them in headers and in `default_language`: a name with the
 * language's code in parentheses, `English (en)`, `Русский (ru)`, `فارسی (fa)` (xlsform.org,
 * "Multiple language support"). Texts are keyed by that code; a name without one keeps the name.
 */
import type { XlsFormLanguage } from "./xlsform-model.ts";

/** The key of unlabelled columns in a form without `default_language` (pyxform's name for it). */
export const unnamedLanguageKey = "default";

// A BCP 47 tag: a 2–3 letter language, then subtags (`zh-Hans`, `uz-Latn`, `fa-AF`).
const codeInParentheses = /\(\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\s*\)\s*$/;

export function toLanguage(name: string): XlsFormLanguage {
  const trimmed = name.trim();
  const code = codeInParentheses.exec(trimmed)?.[1];
  return code === undefined ? { key: trimmed, name: trimmed } : { key: code, name: trimmed, code };
}

export function languageKeyOf(name: string): string {
  return toLanguage(name).key;
}
