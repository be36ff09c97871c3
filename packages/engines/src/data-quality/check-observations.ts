/**
 * Checks new observation values against the data-quality rules and against what is already
 * accepted. A finding is a flag with a severity and the figures that raised it, never a fix:
 * a reviewer decides. Series are compared within one indicator, area and breakdown; only
 * calendar-year periods (`2017`) take part in the checks that look along a series (year-on-year
 * jumps, z-scores), since `2017-Q1` or `2016-2018` have no single previous year.
 */
import { checkUnits } from "./check-units.ts";
import {
  annual,
  type CheckObservationsInput,
  inScope,
  observationKeyOf,
  type QualityFinding,
  type QualityObservation,
  type Report,
  seriesKeyOf,
} from "./quality-observation.ts";
import type {
  BoundsRule,
  BreakdownSumRule,
  PercentRangeRule,
  QualityRule,
  ScaleShiftRule,
  YearOnYearRule,
  ZScoreRule,
} from "./quality-rules.ts";

export type { CheckObservationsInput, QualityFinding, QualityObservation } from "./quality-observation.ts";

/** Six significant digits: enough to recognise a figure, without float noise (0.30000000000000004). */
function significant(value: number, digits = 6): number {
  return Number(value.toPrecision(digits));
}

function show(value: number): string {
  return String(significant(value));
}

interface Point {
  readonly observation: QualityObservation;
  readonly number: number;
  readonly candidate: boolean;
}

/** Per series, accepted values overlaid with the candidates, in period order. */
function mergeSeries(input: CheckObservationsInput): Map<string, Point[]> {
  const byKey = new Map<string, Point>();
  for (const observation of input.accepted)
    byKey.set(observationKeyOf(observation), {
      observation,
      number: Number(observation.value),
      candidate: false,
    });
  for (const observation of input.candidates)
    byKey.set(observationKeyOf(observation), {
      observation,
      number: Number(observation.value),
      candidate: true,
    });
  const series = new Map<string, Point[]>();
  for (const point of byKey.values()) {
    if (!Number.isFinite(point.number)) continue;
    const key = seriesKeyOf(point.observation);
    const list = series.get(key);
    if (list === undefined) series.set(key, [point]);
    else list.push(point);
  }
  for (const list of series.values())
    list.sort(
      (a, b) =>
        a.observation.year - b.observation.year ||
        (a.observation.timePeriod < b.observation.timePeriod ? -1 : 1),
    );
  return series;
}

function checkRange(rule: PercentRangeRule | BoundsRule, point: Point, report: Report): void {
  const { min, max } = rule.params;
  const value = point.number;
  const unit = rule.kind === "percent-range" ? " %" : "";
  if (min !== undefined && value < min)
    report(rule, point.observation, `${show(value)}${unit} is below the lower bound ${show(min)}${unit}`, {
      min,
    });
  else if (max !== undefined && value > max)
    report(rule, point.observation, `${show(value)}${unit} is above the upper bound ${show(max)}${unit}`, {
      max,
    });
}

function checkLeadingZeros(rule: QualityRule, observation: QualityObservation, report: Report): void {
  const written = (observation.rawValue ?? observation.value).trim();
  if (/^[+-]?0\d/.test(written))
    report(rule, observation, `"${written}" is written with a leading zero`, { written });
}

/** The factor between two values when it exceeds the rule's, or undefined. */
function jump(rule: YearOnYearRule, from: number, to: number): number | undefined {
  if (from === 0 || to === 0 || Math.sign(from) !== Math.sign(to)) return undefined;
  if (Math.min(Math.abs(from), Math.abs(to)) < rule.params.minMagnitude) return undefined;
  const ratio = to / from;
  return ratio > rule.params.factor || ratio < 1 / rule.params.factor ? ratio : undefined;
}

/**
 * Each step between two neighbouring annual values is laid at the later value's door, unless
 * the later one is accepted and the earlier a candidate: then the candidate made the step.
 */
function checkYearOnYear(rule: YearOnYearRule, points: readonly Point[], report: Report): void {
  const yearly = points.filter(
    (point) => annual.test(point.observation.timePeriod) && inScope(rule.scope, point.observation),
  );
  for (let index = 1; index < yearly.length; index++) {
    const before = yearly[index - 1] as Point;
    const after = yearly[index] as Point;
    const gap = after.observation.year - before.observation.year;
    if (gap > rule.params.maxGapYears) continue;
    const ratio = jump(rule, before.number, after.number);
    if (ratio === undefined) continue;
    const details = {
      previousPeriod: before.observation.timePeriod,
      previousValue: before.observation.value,
      nextPeriod: after.observation.timePeriod,
      nextValue: after.observation.value,
      ratio: significant(ratio),
    };
    if (after.candidate)
      report(
        rule,
        after.observation,
        `${after.observation.value} in ${after.observation.timePeriod} is ${show(ratio)} × the ${before.observation.timePeriod} value ${before.observation.value}`,
        details,
      );
    else if (before.candidate)
      report(
        rule,
        before.observation,
        `the accepted ${after.observation.timePeriod} value ${after.observation.value} is ${show(ratio)} × ${before.observation.value} in ${before.observation.timePeriod}`,
        details,
      );
  }
}

/** Mean and sample standard deviation (n − 1) of values. */
function meanAndDeviation(values: readonly number[]): { mean: number; deviation: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return { mean, deviation: Math.sqrt(squares / (values.length - 1)) };
}

/** Leave-one-out: the candidate is measured against the others, so it cannot widen its own yardstick. */
function checkZScore(rule: ZScoreRule, points: readonly Point[], report: Report): void {
  const yearly = points.filter((point) => annual.test(point.observation.timePeriod));
  for (const point of yearly) {
    if (!point.candidate || !inScope(rule.scope, point.observation)) continue;
    const others = yearly.filter((other) => other !== point).map((other) => other.number);
    if (others.length < rule.params.minPoints) continue;
    const { mean, deviation } = meanAndDeviation(others);
    if (!(deviation > 0)) continue;
    const z = (point.number - mean) / deviation;
    if (Math.abs(z) > rule.params.threshold)
      report(
        rule,
        point.observation,
        `${point.observation.value} is ${show(Math.abs(z))} standard deviations ${z > 0 ? "above" : "below"} the mean ${show(mean)} of the series' other ${others.length} values`,
        {
          z: significant(z),
          mean: significant(mean),
          deviation: significant(deviation),
          points: others.length,
        },
      );
  }
}

function checkScaleShift(
  rule: ScaleShiftRule,
  candidate: QualityObservation,
  against: QualityObservation,
  what: string,
  report: Report,
): void {
  const next = Number(candidate.value);
  const previous = Number(against.value);
  if (previous === 0 || !Number.isFinite(previous) || !Number.isFinite(next) || next === previous) return;
  const ratio = next / previous;
  const factor = rule.params.factors.find((factor) => Math.abs(ratio / factor - 1) <= rule.params.tolerance);
  if (factor === undefined) return;
  report(rule, candidate, `${candidate.value} is ${show(factor)} × ${what} ${against.value}`, {
    factor,
    against: against.value,
    ...(against.source === undefined ? {} : { againstSource: against.source }),
  });
}

function checkBreakdownSums(
  rule: BreakdownSumRule,
  series: ReadonlyMap<string, readonly Point[]>,
  report: Report,
): void {
  const { dimension, parts, tolerance } = rule.params;
  // Group by everything but the summed dimension: indicator, area, period and the other breakdowns.
  const groups = new Map<string, { total?: Point; parts: Map<string, Point> }>();
  for (const points of series.values())
    for (const point of points) {
      const { observation } = point;
      if (!inScope(rule.scope, observation)) continue;
      const code = observation.dimensions[dimension];
      if (code !== undefined && code !== "_T" && !parts.includes(code)) continue;
      const others = Object.entries(observation.dimensions)
        .filter(([name, value]) => name !== dimension && value !== "_T")
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, value]) => `${name}=${value}`)
        .join(";");
      const key = [observation.indicator, observation.area, observation.timePeriod, others].join("\u0000");
      const group = groups.get(key) ?? { parts: new Map<string, Point>() };
      if (code === undefined || code === "_T") group.total = point;
      else group.parts.set(code, point);
      groups.set(key, group);
    }
  for (const group of groups.values()) {
    const { total } = group;
    if (total === undefined || group.parts.size !== parts.length) continue;
    const members = [...group.parts.values()];
    const flagged = total.candidate ? total : members.find((member) => member.candidate);
    if (flagged === undefined) continue;
    const sum = members.reduce((value, member) => value + member.number, 0);
    const difference = sum - total.number;
    if (Math.abs(difference) <= tolerance) continue;
    report(
      rule,
      flagged.observation,
      `the ${dimension} parts (${parts.join(", ")}) sum to ${show(sum)}, not the total ${total.observation.value}`,
      {
        sum: significant(sum, 12),
        total: total.observation.value,
        difference: significant(difference),
      },
    );
  }
}

/** Every finding of every enabled rule, in rule order, then series and period order. */
export function checkObservations(input: CheckObservationsInput): QualityFinding[] {
  const findings: QualityFinding[] = [];
  const report: Report = (rule, observation, message, details) =>
    findings.push({
      ruleId: rule.id,
      kind: rule.kind,
      severity: rule.severity,
      indicator: observation.indicator,
      area: observation.area,
      timePeriod: observation.timePeriod,
      dimensionKey: observation.dimensionKey,
      value: observation.value,
      message,
      details,
    });
  const series = mergeSeries(input);
  const candidatePoints = [...series.values()].flat().filter((point) => point.candidate);
  const acceptedByKey = new Map(
    input.accepted.map((observation) => [observationKeyOf(observation), observation]),
  );
  const referencesByKey = new Map<string, QualityObservation[]>();
  for (const reference of input.references ?? []) {
    const key = observationKeyOf(reference);
    referencesByKey.set(key, [...(referencesByKey.get(key) ?? []), reference]);
  }
  for (const rule of input.rules) {
    if (!rule.enabled) continue;
    switch (rule.kind) {
      case "percent-range":
      case "bounds":
        for (const point of candidatePoints)
          if (inScope(rule.scope, point.observation)) checkRange(rule, point, report);
        break;
      case "leading-zeros":
        for (const observation of input.candidates)
          if (inScope(rule.scope, observation)) checkLeadingZeros(rule, observation, report);
        break;
      case "year-on-year":
        for (const points of series.values()) checkYearOnYear(rule, points, report);
        break;
      case "z-score":
        for (const points of series.values()) checkZScore(rule, points, report);
        break;
      case "scale-shift":
        for (const point of candidatePoints) {
          if (!inScope(rule.scope, point.observation)) continue;
          const key = observationKeyOf(point.observation);
          const accepted = acceptedByKey.get(key);
          if (accepted !== undefined)
            checkScaleShift(rule, point.observation, accepted, "the accepted value", report);
          for (const reference of referencesByKey.get(key) ?? [])
            checkScaleShift(
              rule,
              point.observation,
              reference,
              `the value from ${reference.source ?? "another source"}`,
              report,
            );
        }
        break;
      case "breakdown-sum":
        checkBreakdownSums(rule, series, report);
        break;
      case "unit-consistency":
        checkUnits(rule, input, report);
        break;
    }
  }
  return findings;
}
