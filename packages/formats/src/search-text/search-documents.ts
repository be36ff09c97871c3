/**
 * What the database indexes for a document: a script-folded `tsvector` written out here as a
 * literal (so positions and weights are the same on every PostgreSQL, whatever its locale), and
 * text prepared for PostgreSQL's stemmers.
 */
import { lowerCaseFor } from "./content-languages.ts";
import { foldWords } from "./fold-search-text.ts";

/** PostgreSQL weight labels: A for titles down to D. */
export type SearchWeight = "A" | "B" | "C" | "D";

export interface SearchField {
  readonly text: string;
  readonly weight: SearchWeight;
  /** Language of the text; it decides the lower-casing rules. */
  readonly language?: string | undefined;
}

/** PostgreSQL keeps positions up to 16,383 and at most 256 of them per lexeme. */
const maxPosition = 16_383;
const maxPositionsPerLexeme = 256;
/** Fields are kept apart so that a phrase never matches across two of them. */
const fieldGap = 8;

function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/**
 * The folded `tsvector` literal of the fields, e.g. `'حمل':1A 'حملونقل':2A 'ونقل':2A`.
 * A word's parts take consecutive positions and its joined form the last of them, so that
 * phrases match whichever form the reader types.
 */
export function toFoldedVector(fields: readonly SearchField[]): string {
  const positions = new Map<string, string[]>();
  const add = (lexeme: string, position: number, weight: SearchWeight) => {
    let list = positions.get(lexeme);
    if (list === undefined) {
      list = [];
      positions.set(lexeme, list);
    }
    if (list.length < maxPositionsPerLexeme) list.push(`${Math.min(position, maxPosition)}${weight}`);
  };
  let position = 0;
  for (const field of fields) {
    for (const word of foldWords(field.text, field.language)) {
      for (const part of word.parts) add(part, ++position, field.weight);
      if (word.parts.length > 1) add(word.joined, position, field.weight);
    }
    position += fieldGap;
  }
  return [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(",")}`).join(" ");
}

/**
 * Text for `to_tsvector(<stemming config>, …)`: lower-cased by the language's rules, marks and
 * tatweel removed, every other non-word character a space. PostgreSQL's parser then sees plain
 * words only, which it splits the same way in every database locale.
 */
export function toStemmingText(text: string, language?: string): string {
  return (
    lowerCaseFor(text.normalize("NFKC"), language)
      .replace(/[\p{M}\u0640\u00AD]/gu, "")
      // Modifier-letter apostrophes (Uzbek oʻ, gʻ) count as letters in Unicode; split there as at '.
      .replace(/[^\p{L}\p{N}]+|[\u02BB\u02BC]+/gu, " ")
      .trim()
  );
}
