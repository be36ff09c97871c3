/**
 * A reader's search input, parsed once and written out as `tsquery` text for the two vectors
 * of a record: the script-folded one and the stemmed one. The syntax is the familiar web
 * search one (PostgreSQL's `websearch_to_tsquery`): words are all required, `"…"` is a phrase,
 * `-word` excludes, `or` between words offers alternatives. Nothing a reader types is an error.
 * Exclusions are rendered apart (`select: "negated"`): a record is left out when either vector
 * holds an excluded word, which a single `!word` per vector could not say.
 */
import { type FoldedWord, foldWords } from "./fold-search-text.ts";
import { toStemmingText } from "./search-documents.ts";

export interface SearchQueryTerm {
  /** Folded words of the term; several when it was a phrase or had punctuation inside. */
  readonly words: readonly FoldedWord[];
  /** The same words prepared for the stemming configurations. */
  readonly stemmingWords: readonly string[];
  readonly negated: boolean;
  /** Matches its last word as a prefix (search as you type). */
  readonly prefix: boolean;
}

export interface ParsedSearchQuery {
  /** Alternatives: a document matches when it matches every term of any one group. */
  readonly groups: readonly (readonly SearchQueryTerm[])[];
}

export interface ParseSearchQueryOptions {
  /** Match the last word as a prefix unless the input ends in a space (default true). */
  readonly prefix?: boolean;
  /** Words beyond this many are ignored, which bounds the cost of a query (default 10). */
  readonly maxWords?: number;
}

interface RawToken {
  readonly text: string;
  readonly negated: boolean;
  readonly quoted: boolean;
  readonly or: boolean;
}

function tokenize(input: string): RawToken[] {
  const tokens: RawToken[] = [];
  let index = 0;
  while (index < input.length) {
    const character = input[index] as string;
    if (/\s/u.test(character)) {
      index++;
      continue;
    }
    const negated = character === "-" && index + 1 < input.length && !/\s/u.test(input[index + 1] as string);
    if (negated) index++;
    if (input[index] === '"') {
      const close = input.indexOf('"', index + 1);
      const end = close === -1 ? input.length : close;
      tokens.push({ text: input.slice(index + 1, end), negated, quoted: true, or: false });
      index = end + 1;
      continue;
    }
    let end = index;
    while (end < input.length && !/[\s"]/u.test(input[end] as string)) end++;
    const text = input.slice(index, end);
    const or = !negated && (text.toLowerCase() === "or" || text === "|");
    tokens.push({ text, negated, quoted: false, or });
    index = end;
  }
  return tokens;
}

/** Parses search input; an input without words yields no groups (browse everything). */
export function parseSearchQuery(input: string, options: ParseSearchQueryOptions = {}): ParsedSearchQuery {
  const maxWords = options.maxWords ?? 10;
  const endsOpen = options.prefix !== false && input.length > 0 && !/[\s"]$/u.test(input);
  const tokens = tokenize(input);
  const groups: SearchQueryTerm[][] = [[]];
  let wordCount = 0;
  tokens.forEach((token, position) => {
    if (token.or) {
      if ((groups.at(-1) as SearchQueryTerm[]).length > 0) groups.push([]);
      return;
    }
    if (wordCount >= maxWords) return;
    const words = foldWords(token.text).slice(0, maxWords - wordCount);
    if (words.length === 0) return;
    wordCount += words.length;
    const isLast = position === tokens.length - 1;
    (groups.at(-1) as SearchQueryTerm[]).push({
      words,
      stemmingWords: toStemmingText(token.text).split(" ").filter(Boolean),
      negated: token.negated,
      prefix: isLast && endsOpen && !token.quoted && !token.negated,
    });
  });
  return { groups: groups.filter((group) => group.length > 0) };
}

/** True when the query has at least one word a document must contain. */
export function hasSearchTerms(query: ParsedSearchQuery): boolean {
  return query.groups.some((group) => group.some((term) => !term.negated));
}

function quote(lexeme: string): string {
  return `'${lexeme.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

function alternatives(items: readonly string[]): string {
  return items.length === 1 ? (items[0] as string) : `(${items.join(" | ")})`;
}

/** Positive terms as alternatives of conjunctions; negated ones as a disjunction of their own. */
export type TermSelection = "positive" | "negated";

function renderTerms(
  query: ParsedSearchQuery,
  renderTerm: (term: SearchQueryTerm) => string | undefined,
  select: TermSelection,
): string | undefined {
  const rendered = (terms: readonly SearchQueryTerm[]) =>
    terms.map(renderTerm).filter((text): text is string => text !== undefined);
  if (select === "negated") {
    const excluded = rendered(query.groups.flat().filter((term) => term.negated));
    return excluded.length === 0 ? undefined : excluded.join(" | ");
  }
  const groups = query.groups
    .map((group) => rendered(group.filter((term) => !term.negated)))
    .filter((group) => group.length > 0)
    .map((group) => (group.length === 1 ? (group[0] as string) : `(${group.join(" & ")})`));
  if (groups.length === 0) return undefined;
  return groups.length === 1 ? groups[0] : groups.join(" | ");
}

/**
 * `tsquery` text for the folded vector (`to_tsquery('simple', …)`). `corrections` maps a folded
 * word to spellings the index holds (typo tolerance); they become alternatives of that word.
 */
export function toFoldedTsquery(
  query: ParsedSearchQuery,
  corrections: ReadonlyMap<string, readonly string[]> = new Map(),
  select: TermSelection = "positive",
): string | undefined {
  return renderTerms(
    query,
    (term) => {
      const rendered = term.words.map((word, index) => {
        const suffix = term.prefix && index === term.words.length - 1 ? ":*" : "";
        const joined = [word.joined, ...(corrections.get(word.joined) ?? [])].map(
          (form, formIndex) => `${quote(form)}${formIndex === 0 ? suffix : ""}`,
        );
        if (word.parts.length === 1) return alternatives(joined);
        const parts = word.parts.map((part, partIndex) =>
          partIndex === word.parts.length - 1 ? `${quote(part)}${suffix}` : quote(part),
        );
        return `(${[...joined, parts.join(" <-> ")].join(" | ")})`;
      });
      return rendered.length === 1 ? rendered[0] : `(${rendered.join(" <-> ")})`;
    },
    select,
  );
}

/**
 * `tsquery` text for the stemmed vector, given to `to_tsquery(<config>, …)` so that PostgreSQL
 * stems each word as it stemmed the documents. Corrections of a one-word term join it as
 * alternatives.
 */
export function toStemmedTsquery(
  query: ParsedSearchQuery,
  corrections: ReadonlyMap<string, readonly string[]> = new Map(),
  select: TermSelection = "positive",
): string | undefined {
  return renderTerms(
    query,
    (term) => {
      if (term.stemmingWords.length === 0) return undefined;
      const corrected =
        term.words.length === 1 && term.stemmingWords.length === 1
          ? (corrections.get((term.words[0] as FoldedWord).joined) ?? [])
          : [];
      const words = term.stemmingWords.map((word, index) => {
        const suffix = term.prefix && index === term.stemmingWords.length - 1 ? ":*" : "";
        return alternatives([`${quote(word)}${suffix}`, ...corrected.map(quote)]);
      });
      return words.length === 1 ? words[0] : `(${words.join(" <-> ")})`;
    },
    select,
  );
}

/** The folded words a document must or may contain, for typo lookups and highlighting. */
export function positiveSearchWords(query: ParsedSearchQuery): { word: string; prefix: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const group of query.groups) {
    for (const term of group) {
      if (term.negated) continue;
      term.words.forEach((word, index) => {
        const prefix = term.prefix && index === term.words.length - 1;
        for (const form of new Set([word.joined, ...word.parts]))
          seen.set(form, (seen.get(form) ?? false) || prefix);
      });
    }
  }
  return [...seen].map(([word, prefix]) => ({ word, prefix }));
}
