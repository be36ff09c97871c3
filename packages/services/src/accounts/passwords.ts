/**
 * Password hashing with argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane:
 * OWASP Password Storage Cheat Sheet), run on libuv's thread pool so requests keep flowing.
 */
import { hash, verify } from "@node-rs/argon2";

const parameters = {
  // Algorithm.Argon2id; the package declares it as an ambient const enum, which
  // verbatimModuleSyntax cannot import.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, parameters);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never matches.
    return false;
  }
}

/**
 * A real hash of a random password, computed once: unknown e-mail addresses are checked against
 * it so that a failed login takes as long whether or not the account exists.
 */
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}`);
  await verifyPassword(await decoyHash, password);
  return false;
}
