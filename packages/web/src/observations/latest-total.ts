import type { Observation } from "@circular-atlas/contracts";
import { isTotal } from "./scale-decimal.ts";

/** The most recent headline observation, or undefined when only breakdowns (or nothing) exist. */
export function latestTotal(observations: readonly Observation[]): Observation | undefined {
  let latest: Observation | undefined;
  for (const observation of observations) {
    if (isTotal(observation) && (!latest || observation.year > latest.year)) latest = observation;
  }
  return latest;
}
