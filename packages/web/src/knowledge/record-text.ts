import type { KnowledgeRecord } from "@circular-atlas/contracts";

/** The record's text in the reader's language when it has one, else in its original language. */
export function pickRecordText(
  record: Pick<KnowledgeRecord, "texts" | "originalLanguage">,
  language: string,
): { language: string; title: string; summary: string; body?: string | undefined; translated: boolean } {
  const chosen = record.texts[language] !== undefined ? language : record.originalLanguage;
  const text = record.texts[chosen] ?? Object.values(record.texts)[0];
  return {
    language: chosen,
    title: text?.title ?? "",
    summary: text?.summary ?? "",
    body: text?.body,
    translated: text?.translated ?? false,
  };
}

/** The name of a language in the UI language ("Persian", "персидский"), or the code. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Writing direction of a record's language. The server's list (formats' `directionOf`) is the
 * same; importing it would pull all of formats into these pages' chunk.
 */
const rightToLeft = new Set(["fa", "ur", "ps", "ar"]);

export function directionOf(language: string): "ltr" | "rtl" {
  return rightToLeft.has(language) ? "rtl" : "ltr";
}
