/**
 * Account management: creating users (with a one-time token to set their password), changing
 * roles and countries, the first administrator, and password resets by one-time token.
 */
import {
  countryScopedRoles,
  createUserRequestSchema,
  errorCodes,
  passwordResetRequestSchema,
  type RoleName,
  setupRequestSchema,
  type User,
  updateUserRequestSchema,
} from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  type AtlasExecutor,
  consumePasswordToken,
  countActiveAdministrators,
  deleteUserSessions,
  expirePasswordTokens,
  findUserByEmail,
  findUserById,
  insertAuditEvents,
  insertPasswordToken,
  insertUser,
  listAreas,
  listUsers,
  lockAccountChanges,
  type UserRow,
  updateUser,
} from "@circular-atlas/database";
import { ServiceError } from "../service-error.ts";
import { validateInput } from "../validate-input.ts";
import { type Actor, actorIp, actorUserId } from "./actor.ts";
import { hashPassword } from "./passwords.ts";
import { canManageUsers } from "./permissions.ts";
import { createSecret, hashSecret } from "./secrets.ts";
import { toUserDto } from "./user-dto.ts";

/** A token to set a password is valid for a day: long enough to reach someone by phone. */
const passwordTokenHours = 24;

interface Clock {
  readonly now?: () => Date;
}

function requireManager(actor: Actor): void {
  if (!canManageUsers(actor))
    throw new ServiceError(errorCodes.forbidden, "only an administrator may manage accounts");
}

async function checkRoleCountries(
  db: AtlasExecutor,
  role: RoleName,
  countries: readonly string[],
): Promise<void> {
  const scoped = countryScopedRoles.includes(role);
  if (scoped && countries.length === 0)
    throw new ServiceError(errorCodes.validationFailed, `the ${role} role needs at least one country`, {
      issues: [{ path: "countries", message: `the ${role} role needs at least one country` }],
    });
  if (!scoped && countries.length > 0)
    throw new ServiceError(errorCodes.validationFailed, `the ${role} role is not limited to countries`, {
      issues: [{ path: "countries", message: `the ${role} role is not limited to countries` }],
    });
  const memberStates = new Set(
    (await listAreas(db as AtlasDatabase))
      .filter((area) => area.level === "country")
      .map((area) => area.code),
  );
  const unknown = countries.filter((country) => !memberStates.has(country));
  if (unknown.length > 0)
    throw new ServiceError(errorCodes.validationFailed, `not a member state: ${unknown.join(", ")}`, {
      issues: [{ path: "countries", message: `not a member state: ${unknown.join(", ")}` }],
    });
}

async function issueToken(db: AtlasExecutor, userId: number, now: Date): Promise<string> {
  const token = createSecret();
  await expirePasswordTokens(db, userId, now.toISOString());
  await insertPasswordToken(db, {
    tokenHash: hashSecret(token),
    userId,
    expiresAt: new Date(now.getTime() + passwordTokenHours * 3_600_000).toISOString(),
  });
  return token;
}

async function requireUser(db: AtlasExecutor, email: string): Promise<UserRow> {
  const user = await findUserByEmail(db, email.trim().toLowerCase());
  if (user === undefined) throw new ServiceError(errorCodes.notFound, `no account for ${email}`, { email });
  return user;
}

export async function createUser(
  options: { db: AtlasDatabase; actor: Actor; input: unknown } & Clock,
): Promise<{ user: User; passwordToken: string }> {
  requireManager(options.actor);
  const input = validateInput(createUserRequestSchema, options.input);
  const now = options.now?.() ?? new Date();
  await checkRoleCountries(options.db, input.role, input.countries);
  return options.db.transaction(async (tx) => {
    if ((await findUserByEmail(tx, input.email)) !== undefined)
      throw new ServiceError(errorCodes.conflict, `an account for ${input.email} exists already`, {
        email: input.email,
      });
    const user = await insertUser(tx, {
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      countries: input.countries,
    });
    const passwordToken = await issueToken(tx, user.id, now);
    await insertAuditEvents(tx, [
      {
        actorId: actorUserId(options.actor),
        actorLabel: options.actor.label,
        action: "user.create",
        entityType: "user",
        entityId: String(user.id),
        before: null,
        after: toUserDto(user),
        ip: actorIp(options.actor),
      },
    ]);
    return { user: toUserDto(user), passwordToken };
  });
}

/** Changes role, countries or whether the account is disabled; the last administrator stays. */
export async function updateUserAccount(options: {
  db: AtlasDatabase;
  actor: Actor;
  email: string;
  input: unknown;
}): Promise<User> {
  requireManager(options.actor);
  const input = validateInput(updateUserRequestSchema, options.input);
  return options.db.transaction(async (tx) => {
    await lockAccountChanges(tx);
    const before = await requireUser(tx, options.email);
    const role = input.role ?? (before.role as RoleName);
    const countries = input.countries ?? (countryScopedRoles.includes(role) ? before.countries : []);
    await checkRoleCountries(tx, role, countries);
    const disabledAt =
      input.disabled === undefined ? before.disabledAt : input.disabled ? new Date().toISOString() : null;
    const stopsBeingAdmin = before.role === "admin" && (role !== "admin" || disabledAt !== null);
    if (stopsBeingAdmin && (await countActiveAdministrators(tx)) <= 1)
      throw new ServiceError(errorCodes.conflict, "the last administrator cannot be demoted or disabled");
    const after = (await updateUser(tx, before.id, { role, countries, disabledAt })) as UserRow;
    // New rights take effect at once: sessions made under the old ones end.
    if (
      after.role !== before.role ||
      after.disabledAt !== before.disabledAt ||
      after.countries.join() !== before.countries.join()
    )
      await deleteUserSessions(tx, before.id);
    await insertAuditEvents(tx, [
      {
        actorId: actorUserId(options.actor),
        actorLabel: options.actor.label,
        action: "user.update",
        entityType: "user",
        entityId: String(before.id),
        before: toUserDto(before),
        after: toUserDto(after),
        ip: actorIp(options.actor),
      },
    ]);
    return toUserDto(after);
  });
}

export async function listUserAccounts(options: { db: AtlasDatabase; actor: Actor }): Promise<User[]> {
  requireManager(options.actor);
  return (await listUsers(options.db)).map(toUserDto);
}

/** A one-time token with which the user sets a new password (printed by the CLI). */
export async function issuePasswordResetToken(
  options: { db: AtlasDatabase; actor: Actor; email: string } & Clock,
): Promise<string> {
  requireManager(options.actor);
  const now = options.now?.() ?? new Date();
  return options.db.transaction(async (tx) => {
    const user = await requireUser(tx, options.email);
    const token = await issueToken(tx, user.id, now);
    await insertAuditEvents(tx, [
      {
        actorId: actorUserId(options.actor),
        actorLabel: options.actor.label,
        action: "user.password-token",
        entityType: "user",
        entityId: String(user.id),
        before: null,
        after: null,
        ip: actorIp(options.actor),
      },
    ]);
    return token;
  });
}

/** Sets a password with a one-time token; ends the user's sessions and any lockout. */
export async function resetPassword(
  options: { db: AtlasDatabase; input: unknown; ip?: string } & Clock,
): Promise<User> {
  const input = validateInput(passwordResetRequestSchema, options.input);
  const now = (options.now?.() ?? new Date()).toISOString();
  const passwordHash = await hashPassword(input.password);
  return options.db.transaction(async (tx) => {
    const userId = await consumePasswordToken(tx, hashSecret(input.token), now);
    if (userId === undefined)
      throw new ServiceError(
        errorCodes.tokenInvalid,
        "the token is unknown, used or expired; ask for a new one",
      );
    const user = (await updateUser(tx, userId, {
      passwordHash,
      failedLogins: 0,
      lockedUntil: null,
    })) as UserRow;
    await deleteUserSessions(tx, userId);
    await insertAuditEvents(tx, [
      {
        actorId: userId,
        actorLabel: user.email,
        action: "user.password-set",
        entityType: "user",
        entityId: String(userId),
        before: null,
        after: null,
        ip: options.ip ?? null,
      },
    ]);
    return toUserDto(user);
  });
}

export async function hasAdministrator(db: AtlasExecutor): Promise<boolean> {
  return (await countActiveAdministrators(db)) > 0;
}

/** Creates the first administrator; refused once any administrator exists. */
export async function setupFirstAdministrator(options: {
  db: AtlasDatabase;
  input: unknown;
  ip?: string;
}): Promise<User> {
  const input = validateInput(setupRequestSchema, options.input);
  const passwordHash = await hashPassword(input.password);
  return options.db.transaction(async (tx) => {
    // Two first-run requests at once must not both succeed.
    await lockAccountChanges(tx);
    if (await hasAdministrator(tx))
      throw new ServiceError(errorCodes.setupClosed, "an administrator exists already; sign in instead");
    if ((await findUserByEmail(tx, input.email)) !== undefined)
      throw new ServiceError(errorCodes.conflict, `an account for ${input.email} exists already`);
    const user = await insertUser(tx, {
      email: input.email,
      displayName: input.displayName,
      role: "admin",
      passwordHash,
    });
    await insertAuditEvents(tx, [
      {
        actorId: user.id,
        actorLabel: user.email,
        action: "user.setup",
        entityType: "user",
        entityId: String(user.id),
        before: null,
        after: toUserDto(user),
        ip: options.ip ?? null,
      },
    ]);
    return toUserDto(user);
  });
}

export async function findUserDto(db: AtlasExecutor, id: number): Promise<User | undefined> {
  const row = await findUserById(db, id);
  return row === undefined ? undefined : toUserDto(row);
}
