/**
 * Who is acting: a signed-in user (by session or API token), or the system itself (the CLI run
 * by whoever holds the machine, and the bundled seed). Anonymous readers have no actor.
 */
import type { ApiScopeName, RoleName } from "@circular-atlas/contracts";

export interface UserActor {
  readonly kind: "user";
  readonly userId: number;
  /** E-mail address, as the audit log records it. */
  readonly label: string;
  readonly role: RoleName;
  readonly countries: readonly string[];
  /** API tokens carry scopes; a session may do everything its role allows. */
  readonly scopes: readonly ApiScopeName[] | "all";
  readonly ip?: string | undefined;
}

export interface SystemActor {
  readonly kind: "system";
  /** `cli`, `seed`, `import`: the audit log's "who". */
  readonly label: string;
}

export type Actor = UserActor | SystemActor;

/** The actor for work done from the command line by the machine's operator. */
export const cliActor: SystemActor = { kind: "system", label: "cli" };
/** The actor for the bundled knowledge-base seed. */
export const seedActor: SystemActor = { kind: "system", label: "seed" };

export function actorUserId(actor: Actor): number | null {
  return actor.kind === "user" ? actor.userId : null;
}

export function actorIp(actor: Actor): string | null {
  return actor.kind === "user" ? (actor.ip ?? null) : null;
}
