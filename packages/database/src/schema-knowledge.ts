/**
 * The knowledge base: records of the mapping exercise (policies, good practices, stakeholders,
 * initiatives, barriers, priorities, events, documents), their relations and version history,
 * the multilingual taxonomy they are tagged with, and the search columns kept beside them.
 */
import { sql } from "drizzle-orm";
import {
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { appUser } from "./schema-accounts.ts";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/** PostgreSQL `tsvector`, read and written as its text form. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** A record's text in one language. */
export interface RecordText {
  readonly title: string;
  readonly summary: string;
  readonly body?: string | undefined;
  /** True when this is a translation of the original-language text. */
  readonly translated: boolean;
}

/** A published source a record's facts were checked against. */
export interface RecordSource {
  readonly title: string;
  readonly url?: string | undefined;
  readonly publisher: string;
  /** ISO date of publication, where known. */
  readonly publishedOn?: string | undefined;
  /** ISO date the source was read. */
  readonly accessedOn: string;
}

/** Notes for a just transition: who gains or loses work, and where. */
export interface JustTransitionNotes {
  readonly informalSector?: string | undefined;
  readonly gender?: string | undefined;
  readonly skills?: string | undefined;
  readonly affectedRegions?: string | undefined;
}

export const taxonomyTerm = pgTable(
  "taxonomy_term",
  {
    /** `record-type`, `sector`, `strategy`, `theme`, `instrument`, … */
    scheme: text("scheme").notNull(),
    code: text("code").notNull(),
    labels: jsonb("labels").$type<Record<string, string>>().notNull(),
    parentCode: text("parent_code"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.scheme, table.code] })],
);

export const kbRecord = pgTable(
  "kb_record",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    status: text("status").notNull(),
    originalLanguage: text("original_language").notNull(),
    texts: jsonb("texts").$type<Record<string, RecordText>>().notNull(),
    countries: jsonb("countries").$type<string[]>().notNull().default([]),
    subnationalArea: text("subnational_area"),
    sectors: jsonb("sectors").$type<string[]>().notNull().default([]),
    strategies: jsonb("strategies").$type<string[]>().notNull().default([]),
    themes: jsonb("themes").$type<string[]>().notNull().default([]),
    sdgTargets: jsonb("sdg_targets").$type<string[]>().notNull().default([]),
    /** Adoption, start or publication year, whichever the type has. */
    year: smallint("year"),
    /** Fields of the record's type (policy kind and instruments, project stage and budget, …). */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    justTransition: jsonb("just_transition").$type<JustTransitionNotes>().notNull().default({}),
    sources: jsonb("sources").$type<RecordSource[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    /** `seed` for the bundled records, `user` for records made here, `import` for files. */
    origin: text("origin").notNull(),
    createdBy: integer("created_by").references(() => appUser.id, { onDelete: "set null" }),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedBy: integer("updated_by").references(() => appUser.id, { onDelete: "set null" }),
    updatedAt: at("updated_at").notNull().defaultNow(),
    publishedAt: at("published_at"),
    /** Stemmed words of every text (English, Russian, Turkish stemmers; word for word otherwise). */
    searchStemmed: tsvector("search_stemmed").notNull(),
    /** Script-folded words of every text and of the labels of the record's taxonomy terms. */
    searchFolded: tsvector("search_folded").notNull(),
    /** Folding rules the vectors were made with (formats' `searchFoldVersion`). */
    searchFoldVersion: smallint("search_fold_version").notNull(),
    /**
     * A small number per record, for the search index the server keeps in memory (it ranks and
     * counts facets over matches PostgreSQL finds, by these numbers).
     */
    num: integer("num").notNull().generatedAlwaysAsIdentity(),
    /** The folded words of every title, space-separated: what ranking weighs most. */
    searchTitleTerms: text("search_title_terms").notNull().default(""),
    /** The folded words of every summary and body, space-separated. */
    searchBodyTerms: text("search_body_terms").notNull().default(""),
  },
  (table) => [
    index("kb_record_search_stemmed").using("gin", table.searchStemmed),
    index("kb_record_search_folded").using("gin", table.searchFolded),
    index("kb_record_countries").using("gin", table.countries),
    index("kb_record_type_status").on(table.type, table.status),
    // Browsing lists the newest first: the index gives a page without sorting every record.
    index("kb_record_updated_at").on(table.updatedAt.desc().nullsFirst(), table.id),
    uniqueIndex("kb_record_num").on(table.num),
  ],
);

export const kbRecordVersion = pgTable(
  "kb_record_version",
  {
    recordId: text("record_id")
      .notNull()
      .references(() => kbRecord.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** The record's content and status as of this version. */
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    changedBy: integer("changed_by").references(() => appUser.id, { onDelete: "set null" }),
    changedAt: at("changed_at").notNull().defaultNow(),
    /** `create`, `update`, `submit`, `publish`, `return`, `archive`. */
    change: text("change").notNull(),
  },
  (table) => [primaryKey({ columns: [table.recordId, table.version] })],
);

export const kbRelation = pgTable(
  "kb_relation",
  {
    fromId: text("from_id")
      .notNull()
      .references(() => kbRecord.id, { onDelete: "cascade" }),
    /** `addresses`, `implements`, `leads`, … (taxonomy scheme `relation`). */
    kind: text("kind").notNull(),
    toId: text("to_id")
      .notNull()
      .references(() => kbRecord.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.fromId, table.kind, table.toId] }),
    index("kb_relation_to").on(table.toId),
  ],
);

/** Distinct folded words of the knowledge base: what a misspelt query word is corrected to. */
export const kbSearchTerm = pgTable(
  "kb_search_term",
  {
    term: text("term").primaryKey(),
  },
  (table) => [index("kb_search_term_trigram").using("gin", sql`${table.term} gin_trgm_ops`)],
);
