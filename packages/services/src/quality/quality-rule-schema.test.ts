/**
 * The rule file the Secretariat edits (contracts' schema) and the rules the engine runs are one
 * shape: the engine's defaults pass the schema, what the schema accepts type-checks as engine
 * rules, and a wrong parameter is named with its path.
 */
import { qualityRuleListSchema } from "@circular-atlas/contracts";
import { defaultQualityRules, isBlockingRule, type QualityRule } from "@circular-atlas/engines";
import { describe, expect, it } from "vitest";

describe("data-quality rule schema", () => {
  it("accepts the engine's default rules unchanged", () => {
    const parsed: QualityRule[] = qualityRuleListSchema.parse(defaultQualityRules);
    expect(parsed).toEqual(defaultQualityRules);
  });

  it("blocks submissions on the percent range only by default, and reads a rule without priority as normal", () => {
    expect(defaultQualityRules.filter(isBlockingRule).map((rule) => rule.id)).toEqual(["percent-range"]);
    const [saved] = qualityRuleListSchema.parse([{ id: "pct", kind: "leading-zeros", severity: "error" }]);
    expect(saved?.priority).toBe("normal");
    expect(saved === undefined ? undefined : isBlockingRule(saved)).toBe(false);
    expect(
      qualityRuleListSchema.safeParse([{ ...saved, priority: "urgent" }]).error?.issues[0]?.path,
    ).toEqual([0, "priority"]);
  });

  it("names the wrong parameter, the unknown kind and the repeated id", () => {
    const result = qualityRuleListSchema.safeParse([
      {
        id: "jump",
        kind: "year-on-year",
        severity: "warning",
        params: { factor: 0.5, maxGapYears: 1, minMagnitude: 0 },
      },
      { id: "odd", kind: "median-check", severity: "warning", params: {} },
      { id: "pct", kind: "percent-range", severity: "error", params: { min: 100, max: 0 } },
      { id: "pct", kind: "leading-zeros", severity: "error" },
    ]);
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["0.params.factor", "a factor above 1"],
        ["1.kind", expect.stringContaining("")],
        ["2.params.min", "min must not exceed max"],
      ]),
    );
    const all = qualityRuleListSchema.safeParse([
      { id: "pct", kind: "leading-zeros", severity: "error" },
      { id: "pct", kind: "leading-zeros", severity: "warning" },
    ]);
    expect(all.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["1.id", 'rule id "pct" appears twice'],
    ]);
  });
});
