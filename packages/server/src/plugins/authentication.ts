/**
 * Who is calling, on every request: an API token (`Authorization: Bearer atl_…`) or the session
 * cookie, resolved through services. Writes made with the cookie must carry the session's CSRF
 * token in `x-csrf-token`, and any write a browser marks as cross-site is refused, which also
 * covers sign-in forms posted from other sites (login CSRF).
 */
import { timingSafeEqual } from "node:crypto";
import { errorCodes } from "@circular-atlas/contracts";
import {
  type Actor,
  type AtlasConfig,
  type OpenedAtlas,
  resolveApiToken,
  resolveSession,
  ServiceError,
} from "@circular-atlas/services";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export const sessionCookieName = "atlas_session";

interface RequestIdentity {
  readonly actor: Actor | undefined;
  readonly via: "session" | "token" | undefined;
  readonly csrfToken: string | undefined;
  /** The raw session secret from the cookie, when one was sent (valid or not). */
  readonly sessionToken: string | undefined;
}

const identities = new WeakMap<FastifyRequest, RequestIdentity>();
const anonymous: RequestIdentity = {
  actor: undefined,
  via: undefined,
  csrfToken: undefined,
  sessionToken: undefined,
};

/** The request's caller, resolved by the hook below. */
export function identityOf(request: FastifyRequest): RequestIdentity {
  return identities.get(request) ?? anonymous;
}

/** The acting user, or `unauthenticated` (401). */
export function requireActor(request: FastifyRequest): Actor {
  const actor = identityOf(request).actor;
  if (actor === undefined)
    throw new ServiceError(errorCodes.unauthenticated, "sign in, or send an API token, to do this");
  return actor;
}

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) {
      try {
        return decodeURIComponent(part.slice(separator + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** True when the request carries credentials: its answer may differ per caller, so it is not cached. */
export function hasCredentials(request: FastifyRequest): boolean {
  return request.headers.authorization !== undefined || readCookie(request, sessionCookieName) !== undefined;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Browsers say where a request comes from; a write from another site is refused outright. */
function isCrossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers["sec-fetch-site"];
  if (fetchSite !== undefined && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.origin;
  if (origin === undefined || origin === "null") return origin === "null";
  try {
    // Through URL on both sides, so that a default port (`:80`) written or not compares equal.
    return new URL(origin).host !== new URL(`http://${request.headers.host ?? ""}`).host;
  } catch {
    return true;
  }
}

export type CookieSecurity = AtlasConfig["cookieSecure"];

/** `Secure` over HTTPS, and on localhost, which browsers treat as a secure context. */
function isSecureRequest(request: FastifyRequest, mode: CookieSecurity): boolean {
  if (mode !== "auto") return mode === "always";
  return (
    request.protocol === "https" ||
    /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(request.headers.host ?? "")
  );
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { token: string; expiresAt: string; mode: CookieSecurity },
): void {
  const maxAge = Math.max(0, Math.round((new Date(options.expiresAt).getTime() - Date.now()) / 1_000));
  const secure = isSecureRequest(request, options.mode) ? "; Secure" : "";
  reply.header(
    "set-cookie",
    `${sessionCookieName}=${encodeURIComponent(options.token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure}`,
  );
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, mode: CookieSecurity): void {
  const secure = isSecureRequest(request, mode) ? "; Secure" : "";
  reply.header("set-cookie", `${sessionCookieName}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`);
}

export function registerAuthentication(app: FastifyInstance, db: OpenedAtlas["handle"]["db"]): void {
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor =
        match === null
          ? undefined
          : await resolveApiToken({ db, secret: match[1] as string, ip: request.ip });
      if (actor === undefined)
        throw new ServiceError(errorCodes.unauthenticated, "the API token is unknown or revoked");
      identities.set(request, { actor, via: "token", csrfToken: undefined, sessionToken: undefined });
      return;
    }
    const sessionToken = readCookie(request, sessionCookieName);
    const session =
      sessionToken === undefined ? undefined : await resolveSession({ db, sessionToken, ip: request.ip });
    identities.set(request, {
      actor: session?.actor,
      via: session === undefined ? undefined : "session",
      csrfToken: session?.csrfToken,
      sessionToken,
    });
    if (!unsafeMethods.has(request.method)) return;
    // Writes carry their own checks below; reads with credentials are personal (see onSend).
    if (isCrossSite(request))
      throw new ServiceError(errorCodes.csrfFailed, "writes from another site are refused");
    // Signing in needs no token from the session it replaces (it ends that session); the
    // cross-site check above is what stops sign-in forms posted from elsewhere.
    if (session !== undefined && request.url !== "/api/auth/login") {
      const sent = request.headers["x-csrf-token"];
      if (typeof sent !== "string" || !sameSecret(sent, session.csrfToken))
        throw new ServiceError(
          errorCodes.csrfFailed,
          "send the session's CSRF token in the x-csrf-token header",
        );
    }
  });
  // What a signed-in caller sees may include drafts: never let a browser or proxy keep it.
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.startsWith("/api/") && hasCredentials(request))
      reply.header("cache-control", "private, no-store");
    return payload;
  });
}
