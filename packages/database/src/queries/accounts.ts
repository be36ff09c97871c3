/** Reads and writes of accounts, sessions, one-time password tokens, API tokens and throttles. */
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { AtlasExecutor } from "../atlas-database.ts";
import { executeRows } from "../execute-rows.ts";
import { apiToken, appUser, loginThrottle, passwordToken, userSession } from "../schema.ts";

export type UserRow = typeof appUser.$inferSelect;
export type SessionRow = typeof userSession.$inferSelect;
export type ApiTokenRow = typeof apiToken.$inferSelect;

export async function findUserByEmail(db: AtlasExecutor, email: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(appUser).where(eq(appUser.email, email));
  return rows[0];
}

export async function findUserById(db: AtlasExecutor, id: number): Promise<UserRow | undefined> {
  const rows = await db.select().from(appUser).where(eq(appUser.id, id));
  return rows[0];
}

export function listUsers(db: AtlasExecutor): Promise<UserRow[]> {
  return db.select().from(appUser).orderBy(asc(appUser.email));
}

export async function insertUser(db: AtlasExecutor, row: typeof appUser.$inferInsert): Promise<UserRow> {
  const rows = await db.insert(appUser).values(row).returning();
  return rows[0] as UserRow;
}

export async function updateUser(
  db: AtlasExecutor,
  id: number,
  changes: Partial<Omit<typeof appUser.$inferInsert, "id">>,
): Promise<UserRow | undefined> {
  const rows = await db
    .update(appUser)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(appUser.id, id))
    .returning();
  return rows[0];
}

/** Counts a failed login; locks the account until `lockUntil` once `maxFailures` is reached. */
export async function recordFailedLogin(
  db: AtlasExecutor,
  id: number,
  options: { maxFailures: number; lockUntil: string },
): Promise<UserRow | undefined> {
  const rows = await db
    .update(appUser)
    .set({
      failedLogins: sql`${appUser.failedLogins} + 1`,
      lockedUntil: sql`case when ${appUser.failedLogins} + 1 >= ${options.maxFailures} then ${options.lockUntil}::timestamptz else ${appUser.lockedUntil} end`,
    })
    .where(eq(appUser.id, id))
    .returning();
  return rows[0];
}

export async function countActiveAdministrators(db: AtlasExecutor): Promise<number> {
  const rows = await executeRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from app_user where role = 'admin' and disabled_at is null`,
  );
  return rows[0]?.count ?? 0;
}

export async function insertSession(db: AtlasExecutor, row: typeof userSession.$inferInsert): Promise<void> {
  await db.insert(userSession).values(row);
}

/** The session and its user, when the session exists and has not expired at `now`. */
export async function findLiveSession(
  db: AtlasExecutor,
  id: string,
  now: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const rows = await db
    .select({ session: userSession, user: appUser })
    .from(userSession)
    .innerJoin(appUser, eq(appUser.id, userSession.userId))
    .where(and(eq(userSession.id, id), gt(userSession.expiresAt, now)));
  return rows[0];
}

export async function touchSession(
  db: AtlasExecutor,
  id: string,
  seenAt: string,
  expiresAt: string,
): Promise<void> {
  await db.update(userSession).set({ lastSeenAt: seenAt, expiresAt }).where(eq(userSession.id, id));
}

export async function deleteSession(db: AtlasExecutor, id: string): Promise<void> {
  await db.delete(userSession).where(eq(userSession.id, id));
}

export async function deleteUserSessions(db: AtlasExecutor, userId: number): Promise<void> {
  await db.delete(userSession).where(eq(userSession.userId, userId));
}

export async function deleteExpiredSessions(db: AtlasExecutor, now: string): Promise<void> {
  await db.delete(userSession).where(sql`${userSession.expiresAt} <= ${now}`);
}

export async function insertPasswordToken(
  db: AtlasExecutor,
  row: typeof passwordToken.$inferInsert,
): Promise<void> {
  await db.insert(passwordToken).values(row);
}

/** Marks an unused, unexpired token used and returns its user id; undefined when it is not valid. */
export async function consumePasswordToken(
  db: AtlasExecutor,
  tokenHash: string,
  now: string,
): Promise<number | undefined> {
  const rows = await db
    .update(passwordToken)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordToken.tokenHash, tokenHash),
        isNull(passwordToken.usedAt),
        gt(passwordToken.expiresAt, now),
      ),
    )
    .returning({ userId: passwordToken.userId });
  return rows[0]?.userId;
}

/** Unused tokens of a user stop working when a new one is issued or the password changes. */
export async function expirePasswordTokens(db: AtlasExecutor, userId: number, now: string): Promise<void> {
  await db
    .update(passwordToken)
    .set({ usedAt: now })
    .where(and(eq(passwordToken.userId, userId), isNull(passwordToken.usedAt)));
}

export async function insertApiToken(
  db: AtlasExecutor,
  row: typeof apiToken.$inferInsert,
): Promise<ApiTokenRow> {
  const rows = await db.insert(apiToken).values(row).returning();
  return rows[0] as ApiTokenRow;
}

export async function findApiToken(
  db: AtlasExecutor,
  tokenHash: string,
): Promise<{ token: ApiTokenRow; user: UserRow } | undefined> {
  const rows = await db
    .select({ token: apiToken, user: appUser })
    .from(apiToken)
    .innerJoin(appUser, eq(appUser.id, apiToken.userId))
    .where(and(eq(apiToken.tokenHash, tokenHash), isNull(apiToken.revokedAt)));
  return rows[0];
}

export function listApiTokens(db: AtlasExecutor, userId: number): Promise<ApiTokenRow[]> {
  return db.select().from(apiToken).where(eq(apiToken.userId, userId)).orderBy(asc(apiToken.id));
}

export async function markApiTokenUsed(db: AtlasExecutor, id: number, now: string): Promise<void> {
  await db.update(apiToken).set({ lastUsedAt: now }).where(eq(apiToken.id, id));
}

export async function revokeApiToken(
  db: AtlasExecutor,
  id: number,
  userId: number | undefined,
  now: string,
): Promise<boolean> {
  const owner = userId === undefined ? undefined : eq(apiToken.userId, userId);
  const rows = await db
    .update(apiToken)
    .set({ revokedAt: now })
    .where(and(eq(apiToken.id, id), isNull(apiToken.revokedAt), owner))
    .returning({ id: apiToken.id });
  return rows.length > 0;
}

/**
 * Counts one attempt for `key` in a fixed window that starts with the first attempt; returns
 * the attempts so far and when the window started. One statement, so processes never race.
 */
export async function countThrottledAttempt(
  db: AtlasExecutor,
  key: string,
  options: { now: string; windowSeconds: number },
): Promise<{ attempts: number; windowStartedAt: string }> {
  const rows = await executeRows<{ attempts: number; window_started_at: string }>(
    db,
    sql`insert into ${loginThrottle} (key, window_started_at, attempts) values (${key}, ${options.now}, 1)
      on conflict (key) do update set
        attempts = case when ${loginThrottle.windowStartedAt} <= ${options.now}::timestamptz - make_interval(secs => ${options.windowSeconds}) then 1 else ${loginThrottle.attempts} + 1 end,
        window_started_at = case when ${loginThrottle.windowStartedAt} <= ${options.now}::timestamptz - make_interval(secs => ${options.windowSeconds}) then ${options.now}::timestamptz else ${loginThrottle.windowStartedAt} end
      returning attempts, window_started_at::text`,
  );
  const row = rows[0] as { attempts: number; window_started_at: string };
  return { attempts: row.attempts, windowStartedAt: row.window_started_at };
}

export async function clearThrottle(db: AtlasExecutor, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/** Serialises account changes that check a count first (the last administrator, first-run setup). */
export async function lockAccountChanges(db: AtlasExecutor): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(7302462)`);
}
