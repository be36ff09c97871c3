/**
 * Random secrets and how they are stored. Session ids, one-time tokens and API tokens have 256
 * bits of entropy, so a plain SHA-256 is enough to keep them useless if the table leaks (no
 * salt or slow hash needed, unlike passwords).
 */
import { createHash, randomBytes } from "node:crypto";

/** A URL-safe random secret with an optional readable prefix (`atl_` for API tokens). */
export function createSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
