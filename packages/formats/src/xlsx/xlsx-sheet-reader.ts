/**
 * A worksheet part (ECMA-376 Part 1 §18.3): `<row>`s of `<c>` cells with their type (`t`), style
 * (`s`), value (`<v>`), formula (`<f>`) and inline string (`<is>`), typed through the shared
 * strings and the styles' number formats.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { XmlEventHandler } from "../sdmx-ml/xml-event-reader.ts";
import { cellReference, parseCellReference } from "./cell-reference.ts";
import { serialToIso } from "./spreadsheet-date.ts";
import type { XlsxCell, XlsxRow } from "./xlsx-cell.ts";
import { stringItemText } from "./xlsx-shared-strings.ts";
import type { CellFormats } from "./xlsx-styles.ts";

export interface SheetContext {
  readonly sheet: string;
  readonly sharedStrings: readonly string[];
  readonly formats: CellFormats;
  readonly date1904: boolean;
  readonly diagnostics: FormatDiagnostic[];
}

interface PendingCell {
  readonly row: number;
  readonly column: number;
  readonly type: string;
  readonly style: number;
  value: string[] | undefined;
  formula: string[] | undefined;
  inline: string | undefined;
}

/** Event handler handing each row with a cell to `onRow`, in document order. */
export function sheetHandler(context: SheetContext, onRow: (row: XlsxRow) => void): XmlEventHandler {
  let rowNumber = 0;
  let column = 0;
  let cells: XlsxCell[] = [];
  let cell: PendingCell | undefined;
  let collecting: "v" | "f" | undefined;
  const inline = stringItemText((text) => {
    if (cell !== undefined) cell.inline = text;
  }, "is");
  return {
    open(element) {
      if (cell !== undefined) {
        inline.open(element, 0);
        if (element.local === "v") collecting = "v";
        if (element.local === "f") collecting = "f";
        if (collecting !== undefined) cell[collecting === "v" ? "value" : "formula"] ??= [];
        return;
      }
      if (element.local === "row") {
        const declared = Number(element.attributes["r"]);
        rowNumber = Number.isInteger(declared) && declared > 0 ? declared : rowNumber + 1;
        column = 0;
        cells = [];
      } else if (element.local === "c") {
        const place = parseCellReference(element.attributes["r"] ?? "");
        column = place?.column ?? column + 1;
        cell = {
          row: place?.row ?? rowNumber,
          column,
          type: element.attributes["t"] ?? "n",
          style: Number(element.attributes["s"] ?? "0"),
          value: undefined,
          formula: undefined,
          inline: undefined,
        };
      }
    },
    close(element) {
      if (element.local === "c" && cell !== undefined) {
        const typed = toCell(cell, context);
        if (typed !== undefined) cells.push(typed);
        cell = undefined;
      } else if (cell !== undefined) {
        inline.close(element, 0);
        if (element.local === "v" || element.local === "f") collecting = undefined;
      } else if (element.local === "row" && cells.length > 0) onRow({ row: rowNumber, cells });
    },
    text(text) {
      if (cell === undefined) return;
      inline.text(text);
      if (collecting === "v") cell.value?.push(text);
      if (collecting === "f") cell.formula?.push(text);
    },
  };
}

const numberLiteral = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Types one cell; undefined for an empty cell (style only), with a diagnostic when it is broken. */
function toCell(pending: PendingCell, context: SheetContext): XlsxCell | undefined {
  const ref = cellReference(pending.row, pending.column);
  const value = pending.value?.join("");
  const formula = pending.formula?.join("");
  const base = {
    ref,
    row: pending.row,
    column: pending.column,
    ...(formula === undefined || formula === "" ? {} : { formula }),
  };
  const problem = (code: string, message: string) => {
    context.diagnostics.push({
      code,
      severity: "error",
      message,
      sheet: context.sheet,
      row: pending.row,
      column: pending.column,
    });
    return undefined;
  };
  const string = (text: string): XlsxCell => ({ ...base, type: "string", raw: text, text });
  switch (pending.type) {
    case "inlineStr":
      return pending.inline === undefined ? undefined : string(pending.inline);
    case "s": {
      if (value === undefined) return undefined;
      const text = /^\d+$/.test(value.trim()) ? context.sharedStrings[Number(value)] : undefined;
      return text === undefined
        ? problem(
            "xlsx/bad-shared-string",
            `shared string ${JSON.stringify(value)} is not in the table of ${context.sharedStrings.length}`,
          )
        : string(text);
    }
    case "str":
      return string(value ?? "");
    case "b":
      if (value !== "1" && value !== "0" && value !== "true" && value !== "false")
        return value === undefined
          ? undefined
          : problem("xlsx/bad-boolean", `boolean ${JSON.stringify(value)} is not 1 or 0`);
      return {
        ...base,
        type: "boolean",
        raw: value,
        text: value === "1" || value === "true" ? "TRUE" : "FALSE",
      };
    case "e":
      return value === undefined ? undefined : { ...base, type: "error", raw: value, text: value };
    case "d":
      return value === undefined
        ? undefined
        : { ...base, type: "date", raw: value, text: value, date: value };
    case "n":
      return numberCell(pending, value, base, context, problem);
    default:
      return problem(
        "xlsx/bad-cell-type",
        `cell type ${JSON.stringify(pending.type)} is not one ECMA-376 defines`,
      );
  }
}

function numberCell(
  pending: PendingCell,
  value: string | undefined,
  base: Pick<XlsxCell, "ref" | "row" | "column" | "formula">,
  context: SheetContext,
  problem: (code: string, message: string) => undefined,
): XlsxCell | undefined {
  if (value === undefined || value === "")
    // A formula nothing has calculated yet (openpyxl writes these) has no value to report.
    return base.formula === undefined ? undefined : { ...base, type: "blank", raw: "", text: "" };
  const raw = value.trim();
  if (!numberLiteral.test(raw))
    return problem("xlsx/bad-number", `number ${JSON.stringify(value)} is not a number`);
  const format = context.formats(pending.style);
  const shown = format.code === undefined ? {} : { numberFormat: format.code };
  if (!format.isDate) return { ...base, ...shown, type: "number", raw, text: raw };
  const date = serialToIso(Number(raw), context.date1904);
  if (date === undefined) {
    context.diagnostics.push({
      code: "xlsx/bad-date",
      severity: "warning",
      message: `date serial ${raw} is no calendar date (day 60 of the 1900 system is the 29 February 1900 Excel counts but that never was); kept as a number`,
      sheet: context.sheet,
      row: pending.row,
      column: pending.column,
    });
    return { ...base, ...shown, type: "number", raw, text: raw };
  }
  return { ...base, ...shown, type: "date", raw, text: date, date };
}
