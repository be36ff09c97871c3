/**
 * The closed vocabularies of the knowledge base and of accounts: what the code branches on.
 * Tags (sectors, circular strategies, themes, instruments, kinds) are open taxonomy terms kept
 * in the database with their labels; records are checked against them there. No zod here: the
 * web app imports these values (`@circular-atlas/contracts/vocabulary`) without the schema library.
 */
export const recordTypes = [
  "policy",
  "good-practice",
  "stakeholder",
  "initiative",
  "barrier",
  "priority",
  "event",
  "document",
] as const;
export type RecordTypeName = (typeof recordTypes)[number];

export const recordStatuses = ["draft", "under-review", "published", "archived"] as const;
export type RecordStatusName = (typeof recordStatuses)[number];

/** Relations read from the record that holds them: a policy *addresses* a barrier. */
export const relationKinds = [
  "addresses",
  "implements",
  "leads",
  "partners-in",
  "funds",
  "documents",
  "related-to",
] as const;
export type RelationKindName = (typeof relationKinds)[number];

export const roleNames = ["admin", "editor", "focal-point", "country-lead", "reviewer", "reader"] as const;
export type RoleName = (typeof roleNames)[number];

/** Roles whose rights are limited to the countries on their account. */
export const countryScopedRoles: readonly RoleName[] = ["focal-point", "country-lead"];

/**
 * What an API token may do, within its owner's role: `read` unpublished records the owner may
 * see, `write` create and edit, `review` submit, return, publish and archive, `admin` accounts.
 */
export const apiScopes = ["read", "write", "review", "admin"] as const;
export type ApiScopeName = (typeof apiScopes)[number];

/** Status changes a record can go through, by the action's name. */
export const recordActions = ["submit", "return", "publish", "archive", "restore"] as const;
export type RecordActionName = (typeof recordActions)[number];

/** Taxonomy schemes and the record field each one checks. */
export const taxonomySchemes = [
  "record-type",
  "record-status",
  "relation",
  "sector",
  "strategy",
  "theme",
  "policy-kind",
  "policy-status",
  "instrument",
  "practice-kind",
  "stakeholder-kind",
  "initiative-stage",
  "barrier-kind",
] as const;
export type TaxonomySchemeName = (typeof taxonomySchemes)[number];

/** Fields that belong to one record type each; a field of another type is an error. */
export const recordDetailFields = {
  policy: ["policyKind", "policyStatus", "instruments", "issuingBody", "legalReference"],
  "good-practice": ["practiceKind", "results", "lessons"],
  stakeholder: ["stakeholderKind", "website"],
  initiative: ["stage", "budgetUsd", "fundingSoughtUsd", "partners"],
  barrier: ["barrierKind"],
  priority: [],
  event: ["startDate", "endDate", "place"],
  document: ["publisher", "publishedOn", "url"],
} as const satisfies Record<RecordTypeName, readonly string[]>;

/** The facets search counts and filters by. */
export const searchFacetNames = [
  "type",
  "country",
  "sector",
  "strategy",
  "theme",
  "status",
  "language",
  "year",
] as const;
export type SearchFacetName = (typeof searchFacetNames)[number];

/**
 * The mapping exercise's review states of one country's answers to a round, and the actions
 * that move them (publication is its own request, since it writes observations and records).
 */
export const submissionStateNames = [
  "not-started",
  "draft",
  "submitted",
  "returned",
  "resubmitted",
  "approved",
  "published",
] as const;
export type SubmissionStateName = (typeof submissionStateNames)[number];
export const submissionActionNames = ["submit", "endorse", "return", "approve", "unapprove"] as const;
export type SubmissionActionName = (typeof submissionActionNames)[number];
