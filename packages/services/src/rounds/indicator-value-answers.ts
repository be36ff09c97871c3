/**
 * Indicator values as answers: each located row of an observatory file finds the one question
 * that asks its series and breakdown (`bind::atlas:series`, `bind::atlas:dimension`), and its
 * year goes to that question's year question (`bind::atlas:period`), the rule `seriesValues`
 * reads answers back by. A row that fits no question, or fits one another row fills, is a
 * problem at its row and column; nothing is guessed.
 */
import type { Indicator } from "@circular-atlas/contracts";
import type { XlsForm } from "@circular-atlas/formats";
import type { ImportDiagnostic } from "../imports/import-report.ts";
import { type ImportRow, unitMatches } from "../imports/resolve-import-rows.ts";
import { dimensionKeyOf } from "../observations/dimension-key.ts";
import { fixedBreakdown, walk } from "./series-answers.ts";

/** A problem with the file, where it is, and (for a row that fits one) the question it fits. */
export type IndicatorValueProblem = ImportDiagnostic & {
  /** The question the row would answer. */
  readonly question?: string;
  /** The earlier row that already answers `question` (or its year question). */
  readonly otherRow?: number;
};

/** Stable codes of the rows that cannot become answers. */
export const indicatorValueProblemCodes = {
  noArea: "indicator-values/no-area",
  otherArea: "indicator-values/other-area",
  noSeries: "indicator-values/no-series",
  seriesNotAsked: "indicator-values/series-not-asked",
  breakdownNotAsked: "indicator-values/breakdown-not-asked",
  unitMismatch: "indicator-values/unit-mismatch",
  unitMultiplier: "indicator-values/unit-multiplier",
  notAYear: "indicator-values/period-not-a-year",
  noYearQuestion: "indicator-values/no-year-question",
  duplicateQuestion: "indicator-values/duplicate-question",
  yearConflict: "indicator-values/year-conflict",
} as const;

export interface IndicatorValueAnswers {
  /** Question name → answer: each value and its year, as text. */
  readonly answers: Record<string, string>;
  readonly problems: IndicatorValueProblem[];
}

interface SeriesQuestion {
  readonly name: string;
  readonly formRow: number;
  readonly breakdown: string;
  readonly unit: string | undefined;
  readonly period: string | undefined;
}

const codes = indicatorValueProblemCodes;

/** The answers `rows` give `area`'s questionnaire, or the problems that keep them from it. */
export function indicatorValueAnswers(
  form: XlsForm,
  rows: readonly ImportRow[],
  area: string,
  indicators: ReadonlyMap<string, Indicator>,
): IndicatorValueAnswers {
  const questions = seriesQuestions(form);
  const answers: Record<string, string> = {};
  const problems: IndicatorValueProblem[] = [];
  const answeredBy = new Map<string, number>();
  const yearOf = new Map<string, { year: string; row: number }>();
  for (const row of rows) {
    const problem = (
      code: string,
      message: string,
      where?: { column: number; columnName: string },
      extra: { question?: string; otherRow?: number } = {},
    ) => problems.push(locatedProblem(row.line, code, message, where, extra));
    const ownArea = row.area?.code === area;
    if (row.area === undefined) problem(codes.noArea, "the row names no area");
    else if (!ownArea)
      problem(
        codes.otherArea,
        `the row is for ${row.area.code}, not ${area}: a submission takes its own country's values only`,
        row.area,
      );
    const asked = askingQuestion(row, questions);
    if ("code" in asked) {
      problem(asked.code, asked.message, row.indicator);
      continue;
    }
    const { question, series, breakdown } = asked;
    const on = { question: question.name };
    const unitProblem = unitProblemOf(row, question, indicators.get(series));
    if (unitProblem !== undefined) {
      problem(unitProblem.code, unitProblem.message, row.unit, on);
      continue;
    }
    if (!/^\d{4}$/.test(row.timePeriod)) {
      problem(
        codes.notAYear,
        `the period ${JSON.stringify(row.timePeriod)} is not a year; ${question.name} holds the value of one year`,
        undefined,
        on,
      );
      continue;
    }
    if (question.period === undefined) {
      problem(
        codes.noYearQuestion,
        `${question.name} (form row ${question.formRow}) names no year question (bind::atlas:period), so the year of its value cannot be kept`,
        undefined,
        on,
      );
      continue;
    }
    // Another country's row answers nothing, so it takes no question from the rows that do.
    if (!ownArea) continue;
    const earlier = answeredBy.get(question.name);
    if (earlier !== undefined) {
      problem(
        codes.duplicateQuestion,
        `rows ${earlier} and ${row.line} both give ${series}${breakdown === "" ? "" : ` (${breakdown})`}, answered by ${question.name}; the questionnaire holds one value per series, so keep one row`,
        row.indicator,
        { ...on, otherRow: earlier },
      );
      continue;
    }
    const year = yearOf.get(question.period);
    if (year !== undefined && year.year !== row.timePeriod) {
      problem(
        codes.yearConflict,
        `row ${year.row} gives the year ${year.year} and row ${row.line} the year ${row.timePeriod} to ${question.period}, the one year question of both values`,
        undefined,
        { ...on, otherRow: year.row },
      );
      continue;
    }
    answeredBy.set(question.name, row.line);
    yearOf.set(question.period, { year: row.timePeriod, row: row.line });
    answers[question.name] = row.value;
    answers[question.period] = row.timePeriod;
  }
  return { answers, problems };
}

/** The question that asks the row's series and breakdown, or why none does. */
function askingQuestion(
  row: ImportRow,
  questions: ReadonlyMap<string, readonly SeriesQuestion[]>,
): { question: SeriesQuestion; series: string; breakdown: string } | { code: string; message: string } {
  if (row.indicator === undefined)
    return {
      code: codes.noSeries,
      message: "the row names no series (the file has no SERIES or indicator column)",
    };
  const series = row.indicator.code;
  const asking = questions.get(series);
  if (asking === undefined)
    return { code: codes.seriesNotAsked, message: `the questionnaire asks no value of ${series}` };
  const breakdown = dimensionKeyOf(row.dimensions);
  const question = asking.find((candidate) => candidate.breakdown === breakdown);
  if (question !== undefined) return { question, series, breakdown };
  const asked = asking.map((candidate) => candidate.breakdown || "the total").join(", ");
  return {
    code: codes.breakdownNotAsked,
    message: `the questionnaire asks ${series} for ${asked}, not for ${breakdown || "the total"}`,
  };
}

/** The questions outside repeats that feed a series, by series (one per breakdown). */
function seriesQuestions(form: XlsForm): Map<string, SeriesQuestion[]> {
  const bySeries = new Map<string, SeriesQuestion[]>();
  for (const element of walk(form.survey)) {
    const series = element.kind === "question" ? element.bind["atlas:series"] : undefined;
    if (element.kind !== "question" || series === undefined) continue;
    const questions = bySeries.get(series) ?? [];
    questions.push({
      name: element.name,
      formRow: element.row,
      breakdown: dimensionKeyOf(fixedBreakdown(element.bind["atlas:dimension"])),
      unit: element.bind["atlas:unit"],
      period: element.bind["atlas:period"],
    });
    bySeries.set(series, questions);
  }
  return bySeries;
}

/**
 * A unit the file gives must be the question's: its code, or the English label of the series'
 * unit when that is the question's. A multiplier (SDMX UNIT_MULT 3: thousands) changes the unit too.
 */
function unitProblemOf(
  row: ImportRow,
  question: SeriesQuestion,
  indicator: Indicator | undefined,
): { code: string; message: string } | undefined {
  if (row.unitMult !== 0)
    return {
      code: codes.unitMultiplier,
      message: `the value is given in units of 10^${row.unitMult} (UNIT_MULT ${row.unitMult}); ${question.name} takes it in ${question.unit ?? "its unit"} as is`,
    };
  if (row.unit === undefined || question.unit === undefined) return undefined;
  const text = row.unit.text.trim();
  const matches =
    text.toLowerCase() === question.unit.toLowerCase() ||
    (indicator !== undefined &&
      indicator.unit.toLowerCase() === question.unit.toLowerCase() &&
      unitMatches(indicator, text));
  return matches
    ? undefined
    : {
        code: codes.unitMismatch,
        message: `the unit ${JSON.stringify(text)} is not ${question.unit}, the unit ${question.name} asks for; convert the value or correct the unit`,
      };
}

function locatedProblem(
  line: number,
  code: string,
  message: string,
  where: { column: number; columnName: string } | undefined,
  extra: { question?: string; otherRow?: number },
): IndicatorValueProblem {
  // Column 0 is a value the caller gave (the submission's area for a file without one).
  const column =
    where === undefined || where.column === 0 ? {} : { column: where.column, columnName: where.columnName };
  return { code, severity: "error", message, row: line, ...column, ...extra };
}
