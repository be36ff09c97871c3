/**
 * API tokens for scripts: shown once, stored as a SHA-256, limited to scopes within the owner's
 * role, revocable. A token acts as its owner, so an owner's lost rights are the token's too.
 */
import {
  type ApiScopeName,
  type ApiTokenDto,
  apiTokenRequestSchema,
  errorCodes,
  type RoleName,
} from "@circular-atlas/contracts";
import {
  type ApiTokenRow,
  type AtlasDatabase,
  findApiToken,
  findUserByEmail,
  insertApiToken,
  insertAuditEvents,
  listApiTokens,
  markApiTokenUsed,
  revokeApiToken,
} from "@circular-atlas/database";
import { ServiceError } from "../service-error.ts";
import { validateInput } from "../validate-input.ts";
import { type Actor, actorIp, actorUserId, type UserActor } from "./actor.ts";
import { canManageUsers } from "./permissions.ts";
import { createSecret, hashSecret } from "./secrets.ts";

export const apiTokenPrefix = "atl_";

function toApiTokenDto(row: ApiTokenRow): ApiTokenDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as ApiScopeName[],
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revoked: row.revokedAt !== null,
  };
}

/**
 * Makes a token for `email` (administrators and the CLI, for anyone) or for the actor itself
 * (when `email` is absent). Returns the secret once.
 */
export async function createApiToken(options: {
  db: AtlasDatabase;
  actor: Actor;
  email?: string;
  input: unknown;
}): Promise<{ token: ApiTokenDto; secret: string }> {
  const input = validateInput(apiTokenRequestSchema, options.input);
  let userId: number;
  if (options.email !== undefined) {
    const owner = await findUserByEmail(options.db, options.email.trim().toLowerCase());
    if (owner === undefined) throw new ServiceError(errorCodes.notFound, `no account for ${options.email}`);
    if (!canManageUsers(options.actor) && actorUserId(options.actor) !== owner.id)
      throw new ServiceError(errorCodes.forbidden, "only an administrator may make tokens for someone else");
    userId = owner.id;
  } else if (options.actor.kind === "user" && options.actor.scopes === "all") {
    userId = options.actor.userId;
  } else {
    throw new ServiceError(errorCodes.forbidden, "tokens are made by a signed-in user, not by another token");
  }
  const secret = createSecret(apiTokenPrefix);
  return options.db.transaction(async (tx) => {
    const row = await insertApiToken(tx, {
      userId,
      name: input.name,
      tokenHash: hashSecret(secret),
      prefix: secret.slice(0, apiTokenPrefix.length + 6),
      scopes: [...new Set(input.scopes)],
    });
    await insertAuditEvents(tx, [
      {
        actorId: actorUserId(options.actor),
        actorLabel: options.actor.label,
        action: "api-token.create",
        entityType: "user",
        entityId: String(userId),
        before: null,
        after: toApiTokenDto(row),
        ip: actorIp(options.actor),
      },
    ]);
    return { token: toApiTokenDto(row), secret };
  });
}

export async function listOwnApiTokens(options: {
  db: AtlasDatabase;
  actor: UserActor;
}): Promise<ApiTokenDto[]> {
  return (await listApiTokens(options.db, options.actor.userId)).map(toApiTokenDto);
}

/** Revokes one of the actor's own tokens (administrators and the CLI: anyone's). */
export async function revokeApiTokenById(options: {
  db: AtlasDatabase;
  actor: Actor;
  id: number;
  now?: () => Date;
}): Promise<void> {
  const owner = canManageUsers(options.actor) ? undefined : (actorUserId(options.actor) ?? -1);
  const now = (options.now?.() ?? new Date()).toISOString();
  await options.db.transaction(async (tx) => {
    if (!(await revokeApiToken(tx, options.id, owner, now)))
      throw new ServiceError(errorCodes.notFound, `no active token ${options.id} of yours`);
    await insertAuditEvents(tx, [
      {
        actorId: actorUserId(options.actor),
        actorLabel: options.actor.label,
        action: "api-token.revoke",
        entityType: "api-token",
        entityId: String(options.id),
        before: null,
        after: null,
        ip: actorIp(options.actor),
      },
    ]);
  });
}

/** The actor behind `Authorization: Bearer <secret>`, or undefined for an unknown or revoked token. */
export async function resolveApiToken(options: {
  db: AtlasDatabase;
  secret: string;
  ip?: string | undefined;
  now?: () => Date;
}): Promise<UserActor | undefined> {
  if (!options.secret.startsWith(apiTokenPrefix)) return undefined;
  const found = await findApiToken(options.db, hashSecret(options.secret));
  if (found === undefined || found.user.disabledAt !== null) return undefined;
  const now = options.now?.() ?? new Date();
  if (found.token.lastUsedAt === null || now.getTime() - new Date(found.token.lastUsedAt).getTime() > 60_000)
    await markApiTokenUsed(options.db, found.token.id, now.toISOString());
  return {
    kind: "user",
    userId: found.user.id,
    label: found.user.email,
    role: found.user.role as RoleName,
    countries: found.user.countries,
    scopes: found.token.scopes as ApiScopeName[],
    ip: options.ip,
  };
}
