CREATE TABLE "questionnaire_version" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "questionnaire_version_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"form_id" text NOT NULL,
	"version" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"file_name" text NOT NULL,
	"content_hash" text NOT NULL,
	"source_base64" text NOT NULL,
	"form" jsonb NOT NULL,
	"imported_by" integer,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_round" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reporting_round_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"period" text NOT NULL,
	"due_date" date NOT NULL,
	"lock_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_round_period" CHECK ("reporting_round"."period" ~ '^[0-9]{4}$'),
	CONSTRAINT "reporting_round_lock_after_due" CHECK ("reporting_round"."lock_date" >= "reporting_round"."due_date")
);
--> statement-breakpoint
CREATE TABLE "round_assignment" (
	"round_id" integer NOT NULL,
	"area_code" text NOT NULL,
	CONSTRAINT "round_assignment_pk" PRIMARY KEY("round_id","area_code")
);
--> statement-breakpoint
ALTER TABLE "questionnaire_version" ADD CONSTRAINT "questionnaire_version_round_id_reporting_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_round"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_assignment" ADD CONSTRAINT "round_assignment_round_id_reporting_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_assignment" ADD CONSTRAINT "round_assignment_area_code_ref_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."ref_area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_version_round_version" ON "questionnaire_version" USING btree ("round_id","version");--> statement-breakpoint
CREATE INDEX "questionnaire_version_round" ON "questionnaire_version" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_round_name" ON "reporting_round" USING btree ("name");