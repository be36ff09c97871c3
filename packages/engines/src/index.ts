/**
 * Circular Atlas engines: pure computation, data in and data out. No IO, clocks or randomness;
 * those arrive as parameters. Exports are listed one by one.
 */

// Composite index (COINr 1.1 method): inputs and frame, pipeline runner, steps, weights,
// correlation analysis, uncertainty and sensitivity analysis.
export type {
  AggregateArgs,
  AggregateGroupPlan,
  AggregateLevelPlan,
  AggregationFunctionName,
} from "./composite-index/aggregate.ts";
export { aggregateStep } from "./composite-index/aggregate.ts";
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
export type {
  CorrelationFlag,
  CorrelationFlagOptions,
  CorrelationRow,
  CorrelationTableOptions,
  DenominatorCorrelation,
} from "./composite-index/correlation.ts";
export {
  correlationFlags,
  correlationTable,
  denominatorCorrelations,
} from "./composite-index/correlation.ts";
export { cronbachAlpha, cronbachOf } from "./composite-index/cronbach.ts";
export type { DenominateArgs } from "./composite-index/denominate.ts";
export { denominateStep } from "./composite-index/denominate.ts";
export type { ImputeArgs } from "./composite-index/impute.ts";
export { imputeStep } from "./composite-index/impute.ts";
export type { NormaliseAnalysis, NormaliseArgs } from "./composite-index/normalise.ts";
export { normaliseStep } from "./composite-index/normalise.ts";
export type { PcaGroup, PcaWeights, PcaWeightsOptions } from "./composite-index/pca-weights.ts";
export { pcaWeights } from "./composite-index/pca-weights.ts";
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
export type { TreatAnalysis, TreatArgs } from "./composite-index/treat.ts";
export { treatStep } from "./composite-index/treat.ts";
export type { TreatIndicatorDetails, TreatOutcome } from "./composite-index/treat-column.ts";
export { treatedPointLabel } from "./composite-index/treat-column.ts";
export type { TreatTable, TreatTableCell } from "./composite-index/treat-tables.ts";
/** Treat's analysis as COINr's Dets_Table and Treated_Points (treat_details.csv, treat_points.csv). */
export { treatDetailsTable, treatPointsTable } from "./composite-index/treat-tables.ts";
export type {
  ReplicationFailure,
  UncertaintyReplications,
  UncertaintyResult,
} from "./composite-index/uncertainty.ts";
export {
  combineUncertaintyReplications,
  runUncertainty,
  runUncertaintyReplications,
} from "./composite-index/uncertainty.ts";
export type { Sampler } from "./composite-index/uncertainty-design.ts";
export type {
  CancelSignal,
  InputSummary,
  UncertaintyEngine,
  UncertaintyInput,
} from "./composite-index/uncertainty-plan.ts";
export { compareCodes, sortCodes } from "./composite-index/unit-order.ts";
export type { WeightNoiseSpec, WeightSetObject } from "./composite-index/weights.ts";
export { effectiveWeights, noisyWeights } from "./composite-index/weights.ts";
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
// Input-output (pymrio 0.6.3's calc_all through one LU of I − A): dense kernels, the accounts,
// final-demand scenarios on a factorised baseline.
export type { CalcAllOptions, ExtensionResult, IoResult } from "./input-output/calc-all.ts";
export { calcAll } from "./input-output/calc-all.ts";
export type { DenseMatrix } from "./input-output/dense-matrix.ts";
export { denseMatrix, fromRows, safeReciprocal, toRows } from "./input-output/dense-matrix.ts";
export type { InputOutputErrorKind } from "./input-output/input-output-error.ts";
export { InputOutputError } from "./input-output/input-output-error.ts";
export type { ExtensionInput, IoSystemInput } from "./input-output/io-system.ts";
export type { LuFactorisation, LuOptions } from "./input-output/lu.ts";
export { luFactor, luInverse, luSolve, luSolveTransposed } from "./input-output/lu.ts";
export type {
  Baseline,
  ExtensionShock,
  FinalDemandShock,
  FinalDemandShockOptions,
  FinalDemandShockResult,
} from "./input-output/scenario.ts";
export { createBaseline, shockFinalDemand } from "./input-output/scenario.ts";
export { quantileType7 } from "./numeric/quantile.ts";
export { createRandom } from "./numeric/random.ts";
export type { TiesMethod } from "./numeric/ranks.ts";
export { rankAscending, rankDescending } from "./numeric/ranks.ts";
export { sobolPoints } from "./numeric/sobol.ts";
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
