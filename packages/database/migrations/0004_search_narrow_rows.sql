-- Narrow knowledge-record rows: PostgreSQL keeps long values (texts, search vectors, search
-- words) inline, compressed, until a row reaches 2 KB, so 100,000 records filled 15,000 pages
-- and a search matching 12,000 of them visited 8,600 pages just to read their numbers. With a
-- target of 128 bytes the long values move to the TOAST table and the same records fit in
-- 3,800 pages (docs/benchmarks.md, "Knowledge-base search"). Rows already written keep their
-- layout until rewritten; reindexStaleRecords rewrites every record of an older fold version.
ALTER TABLE "kb_record" SET (toast_tuple_target = 128);
