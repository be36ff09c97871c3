-- The history triggers join the rows a statement changed with observation_version on the
-- observation key. Inside the long transaction of a large import the planner's statistics of
-- observation_version are those of a much smaller table, so it chose hash and merge joins that
-- read every current version for each batch of 1,000 rows: a 700,000-row import slowed as it
-- grew (528 s; 100,000 rows took 23 s). Each changed row has at most a few versions, found
-- through the key indexes, so nested loops over index scans are right whatever the statistics.
ALTER FUNCTION observation_history_record() SET enable_hashjoin = off;--> statement-breakpoint
ALTER FUNCTION observation_history_record() SET enable_mergejoin = off;--> statement-breakpoint
ALTER FUNCTION observation_history_withdraw() SET enable_hashjoin = off;--> statement-breakpoint
ALTER FUNCTION observation_history_withdraw() SET enable_mergejoin = off;
