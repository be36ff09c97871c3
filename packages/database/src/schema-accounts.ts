/**
 * Accounts, sessions, tokens and the audit log. Sessions, throttles and tokens live in the
 * database so that several server processes on one PostgreSQL share them. Secrets are never
 * stored: sessions and tokens by their SHA-256, passwords as argon2id hashes.
 */
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const appUser = pgTable(
  "app_user",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** Lower-cased; unique. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull().default(""),
    /** argon2id PHC string; null until the user sets a password with a one-time token. */
    passwordHash: text("password_hash"),
    role: text("role").notNull(),
    /** ISO alpha-3 codes a focal point or country lead works for; empty for other roles. */
    countries: jsonb("countries").$type<string[]>().notNull().default([]),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: at("locked_until"),
    disabledAt: at("disabled_at"),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (table) => [uniqueIndex("app_user_email").on(table.email)],
);

export const userSession = pgTable(
  "user_session",
  {
    /** SHA-256 (hex) of the session token the cookie holds. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => appUser.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    lastSeenAt: at("last_seen_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (table) => [index("user_session_user").on(table.userId)],
);

export const passwordToken = pgTable("password_token", {
  /** SHA-256 (hex) of the one-time token. */
  tokenHash: text("token_hash").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => appUser.id, { onDelete: "cascade" }),
  createdAt: at("created_at").notNull().defaultNow(),
  expiresAt: at("expires_at").notNull(),
  usedAt: at("used_at"),
});

export const apiToken = pgTable(
  "api_token",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => appUser.id, { onDelete: "cascade" }),
    name: text("name").notNull().default(""),
    /** SHA-256 (hex) of the token; the token itself is shown once, when it is made. */
    tokenHash: text("token_hash").notNull(),
    /** The token's first characters, so that a user can tell tokens apart. */
    prefix: text("prefix").notNull(),
    scopes: jsonb("scopes").$type<string[]>().notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    lastUsedAt: at("last_used_at"),
    revokedAt: at("revoked_at"),
  },
  (table) => [uniqueIndex("api_token_hash").on(table.tokenHash)],
);

/** Login attempts per client address in a sliding window, shared by every server process. */
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  windowStartedAt: at("window_started_at").notNull(),
  attempts: integer("attempts").notNull(),
});

/**
 * Every change, append-only: a trigger refuses updates and deletes (except inside a restore,
 * which replaces the whole database).
 */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: at("occurred_at").notNull().defaultNow(),
    /** The user, when there is one; no foreign key, so the log outlives accounts. */
    actorId: integer("actor_id"),
    /** Who, in words: an e-mail address, `cli`, `seed`. */
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: text("ip"),
  },
  (table) => [index("audit_event_entity").on(table.entityType, table.entityId, table.id)],
);
