/**
 * The PGlite half of the search benchmark: an in-memory database migrated and given the
 * taxonomy and the member states, the corpus bulk-loaded through the service, `VACUUM ANALYZE`,
 * then the query mix through `searchKnowledge` as an anonymous reader sees it (the first search
 * builds the in-memory index; it is timed apart).
 */
import path from "node:path";
import { type RecordInput, searchQuerySchema } from "@circular-atlas/contracts";
import {
  type DatabaseHandle,
  executeRows,
  migrateDatabase,
  openDatabase,
  upsertAreas,
  upsertTaxonomyTerms,
} from "@circular-atlas/database";
import { bulkLoadRecords, readBaseline, readKnowledgeSeed, searchKnowledge } from "@circular-atlas/services";
import { sql } from "drizzle-orm";
import type { BenchQuery } from "./search-queries.ts";
import { type MemorySnapshot, measureMemory, type TimedRun, timeQueries } from "./search-timing.ts";

export interface PgliteLoad {
  readonly indexes: "keep" | "rebuild";
  readonly loadMs: number;
}

export interface PgliteMeasurement {
  /** `PostgreSQL 17.5 …`, as `version()` says. */
  readonly postgresVersion: string;
  readonly openMs: number;
  /** The load the queries ran on, and (when measured) the same load with the other index strategy. */
  readonly loads: readonly PgliteLoad[];
  readonly vacuumMs: number;
  /** The first search after the load: it reads every record's index row into the in-memory index. */
  readonly indexBuildMs: number;
  readonly sizes: {
    readonly database: number;
    readonly records: number;
    readonly indexes: Record<string, number>;
  };
  readonly memoryBefore: MemorySnapshot;
  readonly memoryAfter: MemorySnapshot;
  readonly queries: TimedRun;
}

/** The `/api/search` parameters of a benchmark query, parsed as the route parses them. */
function toSearchQuery(query: BenchQuery) {
  return searchQuerySchema.parse({
    q: query.q,
    prefix: String(query.prefix),
    ...(query.country === undefined ? {} : { country: query.country }),
    ...(query.type === undefined ? {} : { type: query.type }),
    ...(query.year === undefined ? {} : { year: query.year }),
  });
}

/** A migrated in-memory database with the bundled taxonomy and the baseline's areas (the ten member states). */
async function openPrepared(root: string): Promise<DatabaseHandle> {
  const handle = await openDatabase({});
  await migrateDatabase(handle.db);
  const { taxonomy } = await readKnowledgeSeed(path.join(root, "data", "knowledge"));
  await upsertTaxonomyTerms(handle.db, taxonomy.terms);
  await upsertAreas(handle.db, (await readBaseline(path.join(root, "data", "baseline"))).areas);
  return handle;
}

async function load(handle: DatabaseHandle, corpus: readonly RecordInput[], indexes: "keep" | "rebuild") {
  const started = performance.now();
  let reported = 0;
  await bulkLoadRecords({
    db: handle.db,
    actor: { kind: "system", label: "bench" },
    inputs: corpus,
    indexes,
    onProgress: (done, total) => {
      if (done - reported < 20_000 && done < total) return;
      reported = done;
      console.log(
        `  ${indexes} indexes: ${done.toLocaleString("en")} records, ${((performance.now() - started) / 1_000).toFixed(0)} s`,
      );
    },
  });
  return { indexes, loadMs: performance.now() - started };
}

async function readSizes(handle: DatabaseHandle): Promise<PgliteMeasurement["sizes"]> {
  const [sizes] = await executeRows<{ database: number; records: number }>(
    handle.db,
    sql`select pg_database_size(current_database())::float8 as database,
      pg_total_relation_size('kb_record')::float8 as records`,
  );
  const indexes = await executeRows<{ name: string; bytes: number }>(
    handle.db,
    sql`select indexname as name, pg_relation_size(quote_ident(indexname)::regclass)::float8 as bytes
      from pg_indexes where tablename = 'kb_record' order by indexname`,
  );
  return {
    database: sizes?.database ?? Number.NaN,
    records: sizes?.records ?? Number.NaN,
    indexes: Object.fromEntries(indexes.map((index) => [index.name, index.bytes])),
  };
}

export async function measurePglite(options: {
  root: string;
  corpus: readonly RecordInput[];
  /** Afterwards, load a second database keeping the GIN indexes, for the comparison (not queried). */
  compareStrategies: boolean;
  warmup: readonly BenchQuery[];
  queries: readonly BenchQuery[];
  rounds: number;
}): Promise<PgliteMeasurement> {
  const loads: PgliteLoad[] = [];
  // Memory is weighed around the measured database alone, before any other was made.
  const memoryBefore = measureMemory();
  const opened = performance.now();
  const handle = await openPrepared(options.root);
  const openMs = performance.now() - opened;
  let measurement: Omit<PgliteMeasurement, "loads">;
  try {
    loads.push(await load(handle, options.corpus, "rebuild"));
    const vacuumed = performance.now();
    await handle.db.execute(sql`vacuum analyze`);
    const vacuumMs = performance.now() - vacuumed;
    const sizes = await readSizes(handle);
    const [version] = await executeRows<{ version: string }>(handle.db, sql`select version() as version`);
    const run = async (query: BenchQuery) => {
      const parsed = toSearchQuery(query);
      const started = performance.now();
      const result = await searchKnowledge({ db: handle.db, viewer: undefined, query: parsed });
      return { ms: performance.now() - started, total: result.total };
    };
    const indexBuildMs = (await run({ queryClass: "browse (filters only)", q: "", prefix: false })).ms;
    // After the first search, so that the in-memory index the searches use is weighed too.
    const memoryAfter = measureMemory();
    const queries = await timeQueries({ label: "PGlite", ...options, run });
    // `PostgreSQL 18.7 (PGlite 0.5.17) on …`: the PGlite version is reported apart.
    const postgresVersion = version?.version.split(" on ")[0]?.replace(/\s*\(.*\)$/, "") ?? "PostgreSQL";
    measurement = {
      postgresVersion,
      openMs,
      vacuumMs,
      indexBuildMs,
      sizes,
      memoryBefore,
      memoryAfter,
      queries,
    };
  } finally {
    await handle.close();
  }
  if (options.compareStrategies) {
    const other = await openPrepared(options.root);
    try {
      loads.push(await load(other, options.corpus, "keep"));
    } finally {
      await other.close();
    }
  }
  return { ...measurement, loads };
}
