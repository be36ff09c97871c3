/**
 * The shared vocabulary of the composite-index engine (COINr's "coin"): inputs, data sets, the
 * parsed pipeline and the step contract. Every step module codes against these types, so the
 * pipeline runner, the steps and the uncertainty analysis can be written and tested apart.
 *
 * Missing values are NaN in `Float64Array` columns: R's `is.na` is true for NaN too, so COINr
 * makes no difference between a gap and a 0/0 either.
 */
import type { Diagnostic } from "../diagnostics.ts";

/** `coinr` reproduces COINr 1.1.x with its quirks; `strict` (the default) validates and fixes. */
export type Compat = "coinr" | "strict";

export type MetaType = "Indicator" | "Aggregate" | "Group" | "Denominator" | "Other";

/** One iMeta row, typed. Optional iMeta columns are null when absent or empty. */
export interface IndicatorMeta {
  readonly iCode: string;
  readonly iName: string;
  readonly type: MetaType;
  /** 1 for indicators, 2… for aggregates; null for Group, Denominator and Other rows. */
  readonly level: number | null;
  readonly parent: string | null;
  readonly direction: 1 | -1 | null;
  readonly weight: number | null;
  readonly unit: string | null;
  readonly target: number | null;
  /** The iCode of the Denominator column this indicator is divided by. */
  readonly denominator: string | null;
  /** Any further iMeta columns (normalisation parameters such as `goalpost_lower`), as read. */
  readonly extra: Readonly<Record<string, number | string | null>>;
}

/**
 * A validated coin before any step: units sorted by uCode as COINr sorts them, the metadata, the
 * hierarchy and the weight sets. Immutable; every pipeline run starts from it.
 */
export interface CoinFrame {
  /** Unit codes sorted as COINr sorts them; row i of every full data set is `units[i]`. */
  readonly units: readonly string[];
  readonly unitNames: readonly string[];
  /** Position of each unit in the input iData (outputs list rows in iData order). */
  readonly inputRowOfUnit: readonly number[];
  /** Group columns by name, one value per unit (null where the cell was empty). */
  readonly groups: ReadonlyMap<string, readonly (string | null)[]>;
  /** Denominator columns by iCode, one value per unit (NaN where missing). */
  readonly denominators: ReadonlyMap<string, Float64Array>;
  /** Every iMeta row, in the input iMeta order. */
  readonly meta: readonly IndicatorMeta[];
  readonly metaByCode: ReadonlyMap<string, IndicatorMeta>;
  /** Indicator codes (Type Indicator), in input iMeta order: the columns of Raw. */
  readonly indicators: readonly string[];
  /** Aggregate codes per level: `aggregatesByLevel[0]` is level 2, each level alphabetical. */
  readonly aggregatesByLevel: readonly (readonly string[])[];
  /** The top level number (1 when there are no aggregates). */
  readonly maxLevel: number;
  /** Children of each aggregate code, in column order of the level below. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Named weight sets; `Original` is iMeta's Weight column for indicators and aggregates. */
  readonly weightSets: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The Raw data set (indicators in iMeta order, rows in `units` order), as `newCoinFrame` reads
   * it; `runPipeline` starts from it. Optional so that hand-made frames in tests need not carry
   * data when they pass their data sets directly.
   */
  readonly raw?: DataSet;
}

/** A table of units × codes. Rows follow `units`, columns follow `codes`; NaN is missing. */
export interface DataSet {
  readonly units: readonly string[];
  readonly codes: readonly string[];
  readonly columns: readonly Float64Array[];
}

export type StepOp = "Denominate" | "Impute" | "Screen" | "Treat" | "Normalise" | "Aggregate";

/** One step of pipeline.json, its COINr arguments parsed and checked by the step's `parseArgs`. */
export interface ParsedStep<A = unknown> {
  readonly op: StepOp;
  /** The data set it reads (`Raw` or an earlier step's `write_to`). */
  readonly dset: string;
  readonly writeTo: string;
  readonly args: A;
  /** The step's JSON as given (op, dset and write_to included), for logs and argument paths. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface ParsedPipeline {
  readonly compat: Compat;
  readonly steps: readonly ParsedStep[];
}

/** What a step sees besides its input data set. */
export interface StepContext {
  readonly frame: CoinFrame;
  readonly compat: Compat;
  /** Data sets written so far, by name (`Raw` included). */
  readonly dsets: ReadonlyMap<string, DataSet>;
  /** Findings that still allow a result; the step pushes, the runner collects. */
  readonly diagnostics: Diagnostic[];
  /**
   * Keeps the step's analysis table (Treat's per-indicator details, Screen's summary, …) under
   * the step's `write_to`; `PipelineRun.analysis` returns it.
   */
  recordAnalysis(details: unknown): void;
}

/**
 * A pipeline operation. `parseArgs` receives the step's JSON without `op`, `dset` and `write_to`,
 * and throws a `CompositeIndexError` naming the argument path (`steps[2].global_specs.f_n`)
 * when an argument is unknown, of the wrong type or refers to something the frame lacks.
 */
export interface StepDefinition<A> {
  readonly op: StepOp;
  parseArgs(raw: Readonly<Record<string, unknown>>, where: string, frame: CoinFrame, compat: Compat): A;
  run(input: DataSet, args: A, context: StepContext): DataSet;
}

/** The result of running a pipeline: every data set by name, in the order written. */
export interface PipelineRun {
  readonly frame: CoinFrame;
  readonly dsets: ReadonlyMap<string, DataSet>;
  /** Each step's analysis table, by its `write_to`. */
  readonly analysis: ReadonlyMap<string, unknown>;
  readonly diagnostics: readonly Diagnostic[];
}
