CREATE TABLE "observation_version" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observation_version_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"indicator_code" text NOT NULL,
	"area_code" text NOT NULL,
	"time_period" text NOT NULL,
	"year" smallint NOT NULL,
	"dimension_key" text DEFAULT '' NOT NULL,
	"dimensions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer NOT NULL,
	"value" numeric NOT NULL,
	"unit" text NOT NULL,
	"unit_mult" smallint DEFAULT 0 NOT NULL,
	"obs_status" text DEFAULT 'A' NOT NULL,
	"nature" text,
	"source_id" text NOT NULL,
	"source_detail" text,
	"original_code" text NOT NULL,
	"derivation" text,
	"comment" text,
	"import_id" integer NOT NULL,
	"state" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "quality_flag" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quality_flag_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"version_id" bigint NOT NULL,
	"rule_id" text NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"message" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "quality_rule" (
	"id" text PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "observation_version" ADD CONSTRAINT "observation_version_import_id_import_batch_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_flag" ADD CONSTRAINT "quality_flag_version_id_observation_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."observation_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "observation_version_key" ON "observation_version" USING btree ("indicator_code","area_code","time_period","dimension_key","version");--> statement-breakpoint
CREATE INDEX "observation_version_pending" ON "observation_version" USING btree ("indicator_code","area_code") WHERE "observation_version"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "observation_version_current" ON "observation_version" USING btree ("indicator_code","area_code","time_period","dimension_key") WHERE "observation_version"."state" in ('published', 'pending');--> statement-breakpoint
CREATE UNIQUE INDEX "quality_flag_version_rule" ON "quality_flag" USING btree ("version_id","rule_id");--> statement-breakpoint
CREATE INDEX "quality_flag_open" ON "quality_flag" USING btree ("state");--> statement-breakpoint
-- Every value already stored becomes version 1, published when its import was.
INSERT INTO "observation_version" ("indicator_code", "area_code", "time_period", "year", "dimension_key", "dimensions", "version", "value", "unit", "unit_mult", "obs_status", "nature", "source_id", "source_detail", "original_code", "derivation", "comment", "import_id", "state", "recorded_at", "published_at")
SELECT o."indicator_code", o."area_code", o."time_period", o."year", o."dimension_key", o."dimensions", 1, o."value", o."unit", o."unit_mult", o."obs_status", o."nature", o."source_id", o."source_detail", o."original_code", o."derivation", o."comment", o."import_id", 'published', b."imported_at", b."imported_at"
FROM "observation" o JOIN "import_batch" b ON b."id" = o."import_id";
--> statement-breakpoint
-- The history follows `observation` by itself, so no write path can skip it. A row whose content
-- equals its published version (a re-import of the same figures) adds nothing; one equal to a
-- pending version (a reviewer confirming it) promotes that version; anything else becomes the
-- next version and retires the published one. Other pending versions stay for their reviewer: a
-- baseline refresh must not discard a national figure awaiting review (the review refuses one
-- older than what is published by then).
-- Content is compared with value::text, so 7.40 → 7.4 is a new version: the scale is what the
-- publisher wrote. A restore (atlas.restoring) copies the history itself and is left alone.
CREATE FUNCTION observation_history_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('atlas.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  WITH offered AS (
    SELECT c.* FROM changed c
    WHERE NOT EXISTS (
      SELECT 1 FROM observation_version v
      WHERE v.indicator_code = c.indicator_code AND v.area_code = c.area_code
        AND v.time_period = c.time_period AND v.dimension_key = c.dimension_key
        AND v.state = 'published'
        AND (v.value::text, v.unit, v.unit_mult, v.obs_status, v.nature, v.source_id, v.source_detail, v.original_code, v.derivation, v.comment)
          IS NOT DISTINCT FROM (c.value::text, c.unit, c.unit_mult, c.obs_status, c.nature, c.source_id, c.source_detail, c.original_code, c.derivation, c.comment)
    )
  ),
  promoted AS (
    UPDATE observation_version v SET state = 'published', published_at = now()
    FROM offered o
    WHERE v.indicator_code = o.indicator_code AND v.area_code = o.area_code
      AND v.time_period = o.time_period AND v.dimension_key = o.dimension_key
      AND v.state = 'pending'
      AND (v.value::text, v.unit, v.unit_mult, v.obs_status, v.nature, v.source_id, v.source_detail, v.original_code, v.derivation, v.comment)
        IS NOT DISTINCT FROM (o.value::text, o.unit, o.unit_mult, o.obs_status, o.nature, o.source_id, o.source_detail, o.original_code, o.derivation, o.comment)
    RETURNING v.indicator_code, v.area_code, v.time_period, v.dimension_key
  ),
  retired AS (
    UPDATE observation_version v SET state = 'superseded', superseded_at = now()
    FROM offered o
    WHERE v.indicator_code = o.indicator_code AND v.area_code = o.area_code
      AND v.time_period = o.time_period AND v.dimension_key = o.dimension_key
      AND v.state = 'published'
    RETURNING v.id
  ),
  flags AS (
    UPDATE quality_flag f SET state = 'superseded'
    FROM retired r WHERE f.version_id = r.id AND f.state = 'open'
    RETURNING f.id
  )
  INSERT INTO observation_version (indicator_code, area_code, time_period, year, dimension_key, dimensions, version, value, unit, unit_mult, obs_status, nature, source_id, source_detail, original_code, derivation, comment, import_id, state, published_at)
  SELECT o.indicator_code, o.area_code, o.time_period, o.year, o.dimension_key, o.dimensions,
    coalesce((SELECT max(v.version) FROM observation_version v
      WHERE v.indicator_code = o.indicator_code AND v.area_code = o.area_code
        AND v.time_period = o.time_period AND v.dimension_key = o.dimension_key), 0) + 1,
    o.value, o.unit, o.unit_mult, o.obs_status, o.nature, o.source_id, o.source_detail, o.original_code, o.derivation, o.comment, o.import_id, 'published', now()
  FROM offered o
  WHERE NOT EXISTS (
    SELECT 1 FROM promoted p
    WHERE p.indicator_code = o.indicator_code AND p.area_code = o.area_code
      AND p.time_period = o.time_period AND p.dimension_key = o.dimension_key
  );
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER observation_history_insert AFTER INSERT ON observation REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION observation_history_record();
--> statement-breakpoint
CREATE TRIGGER observation_history_update AFTER UPDATE ON observation REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION observation_history_record();
--> statement-breakpoint
-- A removed observation (a series the baseline no longer carries) stays readable as withdrawn.
CREATE FUNCTION observation_history_withdraw() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('atlas.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  UPDATE observation_version v SET state = 'withdrawn', superseded_at = now()
  FROM removed r
  WHERE v.indicator_code = r.indicator_code AND v.area_code = r.area_code
    AND v.time_period = r.time_period AND v.dimension_key = r.dimension_key
    AND v.state = 'published';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER observation_history_delete AFTER DELETE ON observation REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION observation_history_withdraw();
