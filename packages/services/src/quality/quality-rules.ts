/**
 * The data-quality rules in force: the set the Secretariat saved, or the engine's defaults while
 * none is saved. A saved set is validated whole (each bad field named with its path) and
 * replaces the previous one in one transaction, with an audit event holding both.
 */
import { errorCodes, qualityRuleListSchema } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  type AtlasExecutor,
  insertAuditEvents,
  listQualityRules,
  replaceQualityRules,
} from "@circular-atlas/database";
import { defaultQualityRules, type QualityRule } from "@circular-atlas/engines";
import type { Actor } from "../accounts/actor.ts";
import { actorIp, actorUserId } from "../accounts/actor.ts";
import { canEditQualityRules } from "../accounts/permissions.ts";
import { ServiceError } from "../service-error.ts";
import { validateInput } from "../validate-input.ts";

export interface QualityRuleSet {
  readonly rules: readonly QualityRule[];
  /** `saved`: the Secretariat's set; `default`: the engine's, since none was saved. */
  readonly origin: "saved" | "default";
}

export async function loadQualityRules(db: AtlasExecutor): Promise<QualityRuleSet> {
  const rows = await listQualityRules(db);
  if (rows.length === 0) return { rules: defaultQualityRules, origin: "default" };
  // Stored definitions passed this schema when saved; parsing again fills defaults a newer schema added.
  const rules: QualityRule[] = validateInput(
    qualityRuleListSchema,
    rows.map((row) => row.definition),
  );
  return { rules, origin: "saved" };
}

export async function saveQualityRules(options: {
  db: AtlasDatabase;
  actor: Actor;
  rules: unknown;
}): Promise<QualityRuleSet> {
  if (!canEditQualityRules(options.actor))
    throw new ServiceError(
      errorCodes.forbidden,
      "only editors and administrators may change the data-quality rules",
    );
  const rules: QualityRule[] = validateInput(qualityRuleListSchema, options.rules);
  await options.db.transaction(async (tx) => {
    const before = await loadQualityRules(tx);
    await replaceQualityRules(
      tx,
      rules.map((rule) => ({ id: rule.id, definition: { ...rule } })),
    );
    await insertAuditEvents(tx, [
      {
        actorId: actorUserId(options.actor),
        actorLabel: options.actor.label,
        action: "quality-rules.replace",
        entityType: "quality-rules",
        entityId: "all",
        before: before.rules,
        after: rules,
        ip: actorIp(options.actor),
      },
    ]);
  });
  return { rules, origin: "saved" };
}
