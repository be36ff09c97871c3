/**
 * Data-quality rules are data: the Secretariat edits their scope, parameters and severity, and
 * the checks read them. Each kind names one way real published figures go wrong (a lost decimal
 * point turns 46.7 % into 467 %; a spreadsheet keeps "01" as text; a unit changes between two
 * vintages by a factor of 10 or 1,000).
 */

export type QualityRuleKind =
  | "percent-range"
  | "bounds"
  | "year-on-year"
  | "leading-zeros"
  | "scale-shift"
  | "z-score"
  | "breakdown-sum"
  | "unit-consistency";

export type QualitySeverity = "error" | "warning";

/**
 * How much a finding weighs on a country's submission of the mapping exercise: only an error of
 * `high` priority refuses the submission; every other finding lets it through, and the value is
 * held for review when it is published, as any import's is. Imports are unaffected.
 */
export type QualityRulePriority = "high" | "normal";

/** Which observations a rule looks at; an empty or absent list means every one. */
export interface QualityRuleScope {
  readonly indicators?: readonly string[] | undefined;
  readonly units?: readonly string[] | undefined;
}

interface RuleBase<Kind extends QualityRuleKind, Params> {
  readonly id: string;
  readonly kind: Kind;
  readonly severity: QualitySeverity;
  /** `normal` when absent. */
  readonly priority?: QualityRulePriority | undefined;
  readonly enabled: boolean;
  readonly scope: QualityRuleScope;
  readonly params: Params;
  /** What the rule is for, in the Secretariat's words. */
  readonly description: string;
}

export type PercentRangeRule = RuleBase<"percent-range", { readonly min: number; readonly max: number }>;
export type BoundsRule = RuleBase<
  "bounds",
  { readonly min?: number | undefined; readonly max?: number | undefined }
>;
/**
 * A value more than `factor` times (or less than 1/`factor` of) the previous period's value of
 * the same series, when the two are at most `maxGapYears` apart and the smaller one is at
 * least `minMagnitude` in absolute value (tiny numbers jump by large factors for no reason).
 */
export type YearOnYearRule = RuleBase<
  "year-on-year",
  { readonly factor: number; readonly maxGapYears: number; readonly minMagnitude: number }
>;
export type LeadingZerosRule = RuleBase<"leading-zeros", Record<string, never>>;
/** A new version that equals the last accepted one times a power of ten, within `tolerance` (relative). */
export type ScaleShiftRule = RuleBase<
  "scale-shift",
  { readonly factors: readonly number[]; readonly tolerance: number }
>;
/** |z| above `threshold` against the series' other values, when it has at least `minPoints` of them. */
export type ZScoreRule = RuleBase<"z-score", { readonly threshold: number; readonly minPoints: number }>;
/**
 * Where the structure says the codes of `dimension` add up to its total (`_T`, or the value
 * without that breakdown), the parts must sum to the total within `tolerance` (absolute, in
 * the series' unit). `parts` lists the codes that make the whole; all of them must be present.
 */
export type BreakdownSumRule = RuleBase<
  "breakdown-sum",
  { readonly dimension: string; readonly parts: readonly string[]; readonly tolerance: number }
>;

/**
 * A value whose unit (or unit multiplier) differs from the unit the series is published in:
 * the indicator's own unit, or the unit of the series' accepted values. Figures in tonnes and in
 * million tonnes must never meet on one chart unconverted.
 */
export type UnitConsistencyRule = RuleBase<"unit-consistency", Record<string, never>>;

/** Whether a finding of `rule` refuses a submission: an error of high priority. */
export function isBlockingRule(
  rule: Pick<RuleBase<QualityRuleKind, unknown>, "severity" | "priority">,
): boolean {
  return rule.severity === "error" && rule.priority === "high";
}

export type QualityRule =
  | PercentRangeRule
  | BoundsRule
  | YearOnYearRule
  | LeadingZerosRule
  | ScaleShiftRule
  | ZScoreRule
  | BreakdownSumRule
  | UnitConsistencyRule;

/** Units the observatory reads as percent (UN SDG `PT`, and the spellings other files use). */
export const percentUnits = ["PT", "PERCENT", "PC", "%"] as const;

/**
 * The rules a new database starts with; the Secretariat may change every one of them. Only the
 * percent range blocks a submission: the other errors (a scale shift, another unit) can be a
 * true correction or the questionnaire's own mapping, which the reviewer judges at publication.
 */
export const defaultQualityRules: readonly QualityRule[] = [
  {
    id: "percent-range",
    kind: "percent-range",
    severity: "error",
    // A share outside 0–100 % is impossible by definition, never a plausible surprise: a
    // submission holding one is refused, so the country fixes it before the Secretariat sees it.
    priority: "high",
    enabled: true,
    scope: { units: percentUnits },
    params: { min: 0, max: 100 },
    description: "A percentage lies between 0 and 100.",
  },
  {
    id: "year-on-year-jump",
    kind: "year-on-year",
    severity: "warning",
    priority: "normal",
    enabled: true,
    scope: {},
    params: { factor: 5, maxGapYears: 2, minMagnitude: 1 },
    description: "A value rarely changes by more than five times from one year to the next.",
  },
  {
    id: "leading-zeros",
    kind: "leading-zeros",
    severity: "warning",
    priority: "normal",
    enabled: true,
    scope: {},
    params: {},
    description: 'A number written with a leading zero ("01") was probably typed or converted wrongly.',
  },
  {
    id: "scale-shift",
    kind: "scale-shift",
    severity: "error",
    priority: "normal",
    enabled: true,
    scope: {},
    params: { factors: [10, 100, 1_000, 0.1, 0.01, 0.001], tolerance: 0.02 },
    description:
      "A correction that equals the accepted value times 10, 100 or 1,000 is a shifted decimal or unit.",
  },
  {
    id: "unit-consistency",
    kind: "unit-consistency",
    severity: "error",
    priority: "normal",
    enabled: true,
    scope: {},
    params: {},
    description: "A value is in the unit (and unit multiplier) the series is published in.",
  },
  {
    id: "z-score-outlier",
    kind: "z-score",
    severity: "warning",
    priority: "normal",
    enabled: true,
    scope: {},
    params: { threshold: 3.5, minPoints: 8 },
    description:
      "In a series of at least eight values, one more than 3.5 standard deviations from the others.",
  },
];
