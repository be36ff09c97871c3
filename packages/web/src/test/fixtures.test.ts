import {
  areaListSchema,
  countryProfileSchema,
  indicatorListSchema,
  observationListSchema,
  sourceListSchema,
} from "@circular-atlas/contracts";
import { describe, expect, it } from "vitest";
import { fixtureAreas, fixtureIndicators, fixtureSources } from "./fixture-catalogue.ts";
import { fixtureObservations, fixtureProfile } from "./fixture-observations.ts";

// The fixtures stand in for the server, so they must satisfy the same contracts it does.
describe("web test fixtures", () => {
  it("match the API contracts", () => {
    expect(() => areaListSchema.parse({ data: fixtureAreas })).not.toThrow();
    expect(() => indicatorListSchema.parse({ data: fixtureIndicators })).not.toThrow();
    expect(() => sourceListSchema.parse({ data: fixtureSources })).not.toThrow();
    expect(() =>
      observationListSchema.parse({ data: fixtureObservations, sources: fixtureSources }),
    ).not.toThrow();
    expect(() => countryProfileSchema.parse(fixtureProfile("KAZ"))).not.toThrow();
  });
});
