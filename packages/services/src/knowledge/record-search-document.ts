/**
 * What the search index holds for a record: every text in its own language, the free-text
 * details, and the labels of its types, tags and countries in every language, so a reader
 * searching «переработка» finds a record tagged R8 whatever language it is written in.
 */
import type { ParsedRecordInput, TaxonomySchemeName } from "@circular-atlas/contracts";
import type { RecordSearchColumns } from "@circular-atlas/database";
import {
  foldedForms,
  foldWords,
  type SearchField,
  type SearchWeight,
  searchConfigOf,
  searchFoldVersion,
  toFoldedVector,
  toStemmingText,
} from "@circular-atlas/formats";
import { countryNames } from "./country-names.ts";
import { type TaxonomyIndex, termLabels } from "./taxonomy.ts";

export interface RecordSearchDocument {
  readonly columns: RecordSearchColumns;
  /** Folded words for the typo dictionary. */
  readonly terms: readonly string[];
}

type IndexedRecord = Pick<
  ParsedRecordInput,
  | "type"
  | "originalLanguage"
  | "texts"
  | "countries"
  | "sectors"
  | "strategies"
  | "themes"
  | "details"
  | "justTransition"
  | "subnationalArea"
>;

function taggedFields(record: IndexedRecord, taxonomy: TaxonomyIndex): SearchField[] {
  const tags: [TaxonomySchemeName, readonly string[]][] = [
    ["record-type", [record.type]],
    ["sector", record.sectors],
    ["strategy", record.strategies],
    ["theme", record.themes],
    ["instrument", record.details.instruments ?? []],
  ];
  const labels = tags.flatMap(([scheme, codes]) =>
    codes
      .flatMap((code) => termLabels(taxonomy, scheme, code))
      .map(({ language, label }) => ({ text: label, language })),
  );
  const countries = record.countries.flatMap((country) =>
    countryNames(country).map(({ language, name }) => ({ text: name, language })),
  );
  return [...labels, ...countries].map((field) => ({ ...field, weight: "D" as SearchWeight }));
}

function detailText(record: IndexedRecord): string {
  const details = record.details;
  return [
    details.issuingBody,
    details.legalReference,
    details.results,
    details.lessons,
    details.place,
    details.publisher,
    ...(details.partners ?? []),
    record.subnationalArea,
    ...Object.values(record.justTransition),
  ]
    .filter((text): text is string => typeof text === "string" && text !== "")
    .join("\n");
}

export function buildRecordSearchDocument(
  record: IndexedRecord,
  taxonomy: TaxonomyIndex,
): RecordSearchDocument {
  const fields: SearchField[] = [];
  for (const [language, text] of Object.entries(record.texts)) {
    fields.push({ text: text.title, weight: "A", language });
    fields.push({ text: text.summary, weight: "B", language });
    if (text.body !== undefined) fields.push({ text: text.body, weight: "C", language });
  }
  fields.push({ text: detailText(record), weight: "C", language: record.originalLanguage });
  fields.push(...taggedFields(record, taxonomy));
  // One to_tsvector call per configuration and weight: fewer calls, the same lexemes.
  const grouped = new Map<string, { config: string; weight: SearchWeight; text: string }>();
  for (const field of fields) {
    const text = toStemmingText(field.text, field.language);
    if (text === "") continue;
    const config = searchConfigOf(field.language);
    const key = `${config}|${field.weight}`;
    const group = grouped.get(key);
    if (group === undefined) grouped.set(key, { config, weight: field.weight, text });
    else group.text += `\n${text}`;
  }
  const stemmed = [...grouped.values()];
  const terms = fields.flatMap((field) => foldedForms(foldWords(field.text, field.language)));
  // What ranking weighs: the words of the titles, and of summaries, bodies and free-text details.
  const formsOf = (weights: readonly SearchWeight[]) =>
    [
      ...new Set(
        fields
          .filter((field) => weights.includes(field.weight))
          .flatMap((field) => foldedForms(foldWords(field.text, field.language))),
      ),
    ].join(" ");
  return {
    columns: {
      stemmed,
      folded: toFoldedVector(fields),
      foldVersion: searchFoldVersion,
      titleTerms: formsOf(["A"]),
      bodyTerms: formsOf(["B", "C"]),
    },
    terms,
  };
}
