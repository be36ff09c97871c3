/**
 * What browsing without words or filters finds, per viewer visibility and data version: the
 * total, every facet's counts and the map points over all visible records. Counting facets over
 * 100,000 records takes the better part of a second in PGlite, and every browse needs those
 * counts (a facet whose own filter is the only one counts every visible record), so they are
 * counted once per data version and reused. The stamp is read on every use, so a write by any
 * process is seen at once.
 */
import {
  type AtlasExecutor,
  type RecordSearchSummary,
  type RecordVisibility,
  readSearchDataStamp,
  searchRecords,
} from "@circular-atlas/database";

interface CachedSummary {
  readonly stamp: string;
  readonly summary: RecordSearchSummary;
}

/** By database, then by visibility; only the summary of the current data stamp is kept. */
const summaries = new WeakMap<AtlasExecutor, Map<string, CachedSummary>>();

function visibilityKey(visibility: RecordVisibility): string {
  return visibility.all ? "all" : [...visibility.countries].sort().join(",");
}

export async function visibleRecordSummary(
  db: AtlasExecutor,
  visibility: RecordVisibility,
): Promise<RecordSearchSummary> {
  const stamp = await readSearchDataStamp(db);
  let byVisibility = summaries.get(db);
  if (byVisibility === undefined) {
    byVisibility = new Map();
    summaries.set(db, byVisibility);
  }
  const key = visibilityKey(visibility);
  const cached = byVisibility.get(key);
  if (cached !== undefined && cached.stamp === stamp) return cached.summary;
  const page = await searchRecords(db, { filter: {}, visibility, limit: 0, offset: 0, sort: "recent" });
  const summary = { total: page.total, facets: page.facets, points: page.points };
  byVisibility.set(key, { stamp, summary });
  return summary;
}
