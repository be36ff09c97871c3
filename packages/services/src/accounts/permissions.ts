/**
 * Who may do what with knowledge records: one table of rules, used by every write and by the
 * interface to show only what is allowed. Country-scoped roles act only on records all of whose
 * countries are theirs; publishing needs the reviewer role, and nobody publishes what they wrote.
 */
import type { ApiScopeName, RecordActionName, RecordStatusName, RoleName } from "@circular-atlas/contracts";
import type { Actor, UserActor } from "./actor.ts";

export type RecordPermissionName = "edit" | RecordActionName;

interface RecordState {
  readonly status: string;
  readonly countries: readonly string[];
}

/** Rules by role: which statuses a role may edit, and which actions it may take. */
const roleRules: Record<
  RoleName,
  {
    create: boolean;
    scoped: boolean;
    edit: readonly RecordStatusName[];
    actions: readonly RecordActionName[];
  }
> = {
  admin: {
    create: true,
    scoped: false,
    edit: ["draft", "under-review", "published"],
    actions: ["submit", "return", "archive", "restore"],
  },
  editor: {
    create: true,
    scoped: false,
    edit: ["draft", "under-review", "published"],
    actions: ["submit", "archive", "restore"],
  },
  "country-lead": {
    create: true,
    scoped: true,
    edit: ["draft", "under-review"],
    actions: ["submit", "return"],
  },
  "focal-point": { create: true, scoped: true, edit: ["draft"], actions: ["submit"] },
  reviewer: { create: false, scoped: false, edit: [], actions: ["return", "publish", "archive"] },
  reader: { create: false, scoped: false, edit: [], actions: [] },
};

/** The status each action moves a record from, and to. */
export const statusTransitions: Record<
  RecordActionName,
  { from: readonly RecordStatusName[]; to: RecordStatusName }
> = {
  submit: { from: ["draft"], to: "under-review" },
  return: { from: ["under-review"], to: "draft" },
  publish: { from: ["under-review"], to: "published" },
  archive: { from: ["draft", "under-review", "published"], to: "archived" },
  restore: { from: ["archived"], to: "draft" },
};

const scopeOfAction: Record<RecordPermissionName, ApiScopeName> = {
  edit: "write",
  submit: "write",
  return: "review",
  publish: "review",
  archive: "review",
  restore: "review",
};

export function hasScope(actor: Actor, scope: ApiScopeName): boolean {
  return actor.kind === "system" || actor.scopes === "all" || actor.scopes.includes(scope);
}

/** True when every one of the countries is the actor's (and there is at least one). */
export function coversCountries(actor: UserActor, countries: readonly string[]): boolean {
  return countries.length > 0 && countries.every((country) => actor.countries.includes(country));
}

function withinScope(actor: UserActor, countries: readonly string[]): boolean {
  return !roleRules[actor.role].scoped || coversCountries(actor, countries);
}

/** May the actor create a record for these countries? */
export function canCreateRecord(actor: Actor, countries: readonly string[]): boolean {
  if (actor.kind === "system") return true;
  return roleRules[actor.role].create && hasScope(actor, "write") && withinScope(actor, countries);
}

/** May the viewer see the record although it is not published? */
export function canSeeRecord(viewer: Actor | undefined, record: RecordState): boolean {
  if (record.status === "published") return true;
  if (viewer === undefined) return false;
  if (viewer.kind === "system") return true;
  if (!hasScope(viewer, "read") && !hasScope(viewer, "write") && !hasScope(viewer, "review")) return false;
  if (viewer.role === "reader") return false;
  if (roleRules[viewer.role].scoped)
    return viewer.countries.some((country) => record.countries.includes(country));
  return true;
}

/** What unpublished records a viewer may find in search. */
export function searchVisibility(viewer: Actor | undefined): { all: boolean; countries: readonly string[] } {
  if (viewer === undefined) return { all: false, countries: [] };
  if (viewer.kind === "system") return { all: true, countries: [] };
  const readable = hasScope(viewer, "read") || hasScope(viewer, "write") || hasScope(viewer, "review");
  if (!readable || viewer.role === "reader") return { all: false, countries: [] };
  return roleRules[viewer.role].scoped
    ? { all: false, countries: viewer.countries }
    : { all: true, countries: [] };
}

/**
 * What the actor may do with the record now. `authors` are the users who wrote any version of
 * its content; `nextCountries` are the countries an edit would give it.
 */
export function allowedRecordActions(
  actor: Actor | undefined,
  record: RecordState,
  authors: readonly number[],
): RecordPermissionName[] {
  if (actor === undefined) return [];
  const allowed: RecordPermissionName[] = [];
  const permits = (permission: RecordPermissionName) => {
    if (actor.kind === "system") return true;
    const rules = roleRules[actor.role];
    if (!hasScope(actor, scopeOfAction[permission]) || !withinScope(actor, record.countries)) return false;
    if (permission === "edit") return rules.edit.includes(record.status as RecordStatusName);
    if (permission === "publish" && authors.includes(actor.userId)) return false;
    return rules.actions.includes(permission);
  };
  if (permits("edit")) allowed.push("edit");
  for (const [action, transition] of Object.entries(statusTransitions) as [
    RecordActionName,
    (typeof statusTransitions)[RecordActionName],
  ][]) {
    if (transition.from.includes(record.status as RecordStatusName) && permits(action)) allowed.push(action);
  }
  return allowed;
}

/** May the actor manage accounts? */
export function canManageUsers(actor: Actor): boolean {
  return actor.kind === "system" || (actor.role === "admin" && hasScope(actor, "admin"));
}

/**
 * May the actor confirm or reject a flagged observation value? Reviewers and administrators may,
 * for any country (a focal point who sent a figure does not vouch for it too); the system may.
 */
export function canReviewObservations(actor: Actor): boolean {
  return (
    actor.kind === "system" ||
    ((actor.role === "reviewer" || actor.role === "admin") && hasScope(actor, "review"))
  );
}

/** May the actor change the data-quality rules? The Secretariat's editors and administrators. */
export function canEditQualityRules(actor: Actor): boolean {
  return (
    actor.kind === "system" ||
    ((actor.role === "editor" || actor.role === "admin") && hasScope(actor, "admin"))
  );
}

/**
 * The countries whose held (unpublished) values the actor may see: their own for country-scoped
 * roles, every one for the Secretariat's roles and the system.
 */
export function heldValueCountries(actor: Actor): readonly string[] | "all" {
  if (actor.kind === "system") return "all";
  return roleRules[actor.role].scoped ? actor.countries : "all";
}
