/**
 * The Circular Atlas schema: reference areas, sources, indicators, code lists and observations,
 * following the UN SDG SDMX structure (series + area + time period + breakdown dimensions); the
 * accounts (`schema-accounts.ts`) and the knowledge base (`schema-knowledge.ts`) are re-exported.
 * One schema serves PGlite and PostgreSQL 15; keep it to SQL both understand.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  apiToken,
  appUser,
  auditEvent,
  loginThrottle,
  passwordToken,
  userSession,
} from "./schema-accounts.ts";
// A cycle (framework_series references indicator): import these tables only through this module.
import { framework, frameworkGroup, frameworkIndicator, frameworkSeries } from "./schema-frameworks.ts";
import { indicatorMetadata } from "./schema-indicator-metadata.ts";
import { kbRecord, kbRecordVersion, kbRelation, kbSearchTerm, taxonomyTerm } from "./schema-knowledge.ts";
// A cycle (round_assignment references ref_area): import these tables only through this module.
import {
  questionnaireVersion,
  reportingRound,
  roundAssignment,
  submission,
  submissionEvent,
} from "./schema-mapping-rounds.ts";
// A cycle (the history references import_batch): import these tables only through this module.
import { observationVersion, qualityFlag, qualityRule } from "./schema-observation-history.ts";

export {
  apiToken,
  appUser,
  auditEvent,
  loginThrottle,
  passwordToken,
  userSession,
} from "./schema-accounts.ts";
export type { FrameworkSourceCitation } from "./schema-frameworks.ts";
export {
  framework,
  frameworkGroup,
  frameworkIndicator,
  frameworkSeries,
  frameworkSeriesRelations,
} from "./schema-frameworks.ts";
export { indicatorMetadata } from "./schema-indicator-metadata.ts";
export type { JustTransitionNotes, RecordSource, RecordText } from "./schema-knowledge.ts";
export { kbRecord, kbRecordVersion, kbRelation, kbSearchTerm, taxonomyTerm } from "./schema-knowledge.ts";
export type { SubmissionState } from "./schema-mapping-rounds.ts";
export {
  questionnaireVersion,
  reportingRound,
  roundAssignment,
  submission,
  submissionEvent,
  submissionStates,
} from "./schema-mapping-rounds.ts";
export type {
  ObservationVersionState,
  QualityFlagState,
} from "./schema-observation-history.ts";
export {
  observationVersion,
  observationVersionStates,
  qualityFlag,
  qualityFlagStates,
  qualityRule,
} from "./schema-observation-history.ts";

/** Text in several languages, keyed by BCP 47 language code (`en`, `ru`, `fa`, …). */
export type LocalizedText = Record<string, string>;

/** A breakdown: dimension id → code, e.g. `{ TYPE_OF_PRODUCT: "BIM" }`. Empty for the total. */
export type Dimensions = Record<string, string>;

export const refArea = pgTable("ref_area", {
  /** ISO 3166-1 alpha-3 for countries; `ECO` for the organisation as a whole. */
  code: text("code").primaryKey(),
  /** UN M49 numeric code, where one exists. */
  m49: integer("m49"),
  iso2: text("iso2"),
  level: text("level", { enum: ["organisation", "country", "subnational"] }).notNull(),
  parentCode: text("parent_code"),
  /** Codes used by national systems (e.g. Kazakh `KZAKM`), keyed by scheme. */
  nationalCodes: jsonb("national_codes").$type<Record<string, string>>().notNull().default({}),
  /**
   * Names per language for areas the interface cannot name itself: sub-national areas, named by
   * the publisher's area codelist. Countries are named by the interface (empty here).
   */
  names: jsonb("names").$type<LocalizedText>().notNull().default({}),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const source = pgTable("source", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  publisher: text("publisher").notNull(),
  licence: text("licence").notNull(),
  licenceUrl: text("licence_url"),
  url: text("url"),
  /** ISO date on which the data were retrieved from the publisher. */
  retrievedOn: text("retrieved_on"),
  /** Release, vintage or commit of the dataset. */
  version: text("version"),
  citation: text("citation").notNull(),
  notes: text("notes"),
});

export const indicator = pgTable("indicator", {
  code: text("code").primaryKey(),
  names: jsonb("names").$type<LocalizedText>().notNull(),
  descriptions: jsonb("descriptions").$type<LocalizedText>().notNull().default({}),
  topic: text("topic").notNull(),
  /** Unit code (SDMX UNIT_MEASURE style) and its labels per language. */
  unit: text("unit").notNull(),
  unitLabels: jsonb("unit_labels").$type<LocalizedText>().notNull(),
  decimals: smallint("decimals").notNull().default(1),
  /** Breakdown dimensions this indicator may carry, in display order. */
  dimensions: jsonb("dimensions").$type<string[]>().notNull().default([]),
  /** SDG indicator numbers (e.g. `12.2.2`) the series belongs to. */
  sdgIndicators: jsonb("sdg_indicators").$type<string[]>().notNull().default([]),
  defaultSourceId: text("default_source_id").references(() => source.id),
  /** How the series is derived when no dataset holds it directly; null for published series. */
  derivation: text("derivation"),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const dimensionCode = pgTable(
  "dimension_code",
  {
    dimension: text("dimension").notNull(),
    code: text("code").notNull(),
    names: jsonb("names").$type<LocalizedText>().notNull(),
    parentCode: text("parent_code"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.dimension, table.code] })],
);

export const importBatch = pgTable("import_batch", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  kind: text("kind", { enum: ["baseline", "file", "restore"] }).notNull(),
  fileName: text("file_name"),
  format: text("format").notNull(),
  rowCount: integer("row_count").notNull().default(0),
  /** Content hash of what was imported (the baseline version for baseline loads). */
  contentHash: text("content_hash"),
  importedAt: timestamp("imported_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

export const observation = pgTable(
  "observation",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    indicatorCode: text("indicator_code")
      .notNull()
      .references(() => indicator.code),
    areaCode: text("area_code")
      .notNull()
      .references(() => refArea.code),
    /** SDMX TIME_PERIOD as published (`2017`, `2017-Q1`, `2016-2018`). */
    timePeriod: text("time_period").notNull(),
    /** First calendar year of the period, for filtering and sorting. */
    year: smallint("year").notNull(),
    /** Canonical `DIM=CODE;DIM=CODE` key of the breakdown; empty string for the total. */
    dimensionKey: text("dimension_key").notNull().default(""),
    dimensions: jsonb("dimensions").$type<Dimensions>().notNull().default({}),
    /** Exact decimal as published; PostgreSQL `numeric` keeps digits and scale (no float noise). */
    value: numeric("value").notNull(),
    unit: text("unit").notNull(),
    unitMult: smallint("unit_mult").notNull().default(0),
    /** SDMX OBS_STATUS (A normal, E estimated, …). */
    obsStatus: text("obs_status").notNull().default("A"),
    /** UN SDG NATURE (C country, CA adjusted, E estimated, M modelled, G global, N non-relevant). */
    nature: text("nature"),
    sourceId: text("source_id")
      .notNull()
      .references(() => source.id),
    /** The underlying reference for this value inside the dataset (SDMX SOURCE_DETAIL). */
    sourceDetail: text("source_detail"),
    /** The series code or column the value was read from, in the source's own spelling. */
    originalCode: text("original_code").notNull(),
    /** The formula when the value is computed from other published values. */
    derivation: text("derivation"),
    comment: text("comment"),
    importId: integer("import_id")
      .notNull()
      .references(() => importBatch.id),
  },
  (table) => [
    uniqueIndex("observation_key").on(
      table.indicatorCode,
      table.areaCode,
      table.timePeriod,
      table.dimensionKey,
    ),
    index("observation_area_indicator").on(table.areaCode, table.indicatorCode),
    index("observation_indicator_year").on(table.indicatorCode, table.year),
  ],
);

/** Small key-value facts about the database itself (baseline version, data version). */
export const appState = pgTable("app_state", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().default(sql`now()`),
});

/** Tables in foreign-key order: parents before children. Backup and restore rely on it. */
export const tablesInDependencyOrder = [
  refArea,
  source,
  indicator,
  dimensionCode,
  framework,
  frameworkGroup,
  frameworkIndicator,
  frameworkSeries,
  importBatch,
  observation,
  observationVersion,
  qualityFlag,
  qualityRule,
  indicatorMetadata,
  appState,
  appUser,
  userSession,
  passwordToken,
  apiToken,
  loginThrottle,
  auditEvent,
  taxonomyTerm,
  kbRecord,
  kbRecordVersion,
  kbRelation,
  kbSearchTerm,
  reportingRound,
  questionnaireVersion,
  roundAssignment,
  submission,
  submissionEvent,
] as const;
