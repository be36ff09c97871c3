/**
 * The answers that feed the observatory's series (questions with `bind::atlas:series`, their year
 * from `bind::atlas:period`, unit and fixed breakdown from `bind::atlas:unit` and
 * `bind::atlas:dimension`) and the Open SDG CSV they go through: one extraction for submitting
 * (the data-quality rules run on them) and publishing (they are imported).
 */
import { type FormAnswers, toCsvLine, type XlsForm, type XlsFormElement } from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";

/** One series answer as an observation: the question it answers names it. */
export interface SeriesValue {
  /** The question's name. */
  readonly question: string;
  readonly series: string;
  readonly year: string;
  readonly value: string;
  readonly unit: string | undefined;
  readonly dimensions: Readonly<Record<string, string>>;
}

/** The elements outside repeats, groups flattened (a repeat itself is yielded, not its children). */
export function* walk(elements: readonly XlsFormElement[]): Generator<XlsFormElement> {
  for (const element of elements) {
    yield element;
    if (element.kind === "group") yield* walk(element.children);
  }
}

/** The answers that feed series: questions outside repeats with `bind::atlas:series` and a value. */
export function seriesValues(form: XlsForm, answers: FormAnswers): SeriesValue[] {
  const values: SeriesValue[] = [];
  for (const element of walk(form.survey)) {
    // A repeat feeding a series (one value per instance) is not published yet: refuse rather
    // than leave its values out.
    if (element.kind === "repeat" && element.bind["atlas:series"] !== undefined) {
      const instances = answers[element.name];
      if (Array.isArray(instances) && instances.some((instance) => Object.keys(instance ?? {}).length > 0))
        throw new ServiceError(
          "validation-failed",
          `the repeat ${element.name} (row ${element.row}) feeds ${element.bind["atlas:series"]} one value per instance; publishing such repeats is not supported yet, so nothing was published`,
          { question: element.name },
        );
    }
    if (element.kind !== "question") continue;
    const series = element.bind["atlas:series"];
    const value = answers[element.name];
    if (series === undefined || typeof value !== "string" || value.trim() === "") continue;
    const periodQuestion = element.bind["atlas:period"];
    const year = periodQuestion === undefined ? undefined : answers[periodQuestion];
    if (typeof year !== "string" || year.trim() === "")
      throw new ServiceError(
        "validation-failed",
        `${element.name} (row ${element.row}) gives a value for ${series} but ${periodQuestion === undefined ? "the form names no year question (bind::atlas:period)" : `the year question ${periodQuestion} is unanswered`}`,
        { question: element.name },
      );
    values.push({
      question: element.name,
      series,
      year: year.trim(),
      value: value.trim(),
      unit: element.bind["atlas:unit"],
      dimensions: fixedBreakdown(element.bind["atlas:dimension"]),
    });
  }
  return values;
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
  const header = ["Year", "SERIES", "REF_AREA", "UNIT_MEASURE", ...dimensions, "Value"];
  const rows = values.map((value) => [
    value.year,
    value.series,
    area,
    value.unit ?? "",
    ...dimensions.map((dimension) => value.dimensions[dimension] ?? ""),
    value.value,
  ]);
  return `${[header, ...rows].map((row) => toCsvLine(row)).join("\n")}\n`;
}
