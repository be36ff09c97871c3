-- The history triggers (0005) ran their statement through PL/pgSQL's plan cache: the plan made for
-- the first statement of a session was kept for every later one. In a large import the first batch
-- met a small observation_version and got hash and merge joins over all its current rows; every
-- later batch of 1,000 rows then read the whole, growing table: a 700,000-row import took 528 s,
-- and 100,000 rows into a 700,000-row table 343 s. EXECUTE plans each statement afresh, with the
-- size of the batch and of the table as they are, so each changed row is found through the key
-- indexes (on PostgreSQL a 1,000-row batch after 200,000 rows: 3.7 s before, 45 ms after). The
-- statements themselves are those of 0005, unchanged. PGlite keeps no statistics (no autovacuum)
-- and still plans hash joins for large tables (100,000 rows into 700,000: 305 s); turning hash and
-- merge joins off inside the triggers helped there (86 s) but made small imports in one long
-- transaction far slower (nested loops over sequential scans), so it is not done.
CREATE OR REPLACE FUNCTION observation_history_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('atlas.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  EXECUTE '  WITH offered AS (
    SELECT c.* FROM changed c
    WHERE NOT EXISTS (
      SELECT 1 FROM observation_version v
      WHERE v.indicator_code = c.indicator_code AND v.area_code = c.area_code
        AND v.time_period = c.time_period AND v.dimension_key = c.dimension_key
        AND v.state = ''published''
        AND (v.value::text, v.unit, v.unit_mult, v.obs_status, v.nature, v.source_id, v.source_detail, v.original_code, v.derivation, v.comment)
          IS NOT DISTINCT FROM (c.value::text, c.unit, c.unit_mult, c.obs_status, c.nature, c.source_id, c.source_detail, c.original_code, c.derivation, c.comment)
    )
  ),
  promoted AS (
    UPDATE observation_version v SET state = ''published'', published_at = now()
    FROM offered o
    WHERE v.indicator_code = o.indicator_code AND v.area_code = o.area_code
      AND v.time_period = o.time_period AND v.dimension_key = o.dimension_key
      AND v.state = ''pending''
      AND (v.value::text, v.unit, v.unit_mult, v.obs_status, v.nature, v.source_id, v.source_detail, v.original_code, v.derivation, v.comment)
        IS NOT DISTINCT FROM (o.value::text, o.unit, o.unit_mult, o.obs_status, o.nature, o.source_id, o.source_detail, o.original_code, o.derivation, o.comment)
    RETURNING v.indicator_code, v.area_code, v.time_period, v.dimension_key
  ),
  retired AS (
    UPDATE observation_version v SET state = ''superseded'', superseded_at = now()
    FROM offered o
    WHERE v.indicator_code = o.indicator_code AND v.area_code = o.area_code
      AND v.time_period = o.time_period AND v.dimension_key = o.dimension_key
      AND v.state = ''published''
    RETURNING v.id
  ),
  flags AS (
    UPDATE quality_flag f SET state = ''superseded''
    FROM retired r WHERE f.version_id = r.id AND f.state = ''open''
    RETURNING f.id
  )
  INSERT INTO observation_version (indicator_code, area_code, time_period, year, dimension_key, dimensions, version, value, unit, unit_mult, obs_status, nature, source_id, source_detail, original_code, derivation, comment, import_id, state, published_at)
  SELECT o.indicator_code, o.area_code, o.time_period, o.year, o.dimension_key, o.dimensions,
    coalesce((SELECT max(v.version) FROM observation_version v
      WHERE v.indicator_code = o.indicator_code AND v.area_code = o.area_code
        AND v.time_period = o.time_period AND v.dimension_key = o.dimension_key), 0) + 1,
    o.value, o.unit, o.unit_mult, o.obs_status, o.nature, o.source_id, o.source_detail, o.original_code, o.derivation, o.comment, o.import_id, ''published'', now()
  FROM offered o
  WHERE NOT EXISTS (
    SELECT 1 FROM promoted p
    WHERE p.indicator_code = o.indicator_code AND p.area_code = o.area_code
      AND p.time_period = o.time_period AND p.dimension_key = o.dimension_key
  )';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION observation_history_withdraw() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('atlas.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  EXECUTE '  UPDATE observation_version v SET state = ''withdrawn'', superseded_at = now()
  FROM removed r
  WHERE v.indicator_code = r.indicator_code AND v.area_code = r.area_code
    AND v.time_period = r.time_period AND v.dimension_key = r.dimension_key
    AND v.state = ''published''';
  RETURN NULL;
END
$$;
