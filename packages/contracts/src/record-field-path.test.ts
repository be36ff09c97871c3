/**
 * `isRecordFieldPath` against paths written out by hand from knowledge-record.ts and
 * knowledge-vocabulary.ts, so a change to the schemas that moves a field shows up here.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordTypes } from "./knowledge-vocabulary.ts";
import { isRecordFieldPath } from "./record-field-path.ts";

// Written from recordInputSchema by hand: the paths every record type has.
const commonPaths = [
  "originalLanguage",
  "countries",
  "subnationalArea",
  "sectors",
  "strategies",
  "themes",
  "sdgTargets",
  "year",
  "location",
  "texts.title",
  "texts.summary",
  "texts.body",
  "sources.title",
  "sources.url",
  "sources.publisher",
  "sources.publishedOn",
  "sources.accessedOn",
  "justTransition.informalSector",
  "justTransition.gender",
  "justTransition.skills",
  "justTransition.affectedRegions",
];

describe("isRecordFieldPath", () => {
  it("accepts the input's fields and the policy's own details", () => {
    for (const path of [
      ...commonPaths,
      "details.policyKind",
      "details.instruments",
      "details.legalReference",
    ])
      expect(isRecordFieldPath("policy", path), path).toBe(true);
    expect(isRecordFieldPath("initiative", "details.budgetUsd")).toBe(true);
    expect(isRecordFieldPath("event", "details.startDate")).toBe(true);
  });

  it("refuses details of another type, and any details of a priority", () => {
    expect(isRecordFieldPath("good-practice", "details.policyKind")).toBe(false);
    expect(isRecordFieldPath("stakeholder", "details.budgetUsd")).toBe(false);
    expect(isRecordFieldPath("priority", "details.policyKind")).toBe(false);
  });

  it("refuses what the system sets, bare containers, unknown fields and deeper paths", () => {
    for (const path of [
      "id",
      "type",
      "status",
      "version",
      "relations",
      "texts",
      "sources",
      "details",
      "justTransition",
      "texts.translated",
      "texts.subtitle",
      "title",
      "source.url",
      "sources.url.host",
      "texts.",
      "",
      "details.",
    ])
      expect(isRecordFieldPath("policy", path), path).toBe(false);
  });

  it("gives an unknown record type no fields", () => {
    expect(isRecordFieldPath("law", "texts.title")).toBe(false);
    expect(isRecordFieldPath("", "year")).toBe(false);
  });

  it("accepts exactly the hand-listed common paths for every type, among any dotted pair of their parts", () => {
    const parts = ["texts", "sources", "details", "justTransition", "title", "url", "year", "gender", "id"];
    const path = fc.oneof(
      fc.constantFrom(...parts),
      fc.tuple(fc.constantFrom(...parts), fc.constantFrom(...parts)).map(([a, b]) => `${a}.${b}`),
    );
    fc.assert(
      fc.property(fc.constantFrom(...recordTypes), path, (type, candidate) => {
        if (candidate.startsWith("details.")) return;
        expect(isRecordFieldPath(type, candidate)).toBe(commonPaths.includes(candidate));
      }),
    );
  });
});
