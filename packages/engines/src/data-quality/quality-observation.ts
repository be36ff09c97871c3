/**
 * The observations and findings the data-quality checks speak of, and the small rules every check
 * shares: what one series is, what one observation's key is, and whether a rule's scope covers it.
 */
import type { QualityRule, QualityRuleScope, QualitySeverity } from "./quality-rules.ts";

export interface QualityObservation {
  readonly indicator: string;
  readonly area: string;
  readonly timePeriod: string;
  readonly year: number;
  /** Canonical breakdown key, `""` for the total. */
  readonly dimensionKey: string;
  readonly dimensions: Readonly<Record<string, string>>;
  /** Decimal string. */
  readonly value: string;
  /** The value as the file wrote it, when that differs (`"01"`). */
  readonly rawValue?: string | undefined;
  readonly unit: string;
  /** SDMX UNIT_MULT: the value is in units of 10^unitMult; 0 when absent. */
  readonly unitMult?: number | undefined;
  /** Where the value comes from; reference values name another source. */
  readonly source?: string | undefined;
}

export interface QualityFinding {
  readonly ruleId: string;
  readonly kind: QualityRule["kind"];
  readonly severity: QualitySeverity;
  readonly indicator: string;
  readonly area: string;
  readonly timePeriod: string;
  readonly dimensionKey: string;
  readonly value: string;
  readonly message: string;
  /** The figures behind the finding (previous value, ratio, z, expected sum, …). */
  readonly details: Readonly<Record<string, number | string>>;
}

export interface CheckObservationsInput {
  /** The values being imported or reviewed. */
  readonly candidates: readonly QualityObservation[];
  /** Accepted values of the same series (any period); at a candidate's own period, its last accepted version. */
  readonly accepted: readonly QualityObservation[];
  /** Values of the same series from other sources, compared for scale shifts. */
  readonly references?: readonly QualityObservation[];
  readonly rules: readonly QualityRule[];
  /** The unit each indicator is published in (indicator code → unit and multiplier), for unit checks. */
  readonly publishedUnits?: ReadonlyMap<string, { readonly unit: string; readonly unitMult: number }>;
}

export const annual = /^\d{4}$/;

export function seriesKeyOf(observation: QualityObservation): string {
  return `${observation.indicator}\u0000${observation.area}\u0000${observation.dimensionKey}`;
}

export function observationKeyOf(observation: QualityObservation): string {
  return `${seriesKeyOf(observation)}\u0000${observation.timePeriod}`;
}

export function inScope(scope: QualityRuleScope, observation: QualityObservation): boolean {
  const { indicators, units } = scope;
  if (indicators !== undefined && indicators.length > 0 && !indicators.includes(observation.indicator))
    return false;
  return units === undefined || units.length === 0 || units.includes(observation.unit);
}

export type Report = (
  rule: QualityRule,
  observation: QualityObservation,
  message: string,
  details: Record<string, number | string>,
) => void;
