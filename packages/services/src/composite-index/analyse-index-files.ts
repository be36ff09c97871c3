/**
 * `atlas index analyse`: the checks the JRC method asks of a built index, as CSV a reviewer
 * opens beside the results. Effective weights (each indicator's real share of the index),
 * correlations of every element with its parent (with cor.test's p-value), Cronbach's α of every
 * aggregate's children, PC1 weights per group, and the rank change when each element of a level
 * is removed in turn. All from the engine; computed before anything is written.
 */
import {
  type CoinFrame,
  type CorrelationRow,
  correlationTable,
  cronbachOf,
  type DataSet,
  defaultStepRegistry,
  effectiveWeights,
  type PipelineRun,
  pcaWeights,
  removeElements,
  runPipeline,
} from "@circular-atlas/engines";
import { toCsv } from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";
import {
  asServiceError,
  type IndexInputPaths,
  loadIndexInputs,
  writeOutputFiles,
} from "./build-index-files.ts";
import { formatNumber, type OutputFile } from "./index-output-files.ts";

export interface IndexAnalysisInput extends IndexInputPaths {
  /** The data set analysed; by default the last Aggregate step's. */
  readonly dset?: string;
  readonly outDir: string;
}

export interface IndexAnalysisReport {
  readonly dset: string;
  readonly files: readonly string[];
}

export async function analyseIndexFromFiles(input: IndexAnalysisInput): Promise<IndexAnalysisReport> {
  const { frame, pipeline, rawPipeline } = await loadIndexInputs(input);
  const aggregate = pipeline.steps.filter((step) => step.op === "Aggregate").at(-1);
  const name = input.dset ?? aggregate?.writeTo;
  if (name === undefined)
    throw new ServiceError(
      "validation-failed",
      "--dset: the pipeline has no Aggregate step; name the data set to analyse",
    );
  const files = asServiceError(() => {
    const run: PipelineRun = runPipeline(frame, pipeline, defaultStepRegistry);
    const dset = run.dsets.get(name);
    if (dset === undefined)
      throw new ServiceError(
        "validation-failed",
        `--dset: no data set ${name} (the pipeline writes ${[...run.dsets.keys()].join(", ")})`,
      );
    const top = frame.aggregatesByLevel.at(-1)?.[0];
    return [
      effectiveWeightsFile(frame),
      correlationsFile(frame, dset),
      cronbachFile(frame, dset),
      pcaFile(frame, dset),
      ...(aggregate !== undefined && name === aggregate.writeTo && top !== undefined && frame.maxLevel > 2
        ? [removeElementsFile(frame, rawPipeline, name, top)]
        : []),
    ];
  });
  await writeOutputFiles(input.outDir, files);
  return { dset: name, files: files.map((file) => file.name) };
}

function effectiveWeightsFile(frame: CoinFrame): OutputFile {
  const effective = effectiveWeights(frame);
  const rows = frame.meta
    .filter((meta) => meta.type === "Indicator" || meta.type === "Aggregate")
    .map((meta) => [
      meta.iCode,
      String(meta.level),
      formatNumber(meta.weight ?? Number.NaN),
      formatNumber(effective.get(meta.iCode) ?? Number.NaN),
    ]);
  return {
    name: "effective_weights.csv",
    text: toCsv(["iCode", "Level", "Weight", "EffectiveWeight"], rows),
  };
}

/** Each element against its own parent, level by level (COINr's get_corr with withparent), every p kept. */
function correlationsFile(frame: CoinFrame, dset: DataSet): OutputFile {
  const rows: CorrelationRow[] = [];
  for (let level = 1; level < frame.maxLevel; level += 1) {
    const available = level === 1 || dset.codes.includes(frame.aggregatesByLevel[level - 2]?.[0] ?? "");
    const parents = dset.codes.includes(frame.aggregatesByLevel[level - 1]?.[0] ?? "");
    if (available && parents)
      rows.push(...correlationTable(frame, dset, { levels: [level, level + 1], withparent: true, pval: 0 }));
  }
  return {
    name: "correlations.csv",
    text: toCsv(
      ["Parent", "Element", "ParentLevel", "Pearson", "PValue"],
      rows.map((row) => [
        row.var1,
        row.var2,
        String(row.level),
        formatNumber(row.correlation),
        formatNumber(row.pValue),
      ]),
    ),
  };
}

function cronbachFile(frame: CoinFrame, dset: DataSet): OutputFile {
  const rows = frame.aggregatesByLevel.flatMap((codes, index) =>
    codes
      .filter((code) => (frame.children.get(code) ?? []).every((child) => dset.codes.includes(child)))
      .map((code) => [
        code,
        String(index + 2),
        String(frame.children.get(code)?.length ?? 0),
        formatNumber(cronbachOf(frame, dset, { group: code })),
      ]),
  );
  return { name: "cronbach.csv", text: toCsv(["Aggregate", "Level", "Children", "Alpha"], rows) };
}

function pcaFile(frame: CoinFrame, dset: DataSet): OutputFile {
  const pca = pcaWeights(frame, dset, { level: 1, byGroups: true });
  const rows = pca.groups.flatMap((group) =>
    group.codes.map((code, i) => [
      group.parent,
      code,
      formatNumber(group.loadings[i] as number),
      formatNumber(group.varianceShares[0] as number),
      String(group.rowsUsed),
      String(group.rowsDropped),
    ]),
  );
  return {
    name: "pca_weights.csv",
    text: toCsv(["Parent", "iCode", "PC1Loading", "PC1VarianceShare", "UnitsUsed", "UnitsDropped"], rows),
  };
}

/** Removing each pillar (the level below the sub-indices) in turn: its mean absolute rank change. */
function removeElementsFile(frame: CoinFrame, rawPipeline: unknown, dset: string, top: string): OutputFile {
  const result = removeElements({
    frame,
    pipeline: rawPipeline,
    registry: defaultStepRegistry,
    level: 2,
    dset,
    iCode: top,
  });
  return {
    name: "remove_elements.csv",
    text: toCsv(
      ["Removed", "MeanAbsRankChange"],
      result.removed.map((code, i) => [code, formatNumber(result.meanAbsDiff[i] as number)]),
    ),
  };
}
