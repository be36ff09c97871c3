CREATE TABLE "framework" (
	"id" text PRIMARY KEY NOT NULL,
	"names" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "framework_group" (
	"framework_id" text NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "framework_group_pk" PRIMARY KEY("framework_id","code")
);
--> statement-breakpoint
CREATE TABLE "framework_indicator" (
	"framework_id" text NOT NULL,
	"code" text NOT NULL,
	"group_code" text NOT NULL,
	"names" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "framework_indicator_pk" PRIMARY KEY("framework_id","code")
);
--> statement-breakpoint
CREATE TABLE "framework_series" (
	"framework_id" text NOT NULL,
	"framework_indicator_code" text NOT NULL,
	"series_code" text NOT NULL,
	"relation" text NOT NULL,
	"dimension_key" text DEFAULT '' NOT NULL,
	"reason" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "framework_series_pk" PRIMARY KEY("framework_id","framework_indicator_code","series_code","dimension_key")
);
--> statement-breakpoint
ALTER TABLE "framework_group" ADD CONSTRAINT "framework_group_framework_id_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."framework"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_indicator" ADD CONSTRAINT "framework_indicator_group_fk" FOREIGN KEY ("framework_id","group_code") REFERENCES "public"."framework_group"("framework_id","code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_series" ADD CONSTRAINT "framework_series_series_code_indicator_code_fk" FOREIGN KEY ("series_code") REFERENCES "public"."indicator"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_series" ADD CONSTRAINT "framework_series_indicator_fk" FOREIGN KEY ("framework_id","framework_indicator_code") REFERENCES "public"."framework_indicator"("framework_id","code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "framework_series_series" ON "framework_series" USING btree ("series_code");