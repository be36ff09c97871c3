import type { LocalizedText } from "@circular-atlas/contracts";
import { fallbackLanguage } from "./languages.ts";

/** Text picked from the API's LocalizedText, saying whether it fell back to English. */
export interface PickedText {
  text: string;
  language: string;
  isFallback: boolean;
}

export function pickLocalizedText(text: LocalizedText, language: string): PickedText {
  const own = text[language];
  if (own) return { text: own, language, isFallback: false };
  return {
    text: text[fallbackLanguage] ?? Object.values(text)[0] ?? "",
    language: fallbackLanguage,
    isFallback: true,
  };
}
