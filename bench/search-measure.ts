/**
 * The search benchmark's measuring process. bench/search.ts runs it in the source copy as
 * `node --expose-gc --import tsx bench/search-measure.ts RESULT.json`: a process of its own, so
 * that garbage collection can be forced for the memory figures and nothing the dispatcher holds
 * is counted. It generates the corpus, measures PGlite (load, then queries), then MiniSearch
 * (index build and memory, then the same queries), and writes everything to RESULT.json.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RecordInput } from "@circular-atlas/contracts";
import { buildFacetTable, buildMiniSearchIndex, toIndexedDocuments } from "./search-minisearch.ts";
import { measurePglite, type PgliteMeasurement } from "./search-pglite.ts";
import { type BenchQuery, buildQueryMix, queryClasses } from "./search-queries.ts";
import { type MemorySnapshot, measureMemory, type TimedRun, timeQueries } from "./search-timing.ts";
import { generateSearchCorpus } from "./support/search-corpus.ts";

export const searchSettings = {
  records: 100_000,
  corpusSeed: 42,
  querySeed: 4_242,
  warmupSeed: 99,
  warmupQueries: 70,
  rounds: 1,
  targetSearchP95Ms: 50,
  targetFacetsP95Ms: 100,
  /** Also load a second database keeping the GIN indexes, to compare the two load strategies. */
  compareLoadStrategies: true,
} as const;
export type SearchSettings = typeof searchSettings;

export interface CorpusSummary {
  readonly records: number;
  readonly published: number;
  readonly texts: Record<string, number>;
  readonly twoLanguages: number;
  readonly located: number;
  readonly generateMs: number;
}

export interface MiniSearchMeasurement {
  readonly buildMs: number;
  readonly heapBefore: MemorySnapshot;
  readonly heapAfter: MemorySnapshot;
  readonly queries: TimedRun;
}

export interface SearchMeasurement {
  readonly settings: SearchSettings;
  /** Versions of the packages measured (`@electric-sql/pglite`, `minisearch`) and PGlite's PostgreSQL. */
  readonly versions: { readonly pglite: string; readonly postgres: string; readonly minisearch: string };
  readonly corpus: CorpusSummary;
  /** The first queries of each class, as typed, for the page. */
  readonly examples: readonly BenchQuery[];
  readonly queryCount: number;
  readonly pglite: PgliteMeasurement;
  readonly minisearch: MiniSearchMeasurement;
}

function packageVersion(root: string, name: string): string {
  const manifest = path.join(root, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

function readTaxonomyCodes(root: string): Map<string, string[]> {
  const file = path.join(root, "data", "knowledge", "taxonomy.json");
  const taxonomy = JSON.parse(readFileSync(file, "utf8")) as { terms: { scheme: string; code: string }[] };
  const codes = new Map<string, string[]>();
  for (const term of taxonomy.terms) codes.set(term.scheme, [...(codes.get(term.scheme) ?? []), term.code]);
  return codes;
}

function summarise(corpus: readonly RecordInput[], generateMs: number): CorpusSummary {
  const texts: Record<string, number> = {};
  for (const record of corpus)
    for (const language of Object.keys(record.texts)) texts[language] = (texts[language] ?? 0) + 1;
  return {
    records: corpus.length,
    published: corpus.filter((record) => record.status === "published").length,
    texts,
    twoLanguages: corpus.filter((record) => Object.keys(record.texts).length > 1).length,
    located: corpus.filter((record) => record.location !== null && record.location !== undefined).length,
    generateMs,
  };
}

async function measureMiniSearch(
  corpus: readonly RecordInput[],
  warmup: readonly BenchQuery[],
  queries: readonly BenchQuery[],
): Promise<MiniSearchMeasurement> {
  const table = buildFacetTable(corpus);
  const documents = toIndexedDocuments(corpus);
  const heapBefore = measureMemory();
  const started = performance.now();
  const index = buildMiniSearchIndex(documents, table);
  const buildMs = performance.now() - started;
  const heapAfter = measureMemory();
  console.log(`MiniSearch: index built in ${(buildMs / 1_000).toFixed(1)} s`);
  const run = async (query: BenchQuery) => {
    const begun = performance.now();
    const result = index.search(query);
    return { ms: performance.now() - begun, total: result.total };
  };
  const timed = await timeQueries({
    label: "MiniSearch",
    warmup,
    queries,
    rounds: searchSettings.rounds,
    run,
  });
  return { buildMs, heapBefore, heapAfter, queries: timed };
}

async function main(resultPath: string): Promise<void> {
  const root = process.cwd();
  const generated = performance.now();
  const corpus = generateSearchCorpus({
    count: searchSettings.records,
    seed: searchSettings.corpusSeed,
    taxonomy: readTaxonomyCodes(root),
  });
  const summary = summarise(corpus, performance.now() - generated);
  console.log(
    `corpus: ${summary.records.toLocaleString("en")} records in ${(summary.generateMs / 1_000).toFixed(1)} s`,
  );
  const queries = buildQueryMix(searchSettings.querySeed);
  const warmup = buildQueryMix(searchSettings.warmupSeed).slice(0, searchSettings.warmupQueries);
  const pglite = await measurePglite({
    root,
    corpus,
    compareStrategies: searchSettings.compareLoadStrategies,
    warmup,
    queries,
    rounds: searchSettings.rounds,
  });
  const minisearch = await measureMiniSearch(corpus, warmup, queries);
  const examples = queryClasses.flatMap((queryClass) =>
    queries.filter((query) => query.queryClass === queryClass).slice(0, 4),
  );
  const measurement: SearchMeasurement = {
    settings: searchSettings,
    versions: {
      pglite: packageVersion(root, "@electric-sql/pglite"),
      postgres: pglite.postgresVersion,
      minisearch: packageVersion(root, "minisearch"),
    },
    corpus: summary,
    examples,
    queryCount: queries.length,
    pglite,
    minisearch,
  };
  writeFileSync(resultPath, JSON.stringify(measurement));
}

const [resultPath] = process.argv.slice(2);
if (resultPath === undefined)
  throw new Error("usage: node --expose-gc --import tsx bench/search-measure.ts RESULT.json");
await main(resultPath);
