/**
 * The `type` column: which XLSForm types Circular Atlas implements, which the XLSForm
 * specification defines but Circular Atlas does not, and which are metadata collected by the
 * device (ignored here). A type cell is read after collapsing whitespace, so `select_one  yes_no`
 * still means the list `yes_no`; the stray space itself is reported by the caller.
 */
import { editDistance } from "../search-text/typo-tolerance.ts";
import type { XlsFormQuestionType } from "./xlsform-model.ts";

export type ParsedType =
  | { readonly kind: "question"; readonly type: XlsFormQuestionType; readonly listName?: string }
  | { readonly kind: "begin" | "end"; readonly structure: "group" | "repeat" }
  | { readonly kind: "metadata"; readonly type: string }
  | { readonly kind: "unsupported" | "unknown" | "no-list"; readonly type: string; readonly reason: string };

const questionTypes: readonly XlsFormQuestionType[] = [
  "text",
  "integer",
  "decimal",
  "note",
  "date",
  "calculate",
  "geopoint",
];

/** XLSForm types (xlsform.org, "Question types") that Circular Atlas does not implement. */
const unsupportedTypes = new Set([
  "range",
  "rank",
  "time",
  "dateTime",
  "geotrace",
  "geoshape",
  "image",
  "audio",
  "background-audio",
  "video",
  "file",
  "barcode",
  "acknowledge",
  "hidden",
  "xml-external",
  "csv-external",
  "select_one_from_file",
  "select_multiple_from_file",
  "begin loop",
  "end loop",
]);

/** Metadata the collecting device records itself (xlsform.org, "Metadata"); nothing to ask. */
const metadataTypes = new Set([
  "start",
  "end",
  "today",
  "deviceid",
  "subscriberid",
  "simserial",
  "phonenumber",
  "username",
  "email",
  "audit",
  "start-geopoint",
]);

/** Reads a type cell (trimmed, whitespace collapsed). */
export function parseType(text: string): ParsedType {
  const words = text.trim().split(/\s+/);
  const first = words[0] ?? "";
  const joined = words.join(" ").replace(/^(begin|end)_(group|repeat|loop)$/, "$1 $2");
  const structure = /^(begin|end) (group|repeat)$/.exec(joined);
  if (structure !== null)
    return { kind: structure[1] as "begin" | "end", structure: structure[2] as "group" | "repeat" };
  if (first === "select_one" || first === "select_multiple") return parseSelect(first, words);
  if (unsupportedTypes.has(joined) || unsupportedTypes.has(first))
    return {
      kind: "unsupported",
      type: joined,
      reason: "Circular Atlas does not implement this XLSForm type",
    };
  if (words.length === 1 && (questionTypes as readonly string[]).includes(first))
    return { kind: "question", type: first as XlsFormQuestionType };
  if (words.length === 1 && metadataTypes.has(first)) return { kind: "metadata", type: first };
  return { kind: "unknown", type: joined, reason: suggestion(joined) };
}

function parseSelect(type: "select_one" | "select_multiple", words: readonly string[]): ParsedType {
  if (words.length === 1)
    return { kind: "no-list", type, reason: `${type} needs the name of its choice list after a space` };
  if (words.length === 3 && words[2] === "or_other")
    return {
      kind: "unsupported",
      type: words.join(" "),
      reason:
        "or_other is not implemented: add an `other` choice and a text question relevant when it is selected",
    };
  if (words.length > 2)
    return {
      kind: "unknown",
      type: words.join(" "),
      reason: `a choice list name has no spaces (read ${words
        .slice(1)
        .map((word) => JSON.stringify(word))
        .join(", ")})`,
    };
  return { kind: "question", type, listName: words[1] as string };
}

/** A hint for a near miss: wrong case, a space for an underscore, a known type misspelt. */
function suggestion(type: string): string {
  const known = [...questionTypes, "select_one", "select_multiple", "begin group", "end group"];
  const lower = type.toLowerCase().replace(/ /g, "_");
  const close = known.find(
    (candidate) =>
      candidate.replace(/ /g, "_") === lower || (lower.length > 3 && editDistance(candidate, lower) === 1),
  );
  return close === undefined
    ? "no XLSForm type has this name"
    : `no XLSForm type has this name; did you mean ${JSON.stringify(close)}?`;
}
