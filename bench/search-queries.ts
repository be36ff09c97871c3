/**
 * The search benchmark's query mix: what readers type into the knowledge-base search, drawn
 * from the corpus vocabularies with a seeded generator, so every run and both engines get the
 * same queries in the same order. Classes: single words, two words, prefixes as typed,
 * misspellings, variant spellings (Turkish without ı and diacritics, Persian typed with Arabic
 * ي and ك or without the half-space, Russian е for ё), words with facet filters, and browsing
 * with filters only, where all the work is counting facets.
 */
import { memberStates } from "./support/search-corpus.ts";
import { corpusLanguages } from "./support/search-vocabulary.ts";
import { seededRandom, shuffled } from "./support/statistics.ts";

export const queryClasses = [
  "word",
  "two words",
  "prefix (as you type)",
  "typo",
  "variant spelling",
  "words + filters",
  "browse (filters only)",
] as const;
export type QueryClassName = (typeof queryClasses)[number];

/** One query as the API receives it (the `/api/search` parameters). */
export interface BenchQuery {
  readonly queryClass: QueryClassName;
  readonly q: string;
  readonly prefix: boolean;
  readonly country?: string;
  readonly type?: string;
  /** A comma-separated list of years. */
  readonly year?: string;
}

/** Queries per class in the measured mix (370 in all). */
export const queryCounts: Readonly<Record<QueryClassName, number>> = {
  word: 60,
  "two words": 50,
  "prefix (as you type)": 60,
  typo: 40,
  "variant spelling": 40,
  "words + filters": 60,
  "browse (filters only)": 60,
};

const recordTypes = [
  "policy",
  "good-practice",
  "stakeholder",
  "initiative",
  "barrier",
  "priority",
  "event",
  "document",
];

/** Turkish letters a reader without a Turkish keyboard types as ASCII. */
const asciiTurkish: Readonly<Record<string, string>> = {
  ı: "i",
  ş: "s",
  ğ: "g",
  ü: "u",
  ö: "o",
  ç: "c",
  İ: "I",
};

function variantsOf(word: string, language: string): string[] {
  const variants: string[] = [];
  if (language === "tr" && /[ıışğüöçİ]/u.test(word))
    variants.push(word.replace(/[ışğüöçİ]/gu, (c) => asciiTurkish[c] ?? c));
  if (language === "fa") {
    if (/[یک]/u.test(word)) variants.push(word.replaceAll("ی", "ي").replaceAll("ک", "ك"));
    if (word.includes("\u200C")) variants.push(word.replaceAll("\u200C", ""), word.replaceAll("\u200C", " "));
  }
  if (language === "ru" && word.includes("ё")) variants.push(word.replaceAll("ё", "е"));
  return variants;
}

/** A one-letter slip after the first letter: a letter left out, two swapped, or one doubled. */
function misspell(word: string, random: () => number): string {
  const letters = [...word];
  const at = 1 + Math.floor(random() * (letters.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) letters.splice(at, 1);
  else if (kind === 1) [letters[at], letters[at + 1]] = [letters[at + 1] as string, letters[at] as string];
  else letters.splice(at, 0, letters[at] as string);
  return letters.join("");
}

interface Drawer {
  readonly random: () => number;
  pick<T>(items: readonly T[]): T;
  language(): (typeof corpusLanguages)[number];
  singleWord(language: (typeof corpusLanguages)[number], minLength?: number): string;
}

function createDrawer(seed: number): Drawer {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return {
    random,
    pick,
    language: () => pick(corpusLanguages),
    singleWord: (language, minLength = 3) =>
      pick(language.words.filter((word) => !word.includes(" ") && [...word].length >= minLength)),
  };
}

function wordsQuery(draw: Drawer): string {
  const language = draw.language();
  return draw.random() < 0.5
    ? draw.singleWord(language)
    : `${draw.pick(language.words)} ${draw.pick(language.words)}`;
}

function filterOf(draw: Drawer): Pick<BenchQuery, "country" | "type" | "year"> {
  const year = () => String(2000 + Math.floor(draw.random() * 26));
  const roll = draw.random();
  if (roll < 0.35) return { country: draw.pick(memberStates) };
  if (roll < 0.6) return { type: draw.pick(recordTypes) };
  if (roll < 0.8) return { year: [year(), year(), year()].join(",") };
  return { country: draw.pick(memberStates), type: draw.pick(recordTypes), year: year() };
}

const builders: Readonly<Record<QueryClassName, (draw: Drawer) => Omit<BenchQuery, "queryClass">>> = {
  word: (draw) => ({ q: draw.singleWord(draw.language()), prefix: false }),
  "two words": (draw) => {
    const language = draw.language();
    return { q: `${draw.pick(language.words)} ${draw.pick(language.words)}`, prefix: false };
  },
  "prefix (as you type)": (draw) => {
    const language = draw.language();
    const word = [...draw.singleWord(language, 5)];
    const typed = word.slice(0, 3 + Math.floor(draw.random() * (word.length - 3))).join("");
    return { q: draw.random() < 0.5 ? typed : `${draw.pick(language.words)} ${typed}`, prefix: true };
  },
  typo: (draw) => ({ q: misspell(draw.singleWord(draw.language(), 6), draw.random), prefix: false }),
  "variant spelling": (draw) => {
    const language = draw.pick(corpusLanguages.filter((item) => item.code !== "en"));
    const candidates = language.words.flatMap((word) => variantsOf(word, language.code));
    return { q: draw.pick(candidates), prefix: false };
  },
  "words + filters": (draw) => ({ q: wordsQuery(draw), prefix: false, ...filterOf(draw) }),
  "browse (filters only)": (draw) => ({
    q: "",
    prefix: false,
    ...(draw.random() < 0.15 ? {} : filterOf(draw)),
  }),
};

/** The measured mix for `seed`: every class's count, shuffled so classes interleave as readers' queries do. */
export function buildQueryMix(
  seed: number,
  counts: Readonly<Record<QueryClassName, number>> = queryCounts,
): BenchQuery[] {
  const draw = createDrawer(seed);
  const queries = queryClasses.flatMap((queryClass) =>
    Array.from({ length: counts[queryClass] }, () => ({ queryClass, ...builders[queryClass](draw) })),
  );
  return shuffled(queries, draw.random);
}
