/**
 * The search benchmark's corpus: N synthetic knowledge records, the same for the same seed on
 * every machine (mulberry32). Every record is a valid `recordInputSchema` input tagged with
 * codes of the bundled taxonomy and the ten ECO member states; texts are word sequences drawn
 * from per-language domain vocabularies with Zipf weights (search-vocabulary.ts), so that some
 * words are in many records and most in few, as in real text. The records are not facts.
 */
import type { RecordInput, RecordTypeName } from "@circular-atlas/contracts";
import { type CorpusLanguage, corpusLanguages } from "./search-vocabulary.ts";
import { seededRandom } from "./statistics.ts";

/** Codes of the taxonomy (data/knowledge/taxonomy.json) by scheme. */
export type TaxonomyCodes = ReadonlyMap<string, readonly string[]>;

export interface SearchCorpusOptions {
  readonly count: number;
  readonly seed: number;
  readonly taxonomy: TaxonomyCodes;
}

export const memberStates = ["AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TKM", "TUR", "UZB"] as const;

/** Rough centre of each member state, for initiatives' map points. */
const centres: Readonly<Record<(typeof memberStates)[number], readonly [number, number]>> = {
  AFG: [33.9, 67.7],
  AZE: [40.1, 47.6],
  IRN: [32.4, 53.7],
  KAZ: [48.0, 66.9],
  KGZ: [41.2, 74.8],
  PAK: [30.4, 69.3],
  TJK: [38.9, 71.3],
  TKM: [38.97, 59.6],
  TUR: [39.0, 35.2],
  UZB: [41.4, 64.6],
};

const recordTypes: readonly RecordTypeName[] = [
  "policy",
  "good-practice",
  "stakeholder",
  "initiative",
  "barrier",
  "priority",
  "event",
  "document",
];

/** Mostly published, as a knowledge base that has been reviewed for a while. */
const statuses = [
  { status: "published", share: 0.88 },
  { status: "draft", share: 0.06 },
  { status: "under-review", share: 0.04 },
  { status: "archived", share: 0.02 },
] as const;

interface Draw {
  readonly random: () => number;
  integer(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  some<T>(items: readonly T[], min: number, max: number): T[];
  chance(share: number): boolean;
}

function createDraw(seed: number): Draw {
  const random = seededRandom(seed);
  const integer = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const wanted = Math.min(items.length, integer(min, max));
    const chosen = new Set<T>();
    while (chosen.size < wanted) chosen.add(pick(items));
    return [...chosen];
  };
  return { random, integer, pick, some, chance: (share) => random() < share };
}

/** Draws words with Zipf weights (exponent 1): the word of rank r has weight 1 / r. */
function zipfSampler(words: readonly string[], random: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / (rank + 1);
    cumulative.push(total);
  });
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return words[low] as string;
  };
}

interface TextWriter {
  title(): string;
  summary(): string;
}

function createTextWriter(language: CorpusLanguage, draw: Draw): TextWriter {
  const word = zipfSampler(language.words, draw.random);
  const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase(language.code) + text.slice(1);
  const words = (count: number, connectors: number) =>
    Array.from({ length: count }, () => {
      if (draw.chance(0.04)) return draw.pick(language.places);
      return draw.chance(connectors) ? draw.pick(language.connectors) : word();
    });
  return {
    title: () => capitalise(words(draw.integer(4, 8), 0.1).join(" ")),
    summary: () => {
      const all = words(draw.integer(20, 50), 0.2);
      const cut = draw.integer(8, all.length - 8);
      const sentences = [all.slice(0, cut), all.slice(cut)];
      return sentences.map((sentence) => `${capitalise(sentence.join(" "))}.`).join(" ");
    },
  };
}

function codes(taxonomy: TaxonomyCodes, scheme: string): readonly string[] {
  const list = taxonomy.get(scheme);
  if (list === undefined || list.length === 0) throw new Error(`the taxonomy has no ${scheme} codes`);
  return list;
}

function detailsOf(type: RecordTypeName, year: number, draw: Draw, taxonomy: TaxonomyCodes) {
  const date = () =>
    `${year}-${String(draw.integer(1, 12)).padStart(2, "0")}-${String(draw.integer(1, 28)).padStart(2, "0")}`;
  switch (type) {
    case "policy":
      return {
        policyKind: draw.pick(codes(taxonomy, "policy-kind")),
        policyStatus: draw.pick(codes(taxonomy, "policy-status")),
        instruments: draw.some(codes(taxonomy, "instrument"), 0, 2),
      };
    case "good-practice":
      return { practiceKind: draw.pick(codes(taxonomy, "practice-kind")) };
    case "stakeholder":
      return { stakeholderKind: draw.pick(codes(taxonomy, "stakeholder-kind")) };
    case "initiative":
      return {
        stage: draw.pick(codes(taxonomy, "initiative-stage")),
        ...(draw.chance(0.5) ? { budgetUsd: String(draw.integer(10, 5_000) * 1_000) } : {}),
      };
    case "barrier":
      return { barrierKind: draw.pick(codes(taxonomy, "barrier-kind")) };
    case "event":
      return { startDate: date() };
    case "document":
      return { publishedOn: date() };
    case "priority":
      return {};
  }
}

function statusOf(draw: Draw): RecordInput["status"] {
  let left = draw.random();
  for (const { status, share } of statuses) {
    left -= share;
    if (left < 0) return status;
  }
  return "published";
}

function recordAt(index: number, draw: Draw, writers: Map<string, TextWriter>, taxonomy: TaxonomyCodes) {
  const type = recordTypes[index % recordTypes.length] as RecordTypeName;
  const original = draw.pick(corpusLanguages).code;
  const languages = [original];
  // About one record in five carries a translation into a second language.
  if (draw.chance(0.2)) languages.push(draw.pick(corpusLanguages.filter((l) => l.code !== original)).code);
  const texts = Object.fromEntries(
    languages.map((code, position) => {
      const writer = writers.get(code) as TextWriter;
      return [code, { title: writer.title(), summary: writer.summary(), translated: position > 0 }];
    }),
  );
  const countries = draw.chance(0.1) ? draw.some(memberStates, 2, 2) : [draw.pick(memberStates)];
  const year = draw.integer(2000, 2025);
  const centre = centres[countries[0] as (typeof memberStates)[number]];
  const located = type === "initiative" && draw.chance(0.7);
  const record: RecordInput = {
    id: `bench-${String(index + 1).padStart(6, "0")}`,
    type,
    status: statusOf(draw),
    originalLanguage: original,
    texts,
    countries,
    sectors: draw.some(codes(taxonomy, "sector"), 1, 2),
    strategies: draw.some(codes(taxonomy, "strategy"), 1, 2),
    themes: draw.some(codes(taxonomy, "theme"), 1, 3),
    year,
    details: detailsOf(type, year, draw, taxonomy),
    location: located
      ? {
          latitude: Math.round((centre[0] + (draw.random() - 0.5) * 4) * 1e4) / 1e4,
          longitude: Math.round((centre[1] + (draw.random() - 0.5) * 4) * 1e4) / 1e4,
        }
      : null,
    sources: draw.chance(0.5)
      ? [{ title: "Synthetic benchmark source", publisher: "Circular Atlas bench", accessedOn: "2026-12-01" }]
      : [],
    // A few records point to an earlier one, so relations are loaded too.
    relations:
      index > 0 && draw.chance(0.05)
        ? [{ kind: "related-to", to: `bench-${String(draw.integer(1, index)).padStart(6, "0")}` }]
        : [],
  };
  return record;
}

/** `count` record inputs for `seed`; the same options always give the same records. */
export function generateSearchCorpus(options: SearchCorpusOptions): RecordInput[] {
  const draw = createDraw(options.seed);
  const writers = new Map(
    corpusLanguages.map((language) => [language.code, createTextWriter(language, draw)]),
  );
  return Array.from({ length: options.count }, (_, index) =>
    recordAt(index, draw, writers, options.taxonomy),
  );
}
