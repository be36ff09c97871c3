/** The unit-consistency check: figures in tonnes and in million tonnes never meet unconverted. */
import { type CheckObservationsInput, inScope, type Report, seriesKeyOf } from "./quality-observation.ts";
import type { UnitConsistencyRule } from "./quality-rules.ts";

const unitText = (unit: string, unitMult: number) => (unitMult === 0 ? unit : `${unit} ×10^${unitMult}`);

/**
 * One flag per candidate whose unit differs from the series' accepted values (any period) or,
 * for a total with none yet, from the unit the indicator is published in.
 */
export function checkUnits(rule: UnitConsistencyRule, input: CheckObservationsInput, report: Report): void {
  const acceptedUnits = new Map<string, { unit: string; unitMult: number }>();
  for (const observation of input.accepted)
    acceptedUnits.set(seriesKeyOf(observation), {
      unit: observation.unit,
      unitMult: observation.unitMult ?? 0,
    });
  for (const observation of input.candidates) {
    if (!inScope(rule.scope, observation)) continue;
    const accepted = acceptedUnits.get(seriesKeyOf(observation));
    // A breakdown may have a unit of its own (a share beside a per-capita total): the indicator's
    // unit speaks only for the total.
    const expected =
      accepted ??
      (observation.dimensionKey === "" ? input.publishedUnits?.get(observation.indicator) : undefined);
    if (expected === undefined) continue;
    const unitMult = observation.unitMult ?? 0;
    if (expected.unit === observation.unit && expected.unitMult === unitMult) continue;
    const given = unitText(observation.unit, unitMult);
    const wanted = unitText(expected.unit, expected.unitMult);
    report(
      rule,
      observation,
      `unit ${given} differs from ${wanted}, the unit ${accepted === undefined ? `${observation.indicator} is published in` : "of the accepted values of this series"}`,
      { unit: given, expectedUnit: wanted },
    );
  }
}
