/** Test support for the mapping exercise's services: actors, and the ServiceError a call rejects with. */
import type { RoleName } from "@circular-atlas/contracts";
import { expect } from "vitest";
import type { UserActor } from "../accounts/actor.ts";
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
