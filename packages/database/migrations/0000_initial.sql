CREATE TABLE "app_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dimension_code" (
	"dimension" text NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"parent_code" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dimension_code_dimension_code_pk" PRIMARY KEY("dimension","code")
);
--> statement-breakpoint
CREATE TABLE "import_batch" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_batch_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"file_name" text,
	"format" text NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"content_hash" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator" (
	"code" text PRIMARY KEY NOT NULL,
	"names" jsonb NOT NULL,
	"descriptions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"topic" text NOT NULL,
	"unit" text NOT NULL,
	"unit_labels" jsonb NOT NULL,
	"decimals" smallint DEFAULT 1 NOT NULL,
	"dimensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sdg_indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"default_source_id" text,
	"derivation" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observation" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"indicator_code" text NOT NULL,
	"area_code" text NOT NULL,
	"time_period" text NOT NULL,
	"year" smallint NOT NULL,
	"dimension_key" text DEFAULT '' NOT NULL,
	"dimensions" jsonb DEFAULT '{}'::jsonb NOT NULL,
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
	"import_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_area" (
	"code" text PRIMARY KEY NOT NULL,
	"m49" integer,
	"iso2" text,
	"level" text NOT NULL,
	"parent_code" text,
	"national_codes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"licence" text NOT NULL,
	"licence_url" text,
	"url" text,
	"retrieved_on" text,
	"version" text,
	"citation" text NOT NULL,
	"notes" text
);
--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_default_source_id_source_id_fk" FOREIGN KEY ("default_source_id") REFERENCES "public"."source"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_indicator_code_indicator_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicator"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_area_code_ref_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."ref_area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_source_id_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."source"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_import_id_import_batch_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "observation_key" ON "observation" USING btree ("indicator_code","area_code","time_period","dimension_key");--> statement-breakpoint
CREATE INDEX "observation_area_indicator" ON "observation" USING btree ("area_code","indicator_code");--> statement-breakpoint
CREATE INDEX "observation_indicator_year" ON "observation" USING btree ("indicator_code","year");