/**
 * The answers that feed the observatory's series and the Open SDG CSV they go through: one
 * extraction for submitting (the data-quality rules run on them) and publishing (they are
 * imported). A question with `bind::atlas:series` gives one observation where it is answered:
 * once outside repeats, once per instance inside one. A repeat with `bind::atlas:series` gives one
 * observation per instance from its `bind::atlas:field` children. The year comes from the question
 * `bind::atlas:period` names (looked up in the instance, then the instances around it, then the
 * top of the form) or a `year` field; the breakdown from fixed `ID=CODE` pairs and the answers of
 * the instance's dimension questions (`bind::atlas:dimension` `ID`). Two answers giving the same
 * observation (series, period, breakdown) refuse the extraction, naming both, rather than one
 * silently replacing the other.
 */
import {
  type FormAnswers,
  toCsvLine,
  type XlsForm,
  type XlsFormElement,
  type XlsFormQuestion,
  type XlsFormRepeat,
} from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";

/** One series answer as an observation: the answer it comes from names it. */
export interface SeriesValue {
  /** Where the answer is: a question's name, or its instance's path (`msw_by_year[2]/msw_total`). */
  readonly question: string;
  /** The survey row of the question (or series repeat) that gives it. */
  readonly row: number;
  readonly series: string;
  readonly year: string;
  readonly value: string;
  readonly unit: string | undefined;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly obsStatus?: string;
  readonly comment?: string;
}

/** A located reason the series answers cannot become observations, shaped like the form engine's problems. */
export interface SeriesAnswerProblem {
  readonly path: string;
  readonly code: "atlas/series-period" | "atlas/series-dimension" | "atlas/duplicate-observation";
  readonly severity: "error";
  readonly message: string;
  readonly row: number;
}

/** The elements at one level, groups flattened (a repeat itself is yielded, not its children). */
export function* walk(elements: readonly XlsFormElement[]): Generator<XlsFormElement> {
  for (const element of elements) {
    yield element;
    if (element.kind === "group") yield* walk(element.children);
  }
}

/**
 * The answers that feed series, in form order. Throws `validation-failed` with
 * `details.problems` (every problem, each at its path) when a value has no year, a breakdown
 * question is unanswered, or two answers give the same observation.
 */
export function seriesValues(form: XlsForm, answers: FormAnswers): SeriesValue[] {
  const values: SeriesValue[] = [];
  const problems: SeriesAnswerProblem[] = [];
  collect(form.survey, { answers, prefix: "", dimensions: {} }, { values, problems });
  problems.push(...duplicateObservations(values));
  if (problems.length > 0)
    throw new ServiceError(
      "validation-failed",
      `the series answers cannot become observations:\n${problems.map((problem) => `  ${problem.path}: ${problem.message}`).join("\n")}`,
      { problems, question: problems[0]?.path },
    );
  return values;
}

/** The answers of one level (the top of the form or a repeat instance) and those around it. */
interface Scope {
  readonly answers: FormAnswers;
  readonly parent?: Scope;
  /** The instance's path with a trailing slash (`msw_by_year[2]/`); empty at the top. */
  readonly prefix: string;
  /** The breakdown the instance's dimension questions (and those of enclosing instances) give. */
  readonly dimensions: Readonly<Record<string, string>>;
}

interface Found {
  readonly values: SeriesValue[];
  readonly problems: SeriesAnswerProblem[];
}

function collect(elements: readonly XlsFormElement[], scope: Scope, found: Found): void {
  for (const element of walk(elements)) {
    if (element.kind === "repeat") {
      const instances = scope.answers[element.name];
      if (!Array.isArray(instances)) continue;
      instances.forEach((instance: FormAnswers, index) => {
        const inner = instanceScope(
          element,
          instance,
          `${scope.prefix}${element.name}[${index + 1}]/`,
          scope,
          found,
        );
        if (inner === undefined) return;
        if (element.bind["atlas:series"] === undefined) collect(element.children, inner, found);
        else seriesRepeatValue(element, inner, found);
      });
      continue;
    }
    if (element.kind !== "question") continue;
    const series = element.bind["atlas:series"];
    const value = scope.answers[element.name];
    if (series === undefined || typeof value !== "string" || value.trim() === "") continue;
    const path = `${scope.prefix}${element.name}`;
    const year = yearOf(element, scope, { path, series }, found);
    if (year === undefined) continue;
    found.values.push({
      question: path,
      row: element.row,
      series,
      year,
      value: value.trim(),
      unit: element.bind["atlas:unit"],
      dimensions: { ...scope.dimensions, ...fixedBreakdown(element.bind["atlas:dimension"]) },
    });
  }
}

/** The scope of a repeat instance with its dimension questions' codes; undefined for an empty instance. */
function instanceScope(
  repeat: XlsFormRepeat,
  instance: FormAnswers,
  prefix: string,
  parent: Scope,
  found: Found,
): Scope | undefined {
  if (typeof instance !== "object" || instance === null || Object.keys(instance).length === 0)
    return undefined;
  const dimensions: Record<string, string> = {
    ...parent.dimensions,
    ...fixedBreakdown(repeat.bind["atlas:dimension"]),
  };
  for (const element of walk(repeat.children)) {
    const id = element.kind === "question" ? element.bind["atlas:dimension"] : undefined;
    if (id === undefined || id.includes("=")) continue;
    const code = instance[element.name];
    if (typeof code === "string" && code.trim() !== "") dimensions[id] = code.trim();
    else if (givesSeries(repeat, instance))
      found.problems.push({
        path: `${prefix}${element.name}`,
        code: "atlas/series-dimension",
        severity: "error",
        message: `the instance gives series values but not their ${id} breakdown: answer ${element.name}`,
        row: element.row,
      });
  }
  return { answers: instance, parent, prefix, dimensions };
}

/** Whether an instance answers anything that feeds a series (else its breakdown questions may stay blank). */
function givesSeries(repeat: XlsFormRepeat, instance: FormAnswers): boolean {
  return [...walk(repeat.children)].some((element) => {
    const feeds =
      repeat.bind["atlas:series"] !== undefined
        ? element.kind === "question" && element.bind["atlas:field"] === "value"
        : element.kind === "question" && element.bind["atlas:series"] !== undefined;
    const answer = instance[element.name];
    return feeds && typeof answer === "string" && answer.trim() !== "";
  });
}

/** An instance of a repeat with `bind::atlas:series`: one observation, its fields from its children. */
function seriesRepeatValue(repeat: XlsFormRepeat, scope: Scope, found: Found): void {
  const fields = new Map<string, string>();
  for (const element of walk(repeat.children)) {
    const field = element.kind === "question" ? element.bind["atlas:field"] : undefined;
    const answer = scope.answers[element.name];
    if (field !== undefined && typeof answer === "string" && answer.trim() !== "")
      fields.set(field, answer.trim());
  }
  const value = fields.get("value");
  const series = repeat.bind["atlas:series"] as string;
  if (value === undefined) return;
  const path = scope.prefix.slice(0, -1);
  const year = fields.get("year") ?? yearOf(repeat, scope, { path, series }, found);
  if (year === undefined) return;
  const obsStatus = fields.get("obs_status");
  const comment = fields.get("comment");
  found.values.push({
    question: path,
    row: repeat.row,
    series,
    year,
    value,
    unit: fields.get("unit") ?? repeat.bind["atlas:unit"],
    dimensions: scope.dimensions,
    ...(obsStatus === undefined ? {} : { obsStatus }),
    ...(comment === undefined ? {} : { comment }),
  });
}

/** The answer of the question `bind::atlas:period` names, in the instance or around it. */
function yearOf(
  element: XlsFormQuestion | XlsFormRepeat,
  scope: Scope,
  { path, series }: { path: string; series: string },
  found: Found,
): string | undefined {
  const periodQuestion = element.bind["atlas:period"];
  for (let at: Scope | undefined = scope; periodQuestion !== undefined && at !== undefined; at = at.parent) {
    const year = at.answers[periodQuestion];
    if (typeof year === "string" && year.trim() !== "") return year.trim();
  }
  found.problems.push({
    path,
    code: "atlas/series-period",
    severity: "error",
    message: `gives a value for ${series} but ${periodQuestion === undefined ? "the form names no year question (bind::atlas:period)" : `the year question ${periodQuestion} is unanswered`}`,
    row: element.row,
  });
  return undefined;
}

/** Every value after the first giving the same series, year and breakdown, naming the first. */
function duplicateObservations(values: readonly SeriesValue[]): SeriesAnswerProblem[] {
  const first = new Map<string, SeriesValue>();
  const problems: SeriesAnswerProblem[] = [];
  for (const value of values) {
    const breakdown = Object.entries(value.dimensions)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, code]) => `${id}=${code}`)
      .join(";");
    const key = JSON.stringify([value.series, value.year, breakdown]);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, value);
      continue;
    }
    problems.push({
      path: value.question,
      code: "atlas/duplicate-observation",
      severity: "error",
      message: `gives ${value.series} for ${value.year}${breakdown === "" ? "" : ` (${breakdown})`} again, as ${earlier.question} does; each observation is answered once`,
      row: value.row,
    });
  }
  return problems;
}

/** `WASTE_TREATMENT=RECYCLING;URBANISATION=U` (a question's `bind::atlas:dimension`) → its pairs. */
export function fixedBreakdown(text: string | undefined): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const part of (text ?? "").split(";")) {
    const [id, code] = part.split("=");
    if (id !== undefined && code !== undefined && id.trim() !== "") pairs[id.trim()] = code.trim();
  }
  return pairs;
}

/**
 * The values as an Open SDG data CSV: blank breakdown cells are totals, as Open SDG writes them.
 * Value `i` is on line `i + 2` (the header is line 1), which is how import flags name it.
 */
export function openSdgCsv(values: readonly SeriesValue[], area: string): string {
  const dimensions = [...new Set(values.flatMap((value) => Object.keys(value.dimensions)))].sort();
  const status = values.some((value) => value.obsStatus !== undefined);
  const comment = values.some((value) => value.comment !== undefined);
  const header = [
    "Year",
    "SERIES",
    "REF_AREA",
    "UNIT_MEASURE",
    ...(status ? ["OBS_STATUS"] : []),
    ...(comment ? ["COMMENT_OBS"] : []),
    ...dimensions,
    "Value",
  ];
  const rows = values.map((value) => [
    value.year,
    value.series,
    area,
    value.unit ?? "",
    ...(status ? [value.obsStatus ?? ""] : []),
    ...(comment ? [value.comment ?? ""] : []),
    ...dimensions.map((dimension) => value.dimensions[dimension] ?? ""),
    value.value,
  ]);
  return `${[header, ...rows].map((row) => toCsvLine(row)).join("\n")}\n`;
}
