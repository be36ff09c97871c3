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
CREATE TABLE "submission" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "submission_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"round_id" integer NOT NULL,
	"area_code" text NOT NULL,
	"questionnaire_version_id" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"lead_endorsed_by" integer,
	"lead_endorsed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_state" CHECK ("submission"."state" in ('draft', 'submitted', 'returned', 'resubmitted', 'approved', 'published'))
);
--> statement-breakpoint
CREATE TABLE "submission_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "submission_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"submission_id" integer NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_label" text NOT NULL,
	"kind" text NOT NULL,
	"question" text,
	"from_state" text,
	"to_state" text,
	"before" jsonb,
	"after" jsonb,
	"comment" text,
	"revision" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "questionnaire_version" ADD CONSTRAINT "questionnaire_version_round_id_reporting_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_round"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_assignment" ADD CONSTRAINT "round_assignment_round_id_reporting_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_assignment" ADD CONSTRAINT "round_assignment_area_code_ref_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."ref_area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_round_id_reporting_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_round"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_area_code_ref_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."ref_area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_questionnaire_version_id_questionnaire_version_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_event" ADD CONSTRAINT "submission_event_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_version_round_version" ON "questionnaire_version" USING btree ("round_id","version");--> statement-breakpoint
CREATE INDEX "questionnaire_version_round" ON "questionnaire_version" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_round_name" ON "reporting_round" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "submission_round_area" ON "submission" USING btree ("round_id","area_code");--> statement-breakpoint
CREATE INDEX "submission_event_question" ON "submission_event" USING btree ("submission_id","question","id");--> statement-breakpoint
-- A submission's history is append-only, like the audit log: only a restore, which replaces every
-- table in one transaction, may rewrite it.
CREATE FUNCTION submission_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('atlas.restoring', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'submission_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER submission_event_append_only BEFORE UPDATE OR DELETE ON submission_event FOR EACH ROW EXECUTE FUNCTION submission_event_append_only();
