/**
 * The observatory's side of the fixture round: the series answers of the starter questionnaire
 * (`bind::atlas:series`), two stand-in data-quality rules on them, and indicator values read
 * from CSV into those answers. The real rules and formats run in packages/services; this is
 * only what the web pages need to show their findings and problems.
 */
import { type FormAnswers, readCsv, walkElements, type XlsFormQuestion } from "@circular-atlas/formats";
import { starterForm } from "./fixture-rounds.ts";

/** Kazakhstan's answers to every required question of the starter questionnaire. */
export const completeAnswers: FormAnswers = {
  country: "KAZ",
  institution: "Ministry of Ecology and Natural Resources",
  respondent_name: "A. Focal",
  respondent_email: "focal@example.org",
  answer_language: "ru",
  completion_date: "2026-05-01",
  priority_sectors: "C E",
  priority_strategies: "R8",
  priority_themes: "municipal-waste",
  priority_count: "1",
  priority: [{ priority_title: "Раздельный сбор отходов" }],
  has_ce_strategy: "no",
  ce_in_other_plans: "no",
  has_policies: "yes",
  policy: [
    {
      policy_title: "Экологический кодекс",
      policy_kind: "law",
      policy_status: "in-force",
      policy_year: "2021",
    },
  ],
  has_good_practices: "no",
  separate_collection: "pilots",
  dedicated_budget: "no",
  financing_mechanisms: "public-budget",
  investment_areas: "collection",
  has_initiatives: "no",
  capacity_needs: "waste-statistics",
  informal_sector: "no",
  data_sources: "Bureau of National Statistics",
  support_requested: "yes",
  msw_generated: "4500000",
  msw_generated_year: "2023",
  clearance: "yes",
};

export interface FixtureQualityFlag {
  question: string;
  ruleId: string;
  severity: "error" | "warning";
  blocking: boolean;
  message: string;
  value: string;
  series: string;
  timePeriod: string;
}

// A function, not a constant: fixture-rounds.ts imports this file while it defines the form.
const seriesQuestions = (): XlsFormQuestion[] =>
  [...walkElements(starterForm.survey)].flatMap(({ element }) =>
    element.kind === "question" && element.bind["atlas:series"] !== undefined ? [element] : [],
  );

/** More than 5 kg per person a day blocks the submit; a zero is flagged for the reviewers to check. */
export function qualityFlagsOf(answers: FormAnswers): FixtureQualityFlag[] {
  return seriesQuestions().flatMap((question): FixtureQualityFlag[] => {
    const value = answers[question.name];
    if (typeof value !== "string" || value === "") return [];
    const periodQuestion = question.bind["atlas:period"] ?? "";
    const base = {
      question: question.name,
      value,
      series: question.bind["atlas:series"] ?? "",
      timePeriod: String(answers[periodQuestion] ?? ""),
    };
    if (question.bind["atlas:unit"] === "KG_PER_CAP_PER_DAY" && Number(value) > 5)
      return [
        {
          ...base,
          ruleId: "per-capita-range",
          severity: "error",
          blocking: true,
          message: `${value} kg per person a day is implausible`,
        },
      ];
    if (Number(value) === 0)
      return [
        { ...base, ruleId: "zero-value", severity: "warning", blocking: false, message: "the value is zero" },
      ];
    return [];
  });
}

export interface ValuesReading {
  answers: FormAnswers;
  problems: { code: string; message: string; row: number; column?: string }[];
}

/**
 * SDMX-CSV values (`SERIES`, `TIME_PERIOD`, `OBS_VALUE`) as answers to the questions that feed
 * those series without a fixed breakdown; each row's problem names its row and column.
 */
export function readIndicatorValues(text: string, answers: FormAnswers): ValuesReading {
  const [header, ...rows] = readCsv(text).records;
  const columns = header?.cells ?? [];
  const problems: ValuesReading["problems"] = [];
  const next: Record<string, unknown> = { ...answers };
  for (const name of ["SERIES", "TIME_PERIOD", "OBS_VALUE"])
    if (!columns.includes(name))
      problems.push({ code: "missing-column", message: `there is no column ${name}`, row: 1 });
  if (problems.length > 0) return { answers, problems };
  const cell = (cells: readonly string[], name: string) => cells[columns.indexOf(name)] ?? "";
  const letter = (name: string) => String.fromCharCode(65 + columns.indexOf(name));
  for (const { line, cells } of rows) {
    const series = cell(cells, "SERIES");
    const question = seriesQuestions().find(
      (candidate) =>
        candidate.bind["atlas:series"] === series && candidate.bind["atlas:dimension"] === undefined,
    );
    if (question === undefined) {
      problems.push({
        code: "unknown-series",
        message: `no question answers the series ${series}`,
        row: line,
        column: letter("SERIES"),
      });
      continue;
    }
    next[question.name] = cell(cells, "OBS_VALUE");
    const period = question.bind["atlas:period"];
    if (period !== undefined) next[period] = cell(cells, "TIME_PERIOD");
  }
  return { answers: problems.length > 0 ? answers : (next as FormAnswers), problems };
}
