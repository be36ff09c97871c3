/**
 * The editor's working copy of a record: the API's input shape, with the few conversions a
 * form needs (comma lists, numbers typed as text) kept here so the form stays plain.
 */
import type { KnowledgeRecord, RecordInput, RecordTypeName } from "@circular-atlas/contracts";

type DraftFields =
  | "type"
  | "originalLanguage"
  | "texts"
  | "countries"
  | "sectors"
  | "strategies"
  | "themes"
  | "sdgTargets"
  | "details"
  | "justTransition"
  | "sources"
  | "relations";

/** Input fields with their defaults applied: the form always has a value to show. */
export type RecordDraft = { [Field in DraftFields]-?: NonNullable<RecordInput[Field]> } & {
  year: string;
  subnationalArea: string;
  latitude: string;
  longitude: string;
  version?: number;
};

/** Languages a record may be written in (the server checks the same list). */
export const contentLanguages = [
  "en",
  "ru",
  "fa",
  "tr",
  "az",
  "kk",
  "ky",
  "uz",
  "uz-Cyrl",
  "tg",
  "tk",
  "ps",
  "ur",
  "ar",
] as const;

export function emptyDraft(options: { language: string; countries: readonly string[] }): RecordDraft {
  const language = (contentLanguages as readonly string[]).includes(options.language)
    ? options.language
    : "en";
  return {
    type: "policy",
    originalLanguage: language,
    texts: { [language]: { title: "", summary: "", translated: false } },
    countries: [...options.countries],
    sectors: [],
    strategies: [],
    themes: [],
    sdgTargets: [],
    details: {},
    justTransition: {},
    sources: [],
    relations: [],
    year: "",
    subnationalArea: "",
    latitude: "",
    longitude: "",
  };
}

export function draftOf(record: KnowledgeRecord): RecordDraft {
  return {
    type: record.type,
    originalLanguage: record.originalLanguage,
    texts: record.texts,
    countries: record.countries,
    sectors: record.sectors,
    strategies: record.strategies,
    themes: record.themes,
    sdgTargets: record.sdgTargets,
    details: record.details,
    justTransition: record.justTransition,
    sources: record.sources,
    relations: record.relations
      .filter((relation) => relation.direction === "outgoing")
      .map((relation) => ({ kind: relation.kind, to: relation.record.id })),
    year: record.year === null ? "" : String(record.year),
    subnationalArea: record.subnationalArea ?? "",
    latitude: record.location === null ? "" : String(record.location.latitude),
    longitude: record.location === null ? "" : String(record.location.longitude),
    version: record.version,
  };
}

/** Numbers as typed: a number when the text is one, the text itself otherwise (the server says why). */
function numberOrText(text: string): number | string | null {
  if (text.trim() === "") return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

/** The input the API takes. Empty optional fields are left out rather than sent empty. */
export function toRecordInput(draft: RecordDraft): RecordInput {
  const latitude = numberOrText(draft.latitude);
  const longitude = numberOrText(draft.longitude);
  const details = Object.fromEntries(
    Object.entries(draft.details).filter(
      ([, value]) => value !== "" && !(Array.isArray(value) && value.length === 0),
    ),
  );
  const justTransition = Object.fromEntries(
    Object.entries(draft.justTransition).filter(([, value]) => value !== ""),
  );
  return {
    type: draft.type as RecordTypeName,
    originalLanguage: draft.originalLanguage,
    texts: draft.texts,
    countries: draft.countries,
    subnationalArea: draft.subnationalArea.trim() === "" ? null : draft.subnationalArea,
    sectors: draft.sectors,
    strategies: draft.strategies,
    themes: draft.themes,
    sdgTargets: draft.sdgTargets,
    year: numberOrText(draft.year) as number | null,
    details,
    location:
      latitude === null && longitude === null
        ? null
        : ({ latitude, longitude } as { latitude: number; longitude: number }),
    justTransition,
    sources: draft.sources.map((source) =>
      Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
    ) as RecordInput["sources"] & object,
    relations: draft.relations,
    ...(draft.version === undefined ? {} : { version: draft.version }),
  };
}
