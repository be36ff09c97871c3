/**
 * Where each row of a data set sits in the frame: data sets after Screen hold a subset of the
 * frame's units, and unit attributes (groups, denominators) are stored in frame order, so steps
 * match them by uCode as COINr's `match(uCode, …)` does.
 */
import type { CoinFrame, DataSet } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";

export function frameRowsOf(frame: CoinFrame, dset: DataSet): Int32Array {
  const rows = new Int32Array(dset.units.length);
  if (dset.units === frame.units) {
    for (let i = 0; i < rows.length; i += 1) rows[i] = i;
    return rows;
  }
  const indexOf = new Map(frame.units.map((unit, index) => [unit, index]));
  dset.units.forEach((unit, i) => {
    const at = indexOf.get(unit);
    if (at === undefined)
      throw new CompositeIndexError(
        "composite-index/step-failed",
        `unit ${unit}`,
        "the unit is not in the frame",
      );
    rows[i] = at;
  });
  return rows;
}

/** The column of `code` in `dset`, or a located error naming the step and the data set. */
export function columnOf(dset: DataSet, code: string, where: string, dsetName: string): Float64Array {
  const at = dset.codes.indexOf(code);
  const column = at < 0 ? undefined : dset.columns[at];
  if (column === undefined)
    throw new CompositeIndexError(
      "composite-index/step-failed",
      where,
      `data set ${dsetName} has no column ${code}`,
    );
  return column;
}
