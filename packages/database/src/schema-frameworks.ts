/**
 * Indicator frameworks (UN SDG indicators, Eurostat's CE monitoring framework, the UNECE/OECD
 * measurement framework): their groups, their indicators with the document each is cited from,
 * and which of our series stand for each indicator, directly or as a proxy. Only the baseline
 * writes these tables (migration 0007), replacing them whole on each load.
 */
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import type { LocalizedText } from "./schema.ts";
import { indicator } from "./schema.ts";

/** The document a framework or one of its indicators is written down in, and where. */
export interface FrameworkSourceCitation {
  title: string;
  publisher: string;
  year: number;
  url: string;
  locator: string;
}

export const frameworkSeriesRelations = ["direct", "proxy"] as const;

export const framework = pgTable("framework", {
  id: text("id").primaryKey(),
  names: jsonb("names").$type<LocalizedText>().notNull(),
  source: jsonb("source").$type<FrameworkSourceCitation>().notNull(),
  /** What the catalogue leaves out of the framework, and why. */
  notes: text("notes").notNull().default(""),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const frameworkGroup = pgTable(
  "framework_group",
  {
    frameworkId: text("framework_id")
      .notNull()
      .references(() => framework.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    names: jsonb("names").$type<LocalizedText>().notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [primaryKey({ name: "framework_group_pk", columns: [table.frameworkId, table.code] })],
);

export const frameworkIndicator = pgTable(
  "framework_indicator",
  {
    frameworkId: text("framework_id").notNull(),
    /** The framework's own code (`12.5.1`, `cei_srm030`). */
    code: text("code").notNull(),
    groupCode: text("group_code").notNull(),
    names: jsonb("names").$type<LocalizedText>().notNull(),
    source: jsonb("source").$type<FrameworkSourceCitation>().notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [
    primaryKey({ name: "framework_indicator_pk", columns: [table.frameworkId, table.code] }),
    foreignKey({
      name: "framework_indicator_group_fk",
      columns: [table.frameworkId, table.groupCode],
      foreignColumns: [frameworkGroup.frameworkId, frameworkGroup.code],
    }).onDelete("cascade"),
  ],
);

export const frameworkSeries = pgTable(
  "framework_series",
  {
    frameworkId: text("framework_id").notNull(),
    frameworkIndicatorCode: text("framework_indicator_code").notNull(),
    seriesCode: text("series_code")
      .notNull()
      .references(() => indicator.code),
    relation: text("relation", { enum: frameworkSeriesRelations }).notNull(),
    /** The breakdown counted (`DIM=CODE;…`); empty for the total. */
    dimensionKey: text("dimension_key").notNull().default(""),
    reason: text("reason").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [
    primaryKey({
      name: "framework_series_pk",
      columns: [table.frameworkId, table.frameworkIndicatorCode, table.seriesCode, table.dimensionKey],
    }),
    foreignKey({
      name: "framework_series_indicator_fk",
      columns: [table.frameworkId, table.frameworkIndicatorCode],
      foreignColumns: [frameworkIndicator.frameworkId, frameworkIndicator.code],
    }).onDelete("cascade"),
    index("framework_series_series").on(table.seriesCode),
  ],
);
