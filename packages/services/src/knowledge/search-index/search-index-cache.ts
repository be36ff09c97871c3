/**
 * One in-memory search index per database, kept in step with it: every search reads the data
 * stamp (one small query), and when another write has happened since — in this process or
 * another on the same PostgreSQL — reads the records changed lately. A change in the number of
 * records (a restore, an import) or a long time since the last full read rebuilds it whole.
 */
import {
  type AtlasExecutor,
  listRecordIndexRows,
  readSearchDataStamp,
  recordIndexExtent,
} from "@circular-atlas/database";
import { RecordSearchIndex } from "./record-search-index.ts";

/**
 * How far back a refresh reads. `updated_at` is when a writing transaction began, so a
 * transaction that began before rows already seen, and committed after, is caught if it lasted
 * less than this; a longer one is caught by the next full read.
 */
const refreshOverlapMs = 15 * 60_000;
/** A full read at least this often when data change, whatever the refreshes saw. */
const fullReadEveryMs = 30 * 60_000;

interface CachedIndex {
  readonly index: RecordSearchIndex;
  stamp: string;
  /** The newest `updated_at` read so far. */
  newestMs: number;
  builtAtMs: number;
}

const cache = new WeakMap<AtlasExecutor, Promise<CachedIndex>>();

async function buildIndex(db: AtlasExecutor, stamp: string): Promise<CachedIndex> {
  const rows = await listRecordIndexRows(db);
  const index = new RecordSearchIndex();
  index.upsert(rows);
  return {
    index,
    stamp,
    newestMs: rows.reduce((newest, row) => Math.max(newest, row.updatedAtMs), 0),
    builtAtMs: Date.now(),
  };
}

async function refresh(db: AtlasExecutor, cached: CachedIndex, stamp: string): Promise<CachedIndex> {
  if (Date.now() - cached.builtAtMs > fullReadEveryMs) return buildIndex(db, stamp);
  const rows = await listRecordIndexRows(db, { updatedSinceMs: cached.newestMs - refreshOverlapMs });
  cached.index.upsert(rows);
  const extent = await recordIndexExtent(db);
  if (extent.count !== cached.index.size || extent.maxNum !== cached.index.maxNum)
    return buildIndex(db, stamp);
  cached.stamp = stamp;
  cached.newestMs = rows.reduce((newest, row) => Math.max(newest, row.updatedAtMs), cached.newestMs);
  return cached;
}

/** The index for the database as it is now. Concurrent callers share one read. */
export async function recordSearchIndex(db: AtlasExecutor): Promise<RecordSearchIndex> {
  const stamp = await readSearchDataStamp(db);
  const pending = cache.get(db);
  const next = (async () => {
    const cached = pending === undefined ? undefined : await pending.catch(() => undefined);
    if (cached === undefined) return buildIndex(db, stamp);
    return cached.stamp === stamp ? cached : refresh(db, cached, stamp);
  })();
  cache.set(db, next);
  // A failed read is not kept: the next search tries again.
  next.catch(() => {
    if (cache.get(db) === next) cache.delete(db);
  });
  return (await next).index;
}
