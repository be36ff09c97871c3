/**
 * The what-if computation the Web Worker runs: the published index's own inputs (iData, iMeta,
 * pipeline, uncertainty spec) with other pillar weights, through the same pure engine the server
 * uses. `handleWhatIfMessage` is the worker's whole message handler, so tests call it directly
 * (jsdom has no Worker).
 */
import type { CellTableDto, ReadinessIndex } from "@circular-atlas/contracts";
import {
  type DataSet,
  defaultStepRegistry,
  indexResults,
  newCoinFrame,
  parsePipeline,
  runPipeline,
  runUncertainty,
} from "@circular-atlas/engines";

export interface WhatIfRequest {
  /** Echoed in the answer, so the page keeps only the answer to its latest request. */
  readonly id: number;
  readonly inputs: ReadinessIndex["inputs"];
  /** Weight of each pillar (level-2 aggregate) by code; pillars not named keep their iMeta weight. */
  readonly pillarWeights: Readonly<Record<string, number>>;
  readonly replications: number;
  readonly seed: number;
}

export interface WhatIfCountry {
  readonly area: string;
  readonly score: number | null;
  readonly rank: number | null;
  readonly rankInterval: { median: number; q5: number; q95: number } | null;
  readonly pillars: Readonly<Record<string, number | null>>;
}

export type WhatIfAnswer =
  | { readonly id: number; readonly ok: true; readonly countries: readonly WhatIfCountry[] }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The worker's message handler: never throws, every failure is an answer. */
export function handleWhatIfMessage(data: unknown): WhatIfAnswer {
  const request = data as WhatIfRequest;
  const id = typeof request?.id === "number" ? request.id : -1;
  try {
    return { id, ok: true, countries: computeWhatIf(request) };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function computeWhatIf(request: WhatIfRequest): WhatIfCountry[] {
  const iMeta = withPillarWeights(request.inputs.iMeta, request.pillarWeights);
  const frame = newCoinFrame({ iData: request.inputs.iData, iMeta, compat: "strict" });
  const engine = { registry: defaultStepRegistry, parsePipeline, runPipeline };
  const run = runPipeline(
    frame,
    parsePipeline(request.inputs.pipeline, frame, defaultStepRegistry),
    defaultStepRegistry,
  );
  const aggregated = lastDataSet(run.dsets);
  const results = new Map(indexResults(run, aggregatedName(run.dsets)).map((row) => [row.uCode, row]));
  const uncertainty = runUncertainty(
    {
      frame,
      pipeline: request.inputs.pipeline,
      spec: request.inputs.uncertainty,
      n: request.replications,
      seed: request.seed,
      sa: false,
    },
    engine,
  );
  const stats = uncertainty.rankStats;
  const intervals = new Map(
    uncertainty.units.map((unit, u) => [
      unit,
      {
        median: stats.median[u] ?? Number.NaN,
        q5: stats.q5[u] ?? Number.NaN,
        q95: stats.q95[u] ?? Number.NaN,
      },
    ]),
  );
  const pillarCodes = pillarsOf(iMeta);
  return frame.units.map((area) => {
    const row = aggregated.units.indexOf(area);
    const result = results.get(area);
    const interval = intervals.get(area);
    return {
      area,
      score: row < 0 || result === undefined || Number.isNaN(result.score) ? null : result.score,
      rank: row < 0 || result === undefined || Number.isNaN(result.rank) ? null : result.rank,
      rankInterval:
        row < 0 || interval === undefined
          ? null
          : { median: interval.median, q5: interval.q5, q95: interval.q95 },
      pillars: Object.fromEntries(
        pillarCodes.map((code) => [code, row < 0 ? null : finiteOrNull(cell(aggregated, code, row))]),
      ),
    };
  });
}

/** A copy of iMeta with the Weight of each named level-2 row replaced. */
export function withPillarWeights(
  iMeta: CellTableDto,
  pillarWeights: Readonly<Record<string, number>>,
): CellTableDto {
  const code = iMeta.header.indexOf("iCode");
  const level = iMeta.header.indexOf("Level");
  const weight = iMeta.header.indexOf("Weight");
  return {
    header: iMeta.header,
    rows: iMeta.rows.map((row) => {
      const given = Number(row[level]) === 2 ? pillarWeights[String(row[code])] : undefined;
      return given === undefined ? row : row.map((value, column) => (column === weight ? given : value));
    }),
  };
}

function pillarsOf(iMeta: CellTableDto): string[] {
  const code = iMeta.header.indexOf("iCode");
  const level = iMeta.header.indexOf("Level");
  return iMeta.rows.filter((row) => Number(row[level]) === 2).map((row) => String(row[code]));
}

function aggregatedName(dsets: ReadonlyMap<string, DataSet>): string {
  return [...dsets.keys()].at(-1) ?? "Raw";
}

function lastDataSet(dsets: ReadonlyMap<string, DataSet>): DataSet {
  const last = dsets.get(aggregatedName(dsets));
  if (last === undefined) throw new Error("the pipeline wrote no data set");
  return last;
}

function cell(dset: DataSet, code: string, row: number): number {
  return dset.columns[dset.codes.indexOf(code)]?.[row] ?? Number.NaN;
}

function finiteOrNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
