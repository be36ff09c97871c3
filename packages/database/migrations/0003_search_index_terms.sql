ALTER TABLE "kb_record" ADD COLUMN "num" integer NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "kb_record_num_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "kb_record" ADD COLUMN "search_title_terms" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_record" ADD COLUMN "search_body_terms" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "kb_record_num" ON "kb_record" USING btree ("num");