import type { FlaggedValueDto } from "@circular-atlas/contracts";
import { describe, expect, it } from "vitest";
import { filterChoices, filterFlaggedValues, groupFlaggedValues } from "./flag-filters.ts";

const held = (
  area: string,
  indicator: string,
  timePeriod: string,
  flags: [string, "error" | "warning"][],
): FlaggedValueDto => ({
  versionId: Number(timePeriod),
  version: 2,
  indicator,
  area,
  timePeriod,
  dimensionKey: "",
  value: "467",
  publishedValue: "47.02",
  unit: "PT",
  unitMult: 0,
  state: "pending",
  sourceId: "nsc",
  importId: 2,
  recordedAt: "2026-12-03T12:00:00Z",
  flags: flags.map(([ruleId, severity]) => ({
    ruleId,
    severity,
    message: ruleId,
    details: {},
    state: "open",
    reviewedBy: null,
    reviewComment: null,
  })),
});

const values = [
  held("KAZ", "EN_HAZ_TRTDISR", "2015", [["percent-range", "error"]]),
  held("KGZ", "EN_HAZ_TRTDISR", "2015", [
    ["percent-range", "error"],
    ["year-on-year-jump", "warning"],
  ]),
  held("KGZ", "EN_HAZ_TRTDISR", "2016", [["year-on-year-jump", "warning"]]),
  held("KGZ", "EN_MAT_DOMCMPC", "2017", [["leading-zero", "warning"]]),
];

describe("flag filters", () => {
  it("groups held values per country and series in the server's order", () => {
    expect(
      groupFlaggedValues(values).map((group) => [group.area, group.indicator, group.values.length]),
    ).toEqual([
      ["KAZ", "EN_HAZ_TRTDISR", 1],
      ["KGZ", "EN_HAZ_TRTDISR", 2],
      ["KGZ", "EN_MAT_DOMCMPC", 1],
    ]);
  });

  it("keeps a value when one of its flags matches both the rule and the severity", () => {
    const periods = (filter: Parameters<typeof filterFlaggedValues>[1]) =>
      filterFlaggedValues(values, filter).map((value) => `${value.area} ${value.timePeriod}`);
    expect(periods({ area: "KGZ", severity: "warning" })).toEqual(["KGZ 2015", "KGZ 2016", "KGZ 2017"]);
    expect(periods({ rule: "percent-range", severity: "warning" })).toEqual([]);
    expect(periods({ indicator: "EN_HAZ_TRTDISR", rule: "percent-range" })).toEqual(["KAZ 2015", "KGZ 2015"]);
    expect(periods({})).toHaveLength(4);
  });

  it("offers as choices only what the list holds", () => {
    expect(filterChoices(values)).toEqual({
      area: ["KAZ", "KGZ"],
      indicator: ["EN_HAZ_TRTDISR", "EN_MAT_DOMCMPC"],
      rule: ["leading-zero", "percent-range", "year-on-year-jump"],
      severity: ["error", "warning"],
    });
  });
});
