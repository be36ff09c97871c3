/**
 * Indicator metadata per country, as national SDG platforms publish it (Open SDG `meta/<id>.yml`):
 * the SDG metadata fields (definitions, computation, sources, custodian agency, …), each in the
 * languages the publisher gives it. One row per indicator and country, replaced whole when the
 * publisher's repository is imported again (migration 0008).
 */
import { integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { LocalizedText } from "./schema.ts";
import { importBatch, refArea } from "./schema.ts";

export const indicatorMetadata = pgTable(
  "indicator_metadata",
  {
    /** The SDG (or national) indicator number as the publisher numbers it, dotted: `12.4.2`, `12.4.2.1`. */
    indicatorNumber: text("indicator_number").notNull(),
    areaCode: text("area_code")
      .notNull()
      .references(() => refArea.code),
    /** Field name (`computation_definitions`) → text per language; missing languages are absent. */
    fields: jsonb("fields").$type<Record<string, LocalizedText>>().notNull(),
    /** The page content (Markdown) per language, where the publisher gives one. */
    content: jsonb("content").$type<LocalizedText>().notNull().default({}),
    /** The files the metadata was read from, e.g. `meta/12-4-2.yml`. */
    sourceFiles: jsonb("source_files").$type<string[]>().notNull().default([]),
    importId: integer("import_id").references(() => importBatch.id),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "indicator_metadata_pk", columns: [table.indicatorNumber, table.areaCode] }),
  ],
);
