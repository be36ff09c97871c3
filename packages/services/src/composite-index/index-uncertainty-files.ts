/**
 * `atlas index uncertainty`: the uncertainty (and with `sa` the sensitivity) analysis of a
 * pipeline over CSV/JSON files. The spec's weight-set CSVs are read relative to the spec file; a
 * design CSV and a weight-sets CSV replay another tool's sample instead of drawing one.
 * Everything is computed before anything is written.
 */
import path from "node:path";
import {
  type CancelSignal,
  type CoinFrame,
  type Diagnostic,
  defaultStepRegistry,
  parsePipeline,
  runPipeline,
  runUncertainty,
  type Sampler,
  type UncertaintyResult,
} from "@circular-atlas/engines";
import { toCsv } from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";
import {
  asServiceError,
  type IndexInputPaths,
  loadIndexInputs,
  writeOutputFiles,
} from "./build-index-files.ts";
import { isCsvPath, readCellTableFile, readJsonFile, readWeightSetsFile } from "./index-input-files.ts";
import { formatNumber, type OutputFile } from "./index-output-files.ts";

export interface IndexUncertaintyInput extends IndexInputPaths {
  readonly uncertainPath: string;
  readonly n: number;
  readonly seed: number;
  readonly sa: boolean;
  readonly sampler?: Sampler;
  /** A design to replay: header = the spec's input names, one row per replication, values in [0, 1). */
  readonly designPath?: string;
  /** Weight sets (`set,iCode,Weight`) that replace the spec's Weights entry, e.g. COINr's noisy weights. */
  readonly weightsPath?: string;
  readonly outDir: string;
  /** Bootstrap draws for the sensitivity indices' 5–95 % intervals (with `sa`; 0 = none). */
  readonly nboot?: number;
  /** Recompute a replication whose choices repeat an earlier one (default: copy it; for timing only). */
  readonly recomputeRepeats?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: CancelSignal;
}

export interface IndexUncertaintyReport {
  readonly replications: number;
  readonly failed: number;
  readonly seconds: number;
  readonly files: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export async function runIndexUncertaintyFromFiles(
  input: IndexUncertaintyInput,
): Promise<IndexUncertaintyReport> {
  const { frame, rawPipeline } = await loadIndexInputs(input);
  const spec = await readUncertaintySpec(input.uncertainPath, input.weightsPath);
  const design = input.designPath === undefined ? undefined : await readDesign(input.designPath, spec);
  const started = performance.now();
  const result = asServiceError(() =>
    runUncertainty(
      {
        frame,
        pipeline: rawPipeline,
        spec,
        n: input.n,
        seed: input.seed,
        sa: input.sa,
        ...(input.sampler === undefined ? {} : { sampler: input.sampler }),
        ...(design === undefined ? {} : { design }),
        ...(input.recomputeRepeats === true ? { reuseIdentical: false } : {}),
        ...(input.nboot === undefined ? {} : { nboot: input.nboot }),
        ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
        ...(input.signal === undefined ? {} : { signal: input.signal }),
      },
      { registry: defaultStepRegistry, parsePipeline, runPipeline },
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const files = uncertaintyFiles(frame, result);
  await writeOutputFiles(input.outDir, files);
  return {
    replications: result.replications,
    failed: result.failures.length,
    seconds,
    files: files.map((file) => file.name),
    diagnostics: [...frame.diagnostics, ...result.diagnostics],
  };
}

/** The spec JSON with each `weight_sets` CSV path read, and `--weights` put in place of the Weights entry. */
async function readUncertaintySpec(specPath: string, weightsPath: string | undefined): Promise<unknown> {
  const raw = await readJsonFile(specPath, "uncertainty spec");
  if (!Array.isArray(raw)) return raw;
  const dir = path.dirname(specPath);
  const replayed = weightsPath === undefined ? undefined : await readWeightSetsFile(weightsPath);
  let replaced = false;
  const entries = await Promise.all(
    raw.map(async (entry: unknown) => {
      if (typeof entry !== "object" || entry === null) return entry;
      const record = entry as Record<string, unknown>;
      const isWeights = "weight_sets" in record || "noise" in record;
      if (isWeights && replayed !== undefined) {
        replaced = true;
        const { noise: _noise, sets: _sets, ...rest } = record;
        return { ...rest, weight_sets: replayed };
      }
      const sets = record["weight_sets"];
      return isCsvPath(sets)
        ? { ...record, weight_sets: await readWeightSetsFile(path.resolve(dir, sets)) }
        : entry;
    }),
  );
  if (replayed !== undefined && !replaced)
    throw new ServiceError(
      "validation-failed",
      `--weights ${path.basename(weightsPath ?? "")}: the uncertainty spec has no Weights entry (weight_sets or noise) for these sets to replace`,
    );
  return entries;
}

/** The design CSV's columns matched to the spec's inputs by name, in the spec's order. */
async function readDesign(designPath: string, spec: unknown): Promise<number[][]> {
  const table = await readCellTableFile(designPath, "design");
  const label = `design ${path.basename(designPath)}`;
  const names = Array.isArray(spec)
    ? spec.map((entry: unknown) => String((entry as { name?: unknown } | null)?.name ?? ""))
    : [];
  const columns = names.map((name) => {
    const index = table.header.indexOf(name);
    if (index < 0)
      throw new ServiceError(
        "validation-failed",
        `${label}: no column ${name} (one column per uncertain input: ${names.join(", ")})`,
      );
    return index;
  });
  const extra = table.header.filter((name) => !names.includes(name) && name !== "replication");
  if (extra.length > 0)
    throw new ServiceError(
      "validation-failed",
      `${label}: ${extra.join(", ")} is not an uncertain input of the spec`,
    );
  return table.rows.map((row, r) =>
    columns.map((column, i) => {
      const cell = row[column];
      const value = Number(cell);
      if (cell === "" || cell === null || cell === undefined || !Number.isFinite(value))
        throw new ServiceError(
          "validation-failed",
          `${label}, row ${r + 1} (${names[i]}): ${JSON.stringify(cell ?? "")} is not a number`,
        );
      return value;
    }),
  );
}

/** Unit rows in iData order, as the build's files. */
function unitsInInputOrder(frame: CoinFrame): number[] {
  return frame.units
    .map((_, index) => index)
    .sort((a, b) => (frame.inputRowOfUnit[a] as number) - (frame.inputRowOfUnit[b] as number));
}

export function uncertaintyFiles(frame: CoinFrame, result: UncertaintyResult): OutputFile[] {
  const rows = unitsInInputOrder(frame);
  const replicationHeader = Array.from({ length: result.replications }, (_, r) => `r${r + 1}`);
  const matrix = (values: Float64Array) =>
    toCsv(
      ["uCode", ...replicationHeader],
      rows.map((u) => [
        frame.units[u] as string,
        ...replicationHeader.map((_, r) => formatNumber(values[r * frame.units.length + u] as number)),
      ]),
    );
  const stats = result.rankStats;
  const files: OutputFile[] = [
    { name: "scores.csv", text: matrix(result.scores) },
    { name: "ranks.csv", text: matrix(result.ranks) },
    {
      name: "rank_stats.csv",
      text: toCsv(
        ["uCode", "Nominal", "Mean", "Median", "Q5", "Q95"],
        rows.map((u) => [
          frame.units[u] as string,
          ...[stats.nominal, stats.mean, stats.median, stats.q5, stats.q95].map((column) =>
            formatNumber(column[u] as number),
          ),
        ]),
      ),
    },
    {
      // The sample itself, so a run can be checked or replayed with --design.
      name: "design.csv",
      text: toCsv(
        ["replication", ...result.inputs.map((input) => input.name)],
        Array.from({ length: result.replications }, (_, r) => [
          `r${r + 1}`,
          ...result.inputs.map((_, i) => formatNumber(result.design[r * result.d + i] as number)),
        ]),
      ),
    },
    {
      name: "parameters.csv",
      text: toCsv(
        ["replication", ...result.inputs.map((input) => input.name)],
        Array.from({ length: result.replications }, (_, r) => [
          `r${r + 1}`,
          ...result.inputs.map(
            (input, i) => input.labels[(result.chosen[r * result.d + i] as number) - 1] ?? "",
          ),
        ]),
      ),
    },
  ];
  if (result.failures.length > 0)
    files.push({
      name: "failures.csv",
      text: toCsv(
        ["replication", "where", "message"],
        result.failures.map((failure) => [`r${failure.replication}`, failure.where, failure.message]),
      ),
    });
  const sensitivity = result.sensitivity;
  if (sensitivity !== undefined)
    files.push({
      name: "sensitivity.csv",
      text: toCsv(
        ["Variable", "Si", "STi"],
        sensitivity.variables.map((variable, i) => [
          variable,
          formatNumber(sensitivity.first[i] as number),
          formatNumber(sensitivity.total[i] as number),
        ]),
      ),
    });
  const intervals = sensitivity?.intervals;
  if (sensitivity !== undefined && intervals !== undefined)
    files.push({
      // Apart from sensitivity.csv, whose three columns other tools read.
      name: "sensitivity_bootstrap.csv",
      text: toCsv(
        ["Variable", "Si", "Si_q5", "Si_q95", "STi", "STi_q5", "STi_q95"],
        sensitivity.variables.map((variable, i) => [
          variable,
          ...[
            sensitivity.first,
            intervals.firstQ5,
            intervals.firstQ95,
            sensitivity.total,
            intervals.totalQ5,
            intervals.totalQ95,
          ].map((column) => formatNumber(column[i] as number)),
        ]),
      ),
    });
  return files;
}
