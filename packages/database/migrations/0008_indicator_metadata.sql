CREATE TABLE "indicator_metadata" (
	"indicator_number" text NOT NULL,
	"area_code" text NOT NULL,
	"fields" jsonb NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source_files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"import_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_metadata_pk" PRIMARY KEY("indicator_number","area_code")
);
--> statement-breakpoint
ALTER TABLE "indicator_metadata" ADD CONSTRAINT "indicator_metadata_area_code_ref_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."ref_area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_metadata" ADD CONSTRAINT "indicator_metadata_import_id_import_batch_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."import_batch"("id") ON DELETE no action ON UPDATE no action;