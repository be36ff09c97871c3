/**
 * The 8-unit, 6-indicator, 3-level coin of `test/golden/composite-index/aggregate-weights-reference.R`
 * (i1–i3 under P1, i4–i6 under P2, P1 and P2 under Index; weights 1, 2, 1, 1, 1, 3 and 2, 1;
 * four missing cells), as a frame and its raw data set.
 */
import type { CoinFrame, DataSet } from "../../src/composite-index/coin-types.ts";
import reference from "../golden/composite-index/aggregate-weights-reference.json" with { type: "json" };
import { buildFixtureFrame } from "./coin-frame-fixture.ts";

export { reference };

export const referenceFrame: CoinFrame = buildFixtureFrame({
  units: reference.units,
  indicators: [
    { code: "i1", parent: "P1", weight: 1 },
    { code: "i2", parent: "P1", weight: 2 },
    { code: "i3", parent: "P1", weight: 1 },
    { code: "i4", parent: "P2", weight: 1 },
    { code: "i5", parent: "P2", weight: 1 },
    { code: "i6", parent: "P2", weight: 3 },
  ],
  aggregates: [
    [
      { code: "P1", parent: "Index", weight: 2 },
      { code: "P2", parent: "Index", weight: 1 },
    ],
    [{ code: "Index", parent: null }],
  ],
  denominators: { pop: reference.denominator.pop },
});

export const referenceData: DataSet = {
  units: referenceFrame.units,
  codes: referenceFrame.indicators,
  columns: referenceFrame.indicators.map((code) =>
    Float64Array.from(reference.data[code as keyof typeof reference.data], (value) => value ?? Number.NaN),
  ),
};
