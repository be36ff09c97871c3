/**
 * Publishes an approved submission, in one transaction: every answer to a question with
 * `bind::atlas:series` becomes an observation (through the observatory's import, so its checks and
 * data-quality rules apply, and a flagged value waits for review), and every instance of a repeat
 * with `bind::atlas:record` becomes a draft knowledge-base record; both cite the submission as their
 * source. Any value or record the observatory refuses refuses the whole publication: nothing is
 * written, and the submission stays approved.
 */
import {
  type AtlasDatabase,
  findReportingRound,
  findSubmission,
  insertSubmissionEvents,
  type SubmissionRow,
  updateSubmissionAtRevision,
} from "@circular-atlas/database";
import {
  cleanAnswers,
  type FormAnswers,
  toCsvLine,
  type XlsForm,
  type XlsFormElement,
  type XlsFormQuestion,
  type XlsFormRepeat,
} from "@circular-atlas/formats";
import { type Actor, actorUserId } from "../accounts/actor.ts";
import { importObservations } from "../imports/import-observations.ts";
import type { ImportReport } from "../imports/import-report.ts";
import { createRecord } from "../knowledge/write-record.ts";
import { ServiceError } from "../service-error.ts";
import { may, publication } from "./submission-rules.ts";
import { formOf, lostRace, staleRevision } from "./submissions.ts";

export interface PublishSubmissionInput {
  readonly db: AtlasDatabase;
  readonly actor: Actor;
  readonly roundId: number;
  readonly area: string;
  readonly baseRevision: number;
  /** Now, an ISO date-time. */
  readonly now: string;
}

export interface PublicationReport {
  readonly submission: SubmissionRow;
  /** The observatory import's report of the values; undefined when the form feeds no series. */
  readonly observations: ImportReport | undefined;
  /** Ids of the draft records made from the repeats. */
  readonly records: readonly string[];
}

interface SeriesValue {
  readonly series: string;
  readonly year: string;
  readonly value: string;
  readonly unit: string | undefined;
  readonly dimensions: Readonly<Record<string, string>>;
}

export async function publishSubmission(input: PublishSubmissionInput): Promise<PublicationReport> {
  const { db, actor, area } = input;
  if (!may(actor, publication.roles, area))
    throw new ServiceError(
      "forbidden",
      `${actor.kind === "user" ? `${actor.label} (${actor.role})` : actor.label} may not publish submissions; a reviewer does`,
      {},
    );
  return db.transaction(async (tx) => {
    const round = await findReportingRound(tx, input.roundId);
    const current = round === undefined ? undefined : await findSubmission(tx, round.id, area);
    if (round === undefined || current === undefined)
      throw new ServiceError("not-found", `${area} has no submission in round ${input.roundId}`, {});
    if (current.revision !== input.baseRevision) throw staleRevision(current, input.baseRevision);
    if (!publication.from.includes(current.state))
      throw new ServiceError(
        "conflict",
        `cannot publish the submission of ${area}: it is ${current.state}, not approved`,
        {
          state: current.state,
        },
      );
    const form = await formOf(tx, current);
    const answers = cleanAnswers(form, current.answers as FormAnswers, { now: input.now });
    const approvedOn = (current.approvedAt ?? input.now).slice(0, 10);
    const citation = `Circular Atlas mapping exercise "${round.name}" (${round.period}): answers of ${area}, submission ${current.id}, approved on ${approvedOn}`;

    const values = seriesValues(form, answers);
    const observations =
      values.length === 0
        ? undefined
        : await importObservations({
            db: tx as unknown as AtlasDatabase,
            fileName: `submission-${current.id}.csv`,
            text: openSdgCsv(values, area),
            format: "open-sdg-csv",
            source: citation,
          });
    // The system writes the records: a reviewer may publish but not author them, and the
    // records are the country's, drafts for the knowledge base's own review.
    const writer: Actor = { kind: "system", label: `submission ${current.id}` };
    const records: string[] = [];
    for (const { where, input: draft } of recordInputs(form, answers, {
      area,
      citation,
      accessedOn: approvedOn,
    })) {
      const created = await createRecord({
        db: tx as unknown as AtlasDatabase,
        actor: writer,
        input: draft,
      }).catch((error: unknown) => {
        // Name the repeat instance the refused record came from.
        if (error instanceof ServiceError)
          throw new ServiceError(error.code, `${where}: ${error.message}`, { ...error.details, where });
        throw error;
      });
      records.push(created.id);
    }
    const published = await updateSubmissionAtRevision(tx, current.id, current.revision, {
      state: "published",
    });
    if (published === undefined) throw await lostRace(tx, current, input.baseRevision);
    await insertSubmissionEvents(tx, [
      {
        submissionId: published.id,
        actorId: actorUserId(actor),
        actorLabel: actor.label,
        kind: "state",
        fromState: "approved",
        toState: "published",
        after: {
          observations: observations?.observations ?? 0,
          flagged: observations?.flagged ?? 0,
          records,
        },
        revision: published.revision,
      },
    ]);
    return { submission: published, observations, records };
  });
}

function* walk(elements: readonly XlsFormElement[]): Generator<XlsFormElement> {
  for (const element of elements) {
    yield element;
    if (element.kind === "group") yield* walk(element.children);
  }
}

/** The answers that feed series: questions outside repeats with `bind::atlas:series` and a value. */
function seriesValues(form: XlsForm, answers: FormAnswers): SeriesValue[] {
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
      series,
      year: year.trim(),
      value: value.trim(),
      unit: element.bind["atlas:unit"],
      dimensions: fixedBreakdown(element.bind["atlas:dimension"]),
    });
  }
  return values;
}

/** `WASTE_TREATMENT=RECYCLING;URBANISATION=U` → its pairs. */
function fixedBreakdown(text: string | undefined): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const part of (text ?? "").split(";")) {
    const [id, code] = part.split("=");
    if (id !== undefined && code !== undefined && id.trim() !== "") pairs[id.trim()] = code.trim();
  }
  return pairs;
}

/** The values as an Open SDG data CSV: blank breakdown cells are totals, as Open SDG writes them. */
function openSdgCsv(values: readonly SeriesValue[], area: string): string {
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

/** The record inputs the `bind::atlas:record` repeats' instances describe. */
function recordInputs(
  form: XlsForm,
  answers: FormAnswers,
  context: { area: string; citation: string; accessedOn: string },
): { where: string; input: Record<string, unknown> }[] {
  const formFields = new Map<string, unknown>();
  for (const element of walk(form.survey))
    if (element.kind === "question" && element.bind["atlas:field"] !== undefined) {
      const value = typed(element, answers[element.name]);
      if (value !== undefined) formFields.set(element.bind["atlas:field"] as string, value);
    }
  const language =
    typeof formFields.get("originalLanguage") === "string"
      ? (formFields.get("originalLanguage") as string)
      : (form.languages[0]?.code ?? "en");
  const inputs: { where: string; input: Record<string, unknown> }[] = [];
  for (const element of walk(form.survey)) {
    if (element.kind !== "repeat" || element.bind["atlas:record"] === undefined) continue;
    const instances = answers[element.name];
    if (!Array.isArray(instances)) continue;
    instances.forEach((instance, index) => {
      if (typeof instance !== "object" || instance === null || Object.keys(instance).length === 0) return;
      inputs.push({
        where: `${element.name}[${index + 1}]`,
        input: recordOf(element, instance as FormAnswers, {
          ...context,
          language,
          countries: formFields.get("countries"),
        }),
      });
    });
  }
  return inputs;
}

function recordOf(
  repeat: XlsFormRepeat,
  instance: FormAnswers,
  context: { area: string; citation: string; accessedOn: string; language: string; countries: unknown },
): Record<string, unknown> {
  const text: Record<string, unknown> = { summary: "" };
  const details: Record<string, unknown> = {};
  const source: Record<string, unknown> = {};
  const top: Record<string, unknown> = {};
  for (const element of walk(repeat.children)) {
    const field = element.kind === "question" ? element.bind["atlas:field"] : undefined;
    if (field === undefined || element.kind !== "question") continue;
    const value = typed(element, instance[element.name]);
    if (value === undefined) continue;
    const [head, rest] = [field.split(".")[0] as string, field.split(".").slice(1).join(".")];
    if (head === "texts") text[rest] = value;
    else if (head === "details") details[rest] = value;
    else if (head === "sources") source[rest] = value;
    else top[field] = value;
  }
  const answered =
    Object.keys(source).length === 0
      ? []
      : [
          {
            title: source["title"] ?? source["url"] ?? context.citation,
            publisher: source["publisher"] ?? `${context.area}, as its focal point gave it`,
            accessedOn: context.accessedOn,
            ...source,
          },
        ];
  return {
    type: repeat.bind["atlas:record"],
    originalLanguage: context.language,
    // No title is made up: an instance without one is refused, naming it (`policy[2]`).
    texts: { [context.language]: text },
    countries:
      Array.isArray(context.countries) && context.countries.length > 0 ? context.countries : [context.area],
    ...top,
    details,
    sources: [
      ...answered,
      {
        title: context.citation,
        publisher: "Circular Atlas mapping exercise",
        accessedOn: context.accessedOn,
      },
    ],
    status: "draft",
  };
}

/** An answer as the record input types it: select_multiple → codes, integer/decimal → a number. */
function typed(question: XlsFormQuestion, answer: unknown): unknown {
  if (typeof answer !== "string" || answer.trim() === "") return undefined;
  if (question.type === "select_multiple") return answer.trim().split(/\s+/);
  if (question.type === "integer" || question.type === "decimal") return Number(answer);
  return answer.trim();
}
