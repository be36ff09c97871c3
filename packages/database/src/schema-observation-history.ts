/**
 * The history of every observation and the data-quality flags raised on it. `observation` holds
 * what is published now; `observation_version` holds every value a key has had or has been
 * offered: the published one, those it superseded (readable "as published on <date>"), those
 * withdrawn, and flagged values waiting for a reviewer (`pending`), which are never shown as
 * published until confirmed. Triggers (migration 0005) append a version whenever `observation`
 * changes, so no write path can bypass the history; pending versions are written by the import.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { Dimensions } from "./schema.ts";
import { importBatch } from "./schema.ts";

export const observationVersionStates = [
  "published",
  "pending",
  "superseded",
  "withdrawn",
  "rejected",
] as const;
export type ObservationVersionState = (typeof observationVersionStates)[number];

export const observationVersion = pgTable(
  "observation_version",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    indicatorCode: text("indicator_code").notNull(),
    areaCode: text("area_code").notNull(),
    timePeriod: text("time_period").notNull(),
    year: smallint("year").notNull(),
    dimensionKey: text("dimension_key").notNull().default(""),
    dimensions: jsonb("dimensions").$type<Dimensions>().notNull().default({}),
    /** 1 for the first value of a key, then 2, 3, … in the order they were offered. */
    version: integer("version").notNull(),
    value: numeric("value").notNull(),
    unit: text("unit").notNull(),
    unitMult: smallint("unit_mult").notNull().default(0),
    obsStatus: text("obs_status").notNull().default("A"),
    nature: text("nature"),
    sourceId: text("source_id").notNull(),
    sourceDetail: text("source_detail"),
    originalCode: text("original_code").notNull(),
    derivation: text("derivation"),
    comment: text("comment"),
    importId: integer("import_id")
      .notNull()
      .references(() => importBatch.id),
    state: text("state", { enum: observationVersionStates }).notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "string" })
      .notNull()
      .default(sql`now()`),
    /** When the version became the published value; null while pending or when rejected. */
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "string" }),
    /** When a later version (or a withdrawal) replaced it. */
    supersededAt: timestamp("superseded_at", { withTimezone: true, mode: "string" }),
  },
  (table) => [
    uniqueIndex("observation_version_key").on(
      table.indicatorCode,
      table.areaCode,
      table.timePeriod,
      table.dimensionKey,
      table.version,
    ),
    index("observation_version_pending")
      .on(table.indicatorCode, table.areaCode)
      .where(sql`${table.state} = 'pending'`),
    // The history triggers look up a key's published and pending versions on every write.
    index("observation_version_current")
      .on(table.indicatorCode, table.areaCode, table.timePeriod, table.dimensionKey)
      .where(sql`${table.state} in ('published', 'pending')`),
  ],
);

export const qualityFlagStates = ["open", "confirmed", "rejected", "superseded"] as const;
export type QualityFlagState = (typeof qualityFlagStates)[number];

export const qualityFlag = pgTable(
  "quality_flag",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    versionId: bigint("version_id", { mode: "number" })
      .notNull()
      .references(() => observationVersion.id),
    ruleId: text("rule_id").notNull(),
    kind: text("kind").notNull(),
    severity: text("severity", { enum: ["error", "warning"] }).notNull(),
    message: text("message").notNull(),
    details: jsonb("details").$type<Record<string, number | string>>().notNull().default({}),
    state: text("state", { enum: qualityFlagStates }).notNull().default("open"),
    raisedAt: timestamp("raised_at", { withTimezone: true, mode: "string" }).notNull().default(sql`now()`),
    /** Who confirmed or rejected it (the audit log's label: an e-mail address or `cli`). */
    reviewedBy: text("reviewed_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "string" }),
    reviewComment: text("review_comment"),
  },
  (table) => [
    uniqueIndex("quality_flag_version_rule").on(table.versionId, table.ruleId),
    index("quality_flag_open").on(table.state),
  ],
);

/** The data-quality rules the Secretariat edits; the engine's defaults apply while this is empty. */
export const qualityRule = pgTable("quality_rule", {
  id: text("id").primaryKey(),
  /** The rule as `qualityRuleSchema` validates it (kind, severity, enabled, scope, params, …). */
  definition: jsonb("definition").$type<Record<string, unknown>>().notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().default(sql`now()`),
});
