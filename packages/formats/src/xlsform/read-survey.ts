/**
 * The survey sheet's rows as a tree: `begin group`/`begin repeat` open an element whose
 * children are the rows up to the matching `end`. What needs the cells as written is checked
 * here (types, stray spaces, columns a row cannot take, unmatched begin/end); everything that
 * can be judged on the tree is the linter's.
 */
import { inapplicableOn } from "./column-applicability.ts";
import { translatedKeys } from "./xlsform-columns.ts";
import { type XlsFormPlace, xlsFormFinding } from "./xlsform-finding.ts";
import type {
  LocalizedText,
  XlsFormDiagnostic,
  XlsFormElement,
  XlsFormElementFields,
  XlsFormGroup,
  XlsFormRepeat,
  XlsFormSkippedRow,
} from "./xlsform-model.ts";
import { cellText, columnOf, type SheetRow, type SheetTable } from "./xlsform-sheet.ts";
import { type ParsedType, parseType } from "./xlsform-types.ts";

export interface ReadSurvey {
  readonly survey: XlsFormElement[];
  readonly skippedRows: XlsFormSkippedRow[];
}

interface OpenFrame {
  readonly structure: "group" | "repeat";
  readonly element: Omit<XlsFormGroup | XlsFormRepeat, "children" | "endRow">;
  readonly children: XlsFormElement[];
  readonly place: XlsFormPlace;
}

export function readSurvey(table: SheetTable, diagnostics: XlsFormDiagnostic[]): ReadSurvey {
  const typeColumn = columnOf(table, "type");
  const root: XlsFormElement[] = [];
  const stack: OpenFrame[] = [];
  const skippedRows: XlsFormSkippedRow[] = [];
  const add = (element: XlsFormElement) => (stack.at(-1)?.children ?? root).push(element);
  for (const row of table.rows) {
    if (table.columns.every((column) => cellText(row, column) === "")) continue;
    const place: XlsFormPlace = { sheet: table.sheet, row: row.row, column: typeColumn };
    const rawType = (typeColumn === undefined ? undefined : row.cells.get(typeColumn.column)?.text) ?? "";
    if (rawType.trim() === "") {
      diagnostics.push(xlsFormFinding("xlsform/missing-type", "this row has content but no type", place));
      continue;
    }
    reportStraySpace(rawType, "type", place, diagnostics);
    const parsed = parseType(rawType);
    const name = cellText(row, columnOf(table, "name"));
    if (!isReadable(parsed, place, diagnostics)) {
      skippedRows.push({ row: row.row, name, type: rawType.trim() });
      continue;
    }
    reportInapplicable(table, row, parsed, diagnostics);
    if (parsed.kind === "metadata") add({ kind: "metadata", type: parsed.type, name, row: row.row });
    else if (parsed.kind === "question") add(toQuestion(table, row, parsed, diagnostics));
    else if (parsed.kind === "begin")
      stack.push({
        structure: parsed.structure,
        element: toStructure(table, row, parsed.structure, diagnostics),
        children: [],
        place,
      });
    else if (parsed.kind === "end") closeFrame(stack, parsed.structure, row.row, place, add, diagnostics);
  }
  while (stack.length > 0) reportUnclosed(stack.pop() as OpenFrame, add, diagnostics);
  return { survey: root, skippedRows };
}

function isReadable(parsed: ParsedType, place: XlsFormPlace, diagnostics: XlsFormDiagnostic[]): boolean {
  switch (parsed.kind) {
    case "unknown":
      diagnostics.push(
        xlsFormFinding("xlsform/unknown-type", `${JSON.stringify(parsed.type)}: ${parsed.reason}`, place),
      );
      return false;
    case "unsupported":
      diagnostics.push(
        xlsFormFinding("xlsform/unsupported-type", `${JSON.stringify(parsed.type)}: ${parsed.reason}`, place),
      );
      return false;
    case "no-list":
      diagnostics.push(xlsFormFinding("xlsform/select-without-list", parsed.reason, place));
      return false;
    case "metadata":
      diagnostics.push(
        xlsFormFinding(
          "xlsform/metadata-type",
          `${parsed.type} is metadata the collecting device records, not a question anyone answers; it is kept as a metadata element so references to it resolve`,
          place,
        ),
      );
      return true;
    default:
      return true;
  }
}

/** Spaces around a keyword cell, doubled between words, or not plain spaces (tabs, no-break spaces). */
export function reportStraySpace(
  raw: string,
  what: string,
  place: XlsFormPlace,
  diagnostics: XlsFormDiagnostic[],
): void {
  if (raw.trim() === raw && !/\s{2,}|[^\S ]/.test(raw)) return;
  diagnostics.push(
    xlsFormFinding(
      "xlsform/stray-space",
      `the ${what} ${JSON.stringify(raw)} has stray spaces (read as ${JSON.stringify(raw.trim().split(/\s+/).join(" "))}); other XLSForm tools may read it differently`,
      place,
    ),
  );
}

function reportInapplicable(
  table: SheetTable,
  row: SheetRow,
  parsed: ParsedType,
  diagnostics: XlsFormDiagnostic[],
): void {
  for (const column of table.columns) {
    if (cellText(row, column) === "") continue;
    const what = inapplicableOn(column.key, parsed);
    if (what === undefined) continue;
    diagnostics.push(
      xlsFormFinding(
        "xlsform/column-not-applicable",
        `${column.header} has no meaning on ${what}; it is ignored`,
        { sheet: table.sheet, row: row.row, column },
      ),
    );
  }
}

function toFields(table: SheetTable, row: SheetRow, diagnostics: XlsFormDiagnostic[]): XlsFormElementFields {
  const value = (key: string) => optional(cellText(row, columnOf(table, key)));
  const appearanceColumn = columnOf(table, "appearance");
  const appearance =
    appearanceColumn === undefined ? undefined : row.cells.get(appearanceColumn.column)?.text;
  if (appearance !== undefined && appearance.trim() !== "")
    reportStraySpace(
      appearance,
      "appearance",
      { sheet: table.sheet, row: row.row, column: appearanceColumn },
      diagnostics,
    );
  const bind: Record<string, string> = {};
  for (const column of table.columns) {
    const text = cellText(row, column);
    if (column.key.startsWith("bind::") && text !== "") bind[column.key.slice("bind::".length)] = text;
  }
  return {
    name: cellText(row, columnOf(table, "name")),
    row: row.row,
    label: texts(table, row, "label"),
    hint: texts(table, row, "hint"),
    ...defined("relevant", value("relevant")),
    ...defined("readOnly", flag(value("read_only"))),
    ...defined(
      "appearance",
      appearance === undefined ? undefined : optional(appearance.trim().split(/\s+/).join(" ")),
    ),
    bind,
  };
}

function toQuestion(
  table: SheetTable,
  row: SheetRow,
  parsed: Extract<ParsedType, { kind: "question" }>,
  diagnostics: XlsFormDiagnostic[],
): XlsFormElement {
  const value = (key: string) => optional(cellText(row, columnOf(table, key)));
  return {
    kind: "question",
    type: parsed.type,
    ...defined("listName", parsed.listName),
    ...toFields(table, row, diagnostics),
    ...defined("required", flag(value("required"))),
    requiredMessage: texts(table, row, "required_message"),
    ...defined("constraint", value("constraint")),
    constraintMessage: texts(table, row, "constraint_message"),
    ...defined("calculation", value("calculation")),
    ...defined("default", value("default")),
    ...defined("choiceFilter", value("choice_filter")),
  };
}

function toStructure(
  table: SheetTable,
  row: SheetRow,
  structure: "group" | "repeat",
  diagnostics: XlsFormDiagnostic[],
): OpenFrame["element"] {
  const fields = toFields(table, row, diagnostics);
  if (structure === "group") return { kind: "group", ...fields };
  return {
    kind: "repeat",
    ...fields,
    ...defined("repeatCount", optional(cellText(row, columnOf(table, "repeat_count")))),
  };
}

function closeFrame(
  stack: OpenFrame[],
  structure: "group" | "repeat",
  endRow: number,
  place: XlsFormPlace,
  add: (element: XlsFormElement) => void,
  diagnostics: XlsFormDiagnostic[],
): void {
  const matching = stack.findLastIndex((frame) => frame.structure === structure);
  if (matching < 0) {
    diagnostics.push(
      xlsFormFinding(
        "xlsform/unmatched-end",
        `end ${structure} closes no begin ${structure}${stack.length > 0 ? ` (the open ${stack.at(-1)?.structure} began on row ${stack.at(-1)?.element.row})` : ""}; the row is ignored`,
        place,
      ),
    );
    return;
  }
  // A missing `end repeat` inside a group: the repeat is closed here, where its group ends.
  while (stack.length - 1 > matching) reportUnclosed(stack.pop() as OpenFrame, add, diagnostics, endRow);
  const frame = stack.pop() as OpenFrame;
  add({ ...frame.element, endRow, children: frame.children } as XlsFormElement);
}

function reportUnclosed(
  frame: OpenFrame,
  add: (element: XlsFormElement) => void,
  diagnostics: XlsFormDiagnostic[],
  closedAt?: number,
): void {
  diagnostics.push(
    xlsFormFinding(
      "xlsform/unmatched-begin",
      `begin ${frame.structure} ${JSON.stringify(frame.element.name)} has no end ${frame.structure}${closedAt === undefined ? " before the end of the sheet" : ` before row ${closedAt} ends the enclosing element`}`,
      frame.place,
    ),
  );
  add({ ...frame.element, children: frame.children } as XlsFormElement);
}

function texts(table: SheetTable, row: SheetRow, key: string): LocalizedText {
  const result: Record<string, string> = {};
  for (const column of table.columns) {
    if (column.key !== key || column.language === undefined || !translatedKeys.has(key)) continue;
    const text = cellText(row, column);
    if (text !== "") result[column.language] = text;
  }
  return result;
}

/** `yes`/`true` (and a boolean TRUE cell) as `true()`, `no`/`false` as nothing, else the expression. */
function flag(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  if (["yes", "true", "true()"].includes(lower)) return "true()";
  if (["no", "false", "false()"].includes(lower)) return undefined;
  return text;
}

function optional(text: string): string | undefined {
  return text === "" ? undefined : text;
}

/** `{ key: value }` when the value is defined, `{}` otherwise (exactOptionalPropertyTypes). */
function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
