/**
 * Script folding for search: the same function turns documents and queries into comparable
 * words, so that spellings a reader may type for one word meet. It folds by script, never by a
 * guessed language (search spec §2: language detection flips between Arabic and Persian per
 * document). Changing the rules changes stored vectors: bump `searchFoldVersion` so that
 * records are re-indexed.
 */
import { lowerCaseFor } from "./content-languages.ts";

/**
 * Version of the folding rules and of what is indexed; records indexed under another version are
 * re-indexed when the database opens. 2: title and body words kept for the in-memory ranking.
 */
export const searchFoldVersion = 2;

/** A word as the search index sees it. */
export interface FoldedWord {
  /** The folded word with joiners and apostrophes removed (`oʻzbekiston` → `ozbekiston`). */
  readonly joined: string;
  /**
   * The pieces between joiners and apostrophes (`حمل‌ونقل` → `حمل`, `ونقل`; `istanbul'daki` →
   * `istanbul`, `daki`); a single piece for a plain word. Persian writers type the half-space,
   * omit it or type a space, and Turkish suffixes follow an apostrophe, so both forms are indexed.
   */
  readonly parts: readonly string[];
  /** UTF-16 offsets of the word in the text it came from. */
  readonly start: number;
  readonly end: number;
}

/**
 * Words of the text: letters, marks and digits, with zero-width joiners, soft hyphens and
 * apostrophes allowed inside a word.
 */
// ZWJ stands outside the classes: Biome reads a class holding it as a broken emoji sequence.
const wordPattern =
  /[\p{L}\p{M}\p{N}]+(?:(?:[\u200C\u00AD'\u2019\u2018\u02BB\u02BC`\u00B4]|\u200D)[\p{L}\p{M}\p{N}]+)*/gu;
/** Where a word splits into parts: ZWNJ, ZWJ and the apostrophes Uzbek and Turkish use. */
const partSeparators = /(?:[\u200C'\u2019\u2018\u02BB\u02BC`\u00B4]|\u200D)+/u;
const nonWordCharacters = /[^\p{L}\p{M}\p{N}]+/u;
const combiningMark = /\p{M}/u;
const cyrillicLetter = /\p{Script=Cyrillic}/u;

/**
 * Letters folded to one form after diacritics are gone: Arabic yeh and alef maksura to Persian
 * yeh, Arabic kaf to Persian kaf, teh marbuta, ae and the Urdu heh forms to heh, alef wasla to
 * alef, tatweel removed; Turkish dotless ı to i; a few Latin letters without decomposition.
 */
const letterFolds: Readonly<Record<string, string>> = {
  "\u064A": "\u06CC",
  "\u0649": "\u06CC",
  "\u0643": "\u06A9",
  "\u0629": "\u0647",
  "\u06D5": "\u0647",
  "\u06C1": "\u0647",
  "\u06BE": "\u0647",
  "\u0671": "\u0627",
  "\u0640": "",
  "\u00AD": "",
  ı: "i",
  ə: "e",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ł: "l",
};

/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits become ASCII digits. */
function foldDigit(character: string): string | undefined {
  const code = character.charCodeAt(0);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  return undefined;
}

/**
 * Removes combining marks: Latin diacritics (ç ş ğ ö ü é), Arabic harakat, hamza and madda,
 * superscript alef. On Cyrillic letters only the diaeresis goes (ё → е); the breve stays, since
 * й and ў are letters of their own.
 */
function stripMarks(text: string): string {
  let result = "";
  let base = "";
  for (const character of text.normalize("NFD")) {
    if (combiningMark.test(character)) {
      const keep = cyrillicLetter.test(base) && character !== "\u0308";
      if (keep) result += character;
      continue;
    }
    base = character;
    result += character;
  }
  return result.normalize("NFC");
}

/** Folds a piece of text character by character (case, marks, letter variants, digits). */
export function foldCharacters(text: string, language?: string): string {
  const lowered = lowerCaseFor(text.normalize("NFKC"), language);
  let result = "";
  for (const character of stripMarks(lowered)) {
    result += letterFolds[character] ?? foldDigit(character) ?? character;
  }
  return result;
}

/** The folded words of a text, in order, with where each stood. */
export function foldWords(text: string, language?: string): FoldedWord[] {
  const words: FoldedWord[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    const parts = match[0]
      .split(partSeparators)
      .flatMap((piece) => foldCharacters(piece, language).split(nonWordCharacters))
      .filter((piece) => piece !== "");
    if (parts.length === 0) continue;
    words.push({ joined: parts.join(""), parts, start, end });
  }
  return words;
}

/** Every distinct form the index stores for these words (joined forms and parts). */
export function foldedForms(words: readonly FoldedWord[]): string[] {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word.joined);
    for (const part of word.parts) forms.add(part);
  }
  return [...forms];
}
