/**
 * Snippets with the matched words marked, computed from the folded forms so that a word found
 * through folding (ي for ی, isik for ışık) or a correction is marked too. The result is a list
 * of plain-text segments: the interface escapes them, so no markup ever comes from data.
 */
import { foldWords } from "./fold-search-text.ts";

export interface SnippetSegment {
  readonly text: string;
  readonly hit: boolean;
}

export interface SnippetOptions {
  /** Words of context around the first hit (default 32 in all). */
  readonly maxWords?: number;
  readonly language?: string | undefined;
}

/** A predicate for folded word forms, built from the query's words and their corrections. */
export type WordMatcher = (form: string) => boolean;

/**
 * Matches a form equal to a query word, starting with a prefix word, or sharing a stem-like
 * beginning with it (at least four letters and all but three: recycling and recycled,
 * переработка and переработки), which approximates what the stemmers matched.
 */
export function createWordMatcher(words: readonly { word: string; prefix: boolean }[]): WordMatcher {
  return (form) =>
    words.some(({ word, prefix }) => {
      if (form === word || (prefix && form.startsWith(word))) return true;
      let common = 0;
      const limit = Math.min(form.length, word.length);
      while (common < limit && form[common] === word[common]) common++;
      return common >= 4 && common >= Math.min(form.length, word.length) - 3;
    });
}

/**
 * The passage of `text` around its first matching word, as segments; the opening words when
 * nothing matches. Ellipses mark text left out at either end.
 */
export function highlightSnippet(
  text: string,
  matches: WordMatcher,
  options: SnippetOptions = {},
): SnippetSegment[] {
  const maxWords = options.maxWords ?? 32;
  const words = foldWords(text, options.language);
  if (words.length === 0) return text === "" ? [] : [{ text, hit: false }];
  const isHit = words.map((word) => matches(word.joined) || word.parts.some((part) => matches(part)));
  const firstHit = isHit.indexOf(true);
  const first = firstHit === -1 ? 0 : Math.max(0, Math.min(firstHit - 8, words.length - maxWords));
  const last = Math.min(words.length, first + maxWords) - 1;
  const segments: SnippetSegment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece === "") return;
    const previous = segments.at(-1);
    if (previous !== undefined && previous.hit === hit)
      segments[segments.length - 1] = { text: previous.text + piece, hit };
    else segments.push({ text: piece, hit });
  };
  // From the very start when the passage begins with the text (keeping leading punctuation).
  const startOffset = first === 0 ? 0 : (words[first] as (typeof words)[number]).start;
  const endOffset = (words[last] as (typeof words)[number]).end;
  if (first > 0) push("… ", false);
  let cursor = startOffset;
  for (let index = first; index <= last; index++) {
    const word = words[index] as (typeof words)[number];
    push(text.slice(cursor, word.start), false);
    push(text.slice(word.start, word.end), isHit[index] as boolean);
    cursor = word.end;
  }
  // Keep the sentence's own closing punctuation when the passage reaches the end.
  push(last === words.length - 1 ? text.slice(endOffset) : " …", false);
  return segments;
}
