/** Test support for the mapping exercise's services: actors, and the ServiceError a call rejects with. */
import type { RoleName } from "@circular-atlas/contracts";
import type { AtlasDatabase } from "@circular-atlas/database";
import { expect } from "vitest";
import type { UserActor } from "../accounts/actor.ts";
import { changeSubmissionState, saveSubmissionDraft } from "../rounds/submissions.ts";
import { ServiceError } from "../service-error.ts";

/** A signed-in user of `role` working for `countries`; the id need not exist (events keep no key). */
export function testUser(id: number, role: RoleName, countries: string[] = []): UserActor {
  return { kind: "user", userId: id, label: `${role}-${id}@example.org`, role, countries, scopes: "all" };
}

/** The ServiceError `promise` rejects with; the test fails if it resolves or rejects otherwise. */
export async function serviceFailure(promise: Promise<unknown>): Promise<ServiceError> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ServiceError);
  return caught as ServiceError;
}

/**
 * `answers` saved as `area`'s draft by its focal point, submitted, endorsed by its country lead and
 * approved by a reviewer (user 3); the approved revision.
 */
export async function approveSubmission(input: {
  db: AtlasDatabase;
  roundId: number;
  area: string;
  answers: Record<string, unknown>;
  now: string;
}): Promise<number> {
  const { answers, ...at } = input;
  const focalPoint = testUser(1, "focal-point", [at.area]);
  const draft = await saveSubmissionDraft({ ...at, actor: focalPoint, answers, baseRevision: 0 });
  const submitted = await changeSubmissionState({
    ...at,
    actor: focalPoint,
    action: "submit",
    baseRevision: draft.revision,
  });
  const endorsed = await changeSubmissionState({
    ...at,
    actor: testUser(2, "country-lead", [at.area]),
    action: "endorse",
    baseRevision: submitted.revision,
  });
  const approved = await changeSubmissionState({
    ...at,
    actor: testUser(3, "reviewer"),
    action: "approve",
    baseRevision: endorsed.revision,
  });
  return approved.revision;
}
