/**
 * Circular Atlas engines: pure computation, data in and data out. No IO, clocks or randomness;
 * those arrive as parameters. Exports are listed one by one.
 */

// Composite index: inputs, frame, pipeline runner and the first steps (helper branch ci-frame).
export type { Cell, CellTable } from "./composite-index/cell-values.ts";
export type {
  CoinFrame,
  Compat,
  DataSet,
  IndicatorMeta,
  MetaType,
  ParsedPipeline,
  ParsedStep,
  PipelineRun,
  StepContext,
  StepDefinition,
  StepOp,
} from "./composite-index/coin-types.ts";
export type { CompositeIndexErrorKind } from "./composite-index/composite-index-error.ts";
export { CompositeIndexError } from "./composite-index/composite-index-error.ts";
export type { DenominateArgs } from "./composite-index/denominate.ts";
export { denominateStep } from "./composite-index/denominate.ts";
export type { ImputeArgs } from "./composite-index/impute.ts";
export { imputeStep } from "./composite-index/impute.ts";
export type { RunOptions } from "./composite-index/pipeline.ts";
export { DEFAULT_WRITE_TO, parsePipeline, runPipeline } from "./composite-index/pipeline.ts";
export { newCoinFrame } from "./composite-index/read-inputs.ts";
export type { RemoveElementsInput, RemoveElementsResult } from "./composite-index/remove-elements.ts";
export { removeElements } from "./composite-index/remove-elements.ts";
export type { IndexResult } from "./composite-index/results.ts";
export { indexResults, rankDataSet } from "./composite-index/results.ts";
export type { ScreenAnalysis, ScreenArgs, ScreenSummaryRow } from "./composite-index/screen.ts";
export { screenStep } from "./composite-index/screen.ts";
export type { StepRegistry } from "./composite-index/step-registry.ts";
export { defaultStepRegistry } from "./composite-index/step-registry.ts";
export { compareCodes, sortCodes } from "./composite-index/unit-order.ts";
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
