/**
 * Signing in and out, and resolving a session cookie to an actor. Sessions live in the
 * database (every server process sees them), expire after 12 idle hours and at most 7 days
 * after sign-in. Each sign-in makes a new session id, so an id planted before sign-in is
 * worthless after it (session fixation). Failed sign-ins are limited per client address and
 * lock the account after five in a row.
 */

import type { RoleName } from "@circular-atlas/contracts";
import { errorCodes, loginRequestSchema, type User } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  clearThrottle,
  countThrottledAttempt,
  deleteSession,
  findLiveSession,
  findUserByEmail,
  insertSession,
  recordFailedLogin,
  touchSession,
  updateUser,
} from "@circular-atlas/database";
import { ServiceError } from "../service-error.ts";
import { validateInput } from "../validate-input.ts";
import type { UserActor } from "./actor.ts";
import { verifyAgainstDecoy, verifyPassword } from "./passwords.ts";
import { createSecret, hashSecret } from "./secrets.ts";
import { toUserDto } from "./user-dto.ts";

export const sessionPolicy = {
  idleHours: 12,
  absoluteDays: 7,
  /** Sign-in attempts allowed per client address in a window… */
  attemptsPerWindow: 20,
  windowMinutes: 15,
  /** …and consecutive failures before an account is locked, for how long. */
  failuresBeforeLock: 5,
  lockMinutes: 15,
} as const;

export interface SignedIn {
  /** The secret for the session cookie. */
  readonly sessionToken: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
  readonly user: User;
}

function secondsUntil(later: string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(later).getTime() - now.getTime()) / 1_000));
}

export async function signIn(options: {
  db: AtlasDatabase;
  input: unknown;
  ip: string;
  userAgent?: string | undefined;
  /** A session the browser already holds; it is ended, never upgraded. */
  previousSessionToken?: string | undefined;
  now?: () => Date;
}): Promise<SignedIn> {
  const input = validateInput(loginRequestSchema, options.input);
  const now = options.now?.() ?? new Date();
  const throttleKey = `login:${options.ip}`;
  const attempt = await countThrottledAttempt(options.db, throttleKey, {
    now: now.toISOString(),
    windowSeconds: sessionPolicy.windowMinutes * 60,
  });
  if (attempt.attempts > sessionPolicy.attemptsPerWindow) {
    const windowEnds = new Date(
      new Date(attempt.windowStartedAt).getTime() + sessionPolicy.windowMinutes * 60_000,
    );
    throw new ServiceError(
      errorCodes.rateLimited,
      "too many sign-in attempts from this address; wait and try again",
      {
        retryAfterSeconds: secondsUntil(windowEnds.toISOString(), now),
      },
    );
  }
  const user = await findUserByEmail(options.db, input.email);
  const invalid = () =>
    new ServiceError(errorCodes.invalidCredentials, "the e-mail address or password is wrong");
  if (user === undefined || user.passwordHash === null || user.disabledAt !== null) {
    await verifyAgainstDecoy(input.password);
    throw invalid();
  }
  if (user.lockedUntil !== null && new Date(user.lockedUntil) > now) {
    throw new ServiceError(errorCodes.accountLocked, "the account is locked after repeated failed sign-ins", {
      retryAfterSeconds: secondsUntil(user.lockedUntil, now),
    });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockUntil = new Date(now.getTime() + sessionPolicy.lockMinutes * 60_000).toISOString();
    const after = await recordFailedLogin(options.db, user.id, {
      maxFailures: sessionPolicy.failuresBeforeLock,
      lockUntil,
    });
    if (after?.lockedUntil !== null && after?.lockedUntil !== undefined && new Date(after.lockedUntil) > now)
      throw new ServiceError(
        errorCodes.accountLocked,
        "the account is locked after repeated failed sign-ins",
        {
          retryAfterSeconds: secondsUntil(after.lockedUntil, now),
        },
      );
    throw invalid();
  }
  return options.db.transaction(async (tx) => {
    if (options.previousSessionToken !== undefined)
      await deleteSession(tx, hashSecret(options.previousSessionToken));
    const fresh = (await updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null })) ?? user;
    await clearThrottle(tx, throttleKey);
    const sessionToken = createSecret();
    const csrfToken = createSecret();
    const expiresAt = new Date(now.getTime() + sessionPolicy.idleHours * 3_600_000).toISOString();
    await insertSession(tx, {
      id: hashSecret(sessionToken),
      userId: user.id,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt,
      ip: options.ip,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
    });
    return { sessionToken, csrfToken, expiresAt, user: toUserDto(fresh) };
  });
}

export async function signOut(options: { db: AtlasDatabase; sessionToken: string }): Promise<void> {
  await deleteSession(options.db, hashSecret(options.sessionToken));
}

export interface ResolvedSession {
  readonly actor: UserActor;
  readonly user: User;
  readonly csrfToken: string;
}

/** The actor behind a session cookie, or undefined when the session is unknown or over. */
export async function resolveSession(options: {
  db: AtlasDatabase;
  sessionToken: string;
  ip?: string | undefined;
  now?: () => Date;
}): Promise<ResolvedSession | undefined> {
  const now = options.now?.() ?? new Date();
  const id = hashSecret(options.sessionToken);
  const found = await findLiveSession(options.db, id, now.toISOString());
  if (found === undefined || found.user.disabledAt !== null) return undefined;
  const { session, user } = found;
  const absoluteEnd = new Date(session.createdAt).getTime() + sessionPolicy.absoluteDays * 86_400_000;
  // Sliding expiry, written at most once a minute so reads stay reads.
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > 60_000) {
    const expiresAt = Math.min(now.getTime() + sessionPolicy.idleHours * 3_600_000, absoluteEnd);
    await touchSession(options.db, id, now.toISOString(), new Date(expiresAt).toISOString());
  }
  return {
    actor: {
      kind: "user",
      userId: user.id,
      label: user.email,
      role: user.role as RoleName,
      countries: user.countries,
      scopes: "all",
      ip: options.ip,
    },
    user: toUserDto(user),
    csrfToken: session.csrfToken,
  };
}
