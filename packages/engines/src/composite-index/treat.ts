/**
 * The Treat step (COINr's `Treat`): outlier treatment column by column, with one specification
 * for all indicators (`global_specs`), per-indicator overrides (`indiv_specs`, "none" to skip one)
 * and `combine_treat`. The analysis records each indicator's tests and what was done, and the
 * per-cell marks from which COINr's Treated_Points table is built.
 */
import type { CoinFrame, Compat, DataSet, StepContext, StepDefinition } from "./coin-types.ts";
import { readBoolean, readRecord } from "./json-args.ts";
import { argError, type JsonObject, rejectUnknownKeys } from "./step-args.ts";
import { emptyDetails, type TreatIndicatorDetails, treatColumn } from "./treat-column.ts";
import { resolveTreatSpec, type TreatColumnSpec } from "./treat-specs.ts";

export interface TreatArgs {
  /** COINr's `disable = TRUE`: the input is written unchanged (for switching treatment off in a sensitivity run). */
  readonly disable: boolean;
  readonly combineTreat: boolean;
  readonly compat: Compat;
  /** The specification of every column not named in `indiv_specs`; "none" leaves it alone. */
  readonly global: TreatColumnSpec | "none";
  readonly byCode: ReadonlyMap<string, TreatColumnSpec | "none">;
  /** compat: `global_specs: "none"` was ignored, as COINr 1.1 ignores it (it treats with the defaults). */
  readonly globalNoneIgnored: boolean;
}

/** Treat's analysis table, kept under the step's `write_to`. */
export interface TreatAnalysis {
  readonly units: readonly string[];
  readonly indicators: readonly TreatIndicatorDetails[];
}

const TREAT_ARGS = ["global_specs", "indiv_specs", "combine_treat", "disable"];

export const treatStep: StepDefinition<TreatArgs> = {
  op: "Treat",
  parseArgs: parseTreatArgs,
  run: runTreat,
};

export function parseTreatArgs(raw: JsonObject, where: string, frame: CoinFrame, compat: Compat): TreatArgs {
  rejectUnknownKeys(raw, where, TREAT_ARGS);
  const disable = raw["disable"] === undefined ? false : readBoolean(raw["disable"], `${where}.disable`);
  const combineTreat =
    raw["combine_treat"] === undefined ? false : readBoolean(raw["combine_treat"], `${where}.combine_treat`);
  const globalWhere = `${where}.global_specs`;
  const globalRaw = raw["global_specs"] ?? {};
  let globalSpecs: JsonObject | "none";
  if (globalRaw === "none") globalSpecs = "none";
  else globalSpecs = readRecord(globalRaw, globalWhere);
  // COINr 1.1 accepts global_specs = "none" and then treats with the defaults (Treat.data.frame
  // never looks at it again); compat copies that, strict does what the word says.
  const globalNoneIgnored = globalSpecs === "none" && compat === "coinr";
  const globalLayer =
    globalSpecs === "none" ? { specs: {}, where: globalWhere } : { specs: globalSpecs, where: globalWhere };
  const global =
    globalSpecs === "none" && compat === "strict" ? "none" : resolveTreatSpec([globalLayer], compat);

  const byCode = new Map<string, TreatColumnSpec | "none">();
  const indivRaw = raw["indiv_specs"];
  if (indivRaw !== undefined && indivRaw !== null) {
    const indiv = readRecord(indivRaw, `${where}.indiv_specs`);
    for (const [code, value] of Object.entries(indiv)) {
      const codeWhere = `${where}.indiv_specs.${code}`;
      if (!frame.metaByCode.has(code)) {
        // COINr ignores names that are not columns; strict refuses the likely typo.
        if (compat === "strict") throw argError(codeWhere, `${code} is not a code of iMeta`);
        continue;
      }
      if (value === "none") byCode.set(code, "none");
      else
        byCode.set(
          code,
          resolveTreatSpec([globalLayer, { specs: readRecord(value, codeWhere), where: codeWhere }], compat),
        );
    }
  }
  return { disable, combineTreat, compat, global, byCode, globalNoneIgnored };
}

export function runTreat(input: DataSet, args: TreatArgs, context: StepContext): DataSet {
  if (args.disable) {
    context.recordAnalysis({ units: input.units, indicators: [] } satisfies TreatAnalysis);
    return input;
  }
  if (args.globalNoneIgnored) {
    context.diagnostics.push({
      code: "composite-index/treat-global-none-ignored",
      severity: "warning",
      message: 'global_specs "none" is ignored as in COINr 1.1: every indicator is treated with the defaults',
    });
  }
  const columns: Float64Array[] = [];
  const indicators: TreatIndicatorDetails[] = [];
  for (let j = 0; j < input.codes.length; j += 1) {
    const code = input.codes[j] as string;
    const column = input.columns[j] as Float64Array;
    const spec = args.byCode.get(code) ?? args.global;
    if (spec === "none") {
      // Unchanged columns are shared with the input: data sets are never written to.
      columns.push(column);
      indicators.push(emptyDetails(code, null));
      continue;
    }
    const treated = treatColumn(code, column, spec, args);
    columns.push(treated.values);
    indicators.push(treated.details);
    reportColumn(treated.details, spec, context);
  }
  context.recordAnalysis({ units: input.units, indicators } satisfies TreatAnalysis);
  return { units: input.units, codes: input.codes, columns };
}

function reportColumn(details: TreatIndicatorDetails, spec: TreatColumnSpec, context: StepContext): void {
  const where = { iCode: details.iCode };
  if (details.outcome === "untreated-test-undefined" || details.outcome === "untreated-error") {
    context.diagnostics.push({
      code: "composite-index/treat-untreated",
      severity: "warning",
      message: `${details.iCode} is left untreated: ${details.reason}`,
      where,
    });
  }
  const winmax = spec.f1.name === "winsorise" ? spec.f1.winmax : null;
  if (details.winsorisedPoints !== null && winmax !== null && details.winsorisedPoints > winmax) {
    context.diagnostics.push({
      code: "composite-index/treat-tied-extremes",
      severity: "info",
      message: `${details.iCode}: tied extremes were winsorised together, ${details.winsorisedPoints} points for winmax ${winmax}`,
      where,
    });
  }
  if (details.f2 === "log_CT_neg" && spec.f2?.name === "log_CT") {
    context.diagnostics.push({
      code: "composite-index/treat-negative-skew-log",
      severity: "info",
      message: `${details.iCode} is negatively skewed: the mirrored log −ln(max + 0.01·range − x) was used instead of log_CT`,
      where,
    });
  }
  if (details.outcome === "f2" && details.test2?.pass === false) {
    context.diagnostics.push({
      code: "composite-index/treat-still-failing",
      severity: "info",
      message: `${details.iCode} still fails the skew/kurtosis test after ${details.f2}; the result is kept (as in COINr)`,
      where,
    });
  }
}
