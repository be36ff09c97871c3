/**
 * Circular Atlas engines: pure computation, data in and data out. No IO, clocks or randomness;
 * those arrive as parameters. Exports are listed one by one.
 */

export type {
  CheckObservationsInput,
  QualityFinding,
  QualityObservation,
} from "./data-quality/check-observations.ts";
export { checkObservations } from "./data-quality/check-observations.ts";
export type {
  BoundsRule,
  BreakdownSumRule,
  LeadingZerosRule,
  PercentRangeRule,
  QualityRule,
  QualityRuleKind,
  QualityRulePriority,
  QualityRuleScope,
  QualitySeverity,
  ScaleShiftRule,
  YearOnYearRule,
  ZScoreRule,
} from "./data-quality/quality-rules.ts";
/**
 * Whether a finding of the rule refuses a mapping-exercise submission: `severity: "error"` with
 * `priority: "high"` (absent priority is `normal`). Imports never block on it; they hold values.
 */
export { defaultQualityRules, isBlockingRule, percentUnits } from "./data-quality/quality-rules.ts";
export type { Diagnostic } from "./diagnostics.ts";
export type { EngineErrorCode } from "./engine-error.ts";
export { EngineError } from "./engine-error.ts";
export type { MassUnitName } from "./units.ts";
export {
  carbonToCarbonDioxide,
  carbonToCo2,
  convertMass,
  perCapita,
  toDecimalString,
  tonnesPerYearToKgPerCapitaPerDay,
  totalFromPerCapita,
} from "./units.ts";
