import { fallbackLanguage, findLanguage } from "./languages.ts";

/** Where the chosen language is remembered between visits. */
export const languageStorageKey = "circular-atlas.language";

export interface LanguageSources {
  search: string;
  storage: Pick<Storage, "getItem"> | null;
  preferred: readonly string[];
}

/**
 * Picks the start-up language: `?lang=` first (so a shared link opens in its language), then the
 * stored choice, then the browser's preferences (matched on the primary subtag), then English.
 */
export function detectLanguage({ search, storage, preferred }: LanguageSources): string {
  const fromQuery = new URLSearchParams(search).get("lang");
  if (findLanguage(fromQuery)) return fromQuery as string;
  const stored = readStorage(storage);
  if (findLanguage(stored)) return stored as string;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split("-")[0];
    if (findLanguage(primary)) return primary as string;
  }
  return fallbackLanguage;
}

function readStorage(storage: Pick<Storage, "getItem"> | null): string | null {
  try {
    return storage?.getItem(languageStorageKey) ?? null;
  } catch {
    // Storage can throw when the browser blocks it (private mode, strict settings).
    return null;
  }
}

export function rememberLanguage(storage: Pick<Storage, "setItem"> | null, code: string): void {
  try {
    storage?.setItem(languageStorageKey, code);
  } catch {
    // Not remembering is fine; the choice still holds for this visit.
  }
}
