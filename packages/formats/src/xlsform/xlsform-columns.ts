/**
 * A sheet's header row as XLSForm columns: keywords (case-insensitive, with the specification's
 * spelled-out aliases such as `list name` and `constraint message`), translated columns
 * (`label::English (en)`) with their language, and `bind::` pass-through columns. Unknown survey
 * columns are reported with the nearest keyword, since a misspelt `relevent` is silently ignored
 * by other tools.
 */

import { editDistance } from "../search-text/typo-tolerance.ts";
import { columnLetters } from "../xlsx/cell-reference.ts";
import type { XlsxCell } from "../xlsx/xlsx-cell.ts";
import { type XlsFormPlace, xlsFormFinding } from "./xlsform-finding.ts";
import { languageKeyOf } from "./xlsform-languages.ts";
import type { XlsFormColumn, XlsFormDiagnostic } from "./xlsform-model.ts";

export type XlsFormSheetKind = "survey" | "choices" | "settings";

/** Columns whose text is given per language. */
export const translatedKeys = new Set(["label", "hint", "required_message", "constraint_message"]);

const surveyKeys = new Set([
  "type",
  "name",
  "label",
  "hint",
  "required",
  "required_message",
  "relevant",
  "constraint",
  "constraint_message",
  "calculation",
  "default",
  "read_only",
  "appearance",
  "choice_filter",
  "repeat_count",
]);

/** Columns of the XLSForm specification that Circular Atlas reads past (kept out of the model). */
const unsupportedKeys = new Set([
  "guidance_hint",
  "parameters",
  "trigger",
  "image",
  "big-image",
  "audio",
  "video",
  "media",
  "body",
  "instance",
  "note",
]);

/** The `bind::atlas:*` columns Circular Atlas maps (README "Mapping to the observatory"). */
export const atlasBindKeys = new Set([
  "bind::atlas:series",
  "bind::atlas:record",
  "bind::atlas:field",
  "bind::atlas:dimension",
  "bind::atlas:unit",
  "bind::atlas:period",
]);

const aliases: Readonly<Record<string, string>> = {
  "list name": "list_name",
  "constraint message": "constraint_message",
  "required message": "required_message",
  "choice filter": "choice_filter",
  "repeat count": "repeat_count",
  "read only": "read_only",
  "jr:constraintmsg": "constraint_message",
  "jr:requiredmsg": "required_message",
};

export interface HeaderOptions {
  readonly sheet: string;
  readonly kind: XlsFormSheetKind;
  /** The key unlabelled translated columns get (the default language's). */
  readonly defaultLanguage: string;
}

/** The sheet's columns from its header cells, with findings about the header itself. */
export function readHeader(
  cells: readonly XlsxCell[],
  options: HeaderOptions,
  diagnostics: XlsFormDiagnostic[],
): XlsFormColumn[] {
  const columns: XlsFormColumn[] = [];
  const seen = new Map<string, XlsFormColumn>();
  for (const cell of cells) {
    const header = cell.text.trim();
    if (header === "") continue;
    const column = toColumn(cell.column, header, options);
    const place: XlsFormPlace = { sheet: options.sheet, row: cell.row, column };
    if (cell.text !== header)
      diagnostics.push(
        xlsFormFinding(
          "xlsform/stray-space",
          `the header ${JSON.stringify(cell.text)} has spaces around it`,
          place,
        ),
      );
    const identity = column.language === undefined ? column.key : `${column.key}::${column.language}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      diagnostics.push(
        xlsFormFinding(
          "xlsform/duplicate-column",
          `column ${JSON.stringify(header)} repeats column ${earlier.letter} (${JSON.stringify(earlier.header)}); only the first is read`,
          place,
        ),
      );
      continue;
    }
    seen.set(identity, column);
    reportUnusual(column, place, options.kind, diagnostics);
    columns.push(column);
  }
  return columns;
}

function toColumn(number: number, header: string, options: HeaderOptions): XlsFormColumn {
  const parts = header.split("::");
  const keyword = (parts[0] ?? "").trim();
  const lower = keyword.toLowerCase();
  const key = aliases[lower] ?? (options.kind === "choices" && !isChoiceKeyword(lower) ? keyword : lower);
  const base = { column: number, letter: columnLetters(number), header };
  if (key === "bind" || key === "body" || key === "media" || key === "instance")
    return { ...base, key: `${key}::${parts.slice(1).join("::").trim()}` };
  if (translatedKeys.has(key) || (unsupportedKeys.has(key) && parts.length > 1)) {
    const name = parts.slice(1).join("::").trim();
    return { ...base, key, language: name === "" ? options.defaultLanguage : languageKeyOf(name) };
  }
  return { ...base, key };
}

function isChoiceKeyword(lower: string): boolean {
  return ["list_name", "name", "label", "image", "audio", "video", "media"].includes(lower);
}

function reportUnusual(
  column: XlsFormColumn,
  place: XlsFormPlace,
  kind: XlsFormSheetKind,
  diagnostics: XlsFormDiagnostic[],
): void {
  const keyword = column.key.split("::")[0] ?? "";
  if (column.key.startsWith("bind::atlas:") && !atlasBindKeys.has(column.key))
    diagnostics.push(
      xlsFormFinding(
        "xlsform/unknown-atlas-column",
        `${JSON.stringify(column.header)} is no Circular Atlas mapping column (${[...atlasBindKeys].join(", ")}); it is kept as a bind attribute and mapped to nothing`,
        place,
      ),
    );
  if (kind === "settings" || keyword === "bind" || (kind === "choices" && !unsupportedKeys.has(keyword)))
    return;
  if (unsupportedKeys.has(keyword)) {
    diagnostics.push(
      xlsFormFinding(
        "xlsform/unsupported-column",
        `Circular Atlas does not implement the XLSForm column ${JSON.stringify(column.header)}; it is ignored`,
        place,
      ),
    );
    return;
  }
  if (surveyKeys.has(column.key)) return;
  const near = [...surveyKeys].find((known) => editDistance(known, column.key.toLowerCase()) <= 2);
  diagnostics.push(
    xlsFormFinding(
      "xlsform/unknown-column",
      `${JSON.stringify(column.header)} is no XLSForm survey column${near === undefined ? "" : `; did you mean ${JSON.stringify(near)}?`} It is ignored`,
      place,
    ),
  );
}
