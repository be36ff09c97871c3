/**
 * Ranks and the results table. A score's rank is R's `rank(-x, ties.method = "min",
 * na.last = "keep")`: the highest score is 1, ties share the smallest rank (1, 2, 2, 4), a
 * missing score has a missing rank. Ranks are taken from unrounded scores.
 */
import { rankDescending } from "../numeric/ranks.ts";
import type { DataSet, PipelineRun } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { compareCodes } from "./unit-order.ts";

export interface IndexResult {
  readonly uCode: string;
  readonly score: number;
  readonly rank: number;
}

/** Every column of the data set ranked, highest first. */
export function rankDataSet(dset: DataSet): DataSet {
  return {
    units: dset.units,
    codes: dset.codes,
    columns: dset.columns.map((column) => rankDescending(column, "min")),
  };
}

/**
 * The top-level aggregate of `dset` with its ranks, sorted by rank, then uCode (in COINr's code
 * order); units with a missing score come last with a missing rank.
 */
export function indexResults(run: PipelineRun, dset: string): IndexResult[] {
  const data = run.dsets.get(dset);
  if (data === undefined) {
    throw new CompositeIndexError(
      "composite-index/invalid-pipeline",
      `results of ${dset}`,
      `no data set ${dset} was computed`,
    );
  }
  const top = run.frame.aggregatesByLevel[run.frame.aggregatesByLevel.length - 1];
  if (top === undefined || top.length !== 1) {
    throw new CompositeIndexError(
      "composite-index/invalid-meta",
      "iMeta (Level)",
      top === undefined
        ? "the index has no aggregate level, so there is no index score"
        : `the top level holds ${top.length} aggregates (${top.join(", ")}), not one index`,
    );
  }
  const code = top[0] as string;
  const at = data.codes.indexOf(code);
  const scores = data.columns[at];
  if (scores === undefined) {
    throw new CompositeIndexError(
      "composite-index/invalid-pipeline",
      `results of ${dset}`,
      `data set ${dset} has no column ${code}; is it aggregated?`,
    );
  }
  const ranks = rankDescending(scores, "min");
  const results = data.units.map((uCode, i) => ({
    uCode,
    score: scores[i] as number,
    rank: ranks[i] as number,
  }));
  return results.sort((a, b) => {
    const aMissing = Number.isNaN(a.rank);
    const bMissing = Number.isNaN(b.rank);
    if (aMissing !== bMissing) return aMissing ? 1 : -1;
    if (!aMissing && a.rank !== b.rank) return a.rank - b.rank;
    return compareCodes(a.uCode, b.uCode);
  });
}
