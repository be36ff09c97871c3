/** The append-only audit log: who changed what, when, from what to what. */
import { and, asc, eq } from "drizzle-orm";
import type { AtlasExecutor } from "../atlas-database.ts";
import { auditEvent } from "../schema.ts";

export type AuditEventRow = typeof auditEvent.$inferSelect;
export type NewAuditEvent = Omit<typeof auditEvent.$inferInsert, "id" | "occurredAt">;

/** Writes events inside the caller's transaction, so a change and its audit land together. */
export async function insertAuditEvents(db: AtlasExecutor, events: readonly NewAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.insert(auditEvent).values([...events]);
}

export function listAuditEvents(
  db: AtlasExecutor,
  entityType: string,
  entityId: string,
): Promise<AuditEventRow[]> {
  return db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.entityType, entityType), eq(auditEvent.entityId, entityId)))
    .orderBy(asc(auditEvent.id));
}
