// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/**
 * Properties: no input crashes the reader, arbitrary bytes or small workbooks of XLSForm words
 * (types, names, references, quotes, stray spaces, begin/end rows); and every finding about a
 * cell names a header the workbook really has at that column, with its letters.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { columnLetters } from "../xlsx/cell-reference.ts";
import { parseXlsx } from "../xlsx/xlsx-reader.ts";
import type { XlsxWriteCell } from "../xlsx/xlsx-writer.ts";
import { readXlsForm } from "./read-xlsform.ts";
import { xlsFormRules } from "./xlsform-rules.ts";
import { xlsFormWorkbook } from "./xlsform-test-workbook.ts";

const words = [
  "text",
  "integer",
  "select_one yn",
  "select_multiple  yn",
  "begin group",
  "end group",
  "begin_repeat",
  "end repeat",
  "calculate",
  "today",
  "integr",
  "range",
  "a",
  "b",
  "a b",
  "${a} > 1",
  "${b",
  "‘yes’",
  "yes",
  "yn",
  "minimal ",
  "EN_X",
  "value",
  "policy",
  "TYPE_OF_PRODUCT=X",
  "",
];
const headers = [
  "type",
  "name",
  "label",
  "label::English (en)",
  "label::Русский (ru)",
  "hint",
  "relevant",
  "required",
  "appearance",
  "calculation",
  "repeat_count",
  "choice_filter",
  "list_name",
  "bind::atlas:series",
  "bind::atlas:field",
  "bind::atlas:record",
  "relevent",
  "version",
  "default_language",
];

const cell: fc.Arbitrary<XlsxWriteCell> = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 6 }),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: 0, max: 99999 }).map((number) => ({ number: String(number) })),
  fc.integer({ min: 0, max: 99999 }).map((number) => ({ number: String(number), dateFormat: true })),
);
const sheet = fc
  .tuple(
    fc.array(fc.constantFrom(...headers), { maxLength: 6 }),
    fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
  )
  .map(([header, rows]) => [header, ...rows]);
const workbook = fc.record({
  survey: sheet,
  choices: fc.option(sheet, { nil: undefined }),
  settings: fc.option(sheet, { nil: undefined }),
});

describe("readXlsForm on arbitrary input", () => {
  test.prop([fc.uint8Array({ maxLength: 300 })])("never throws on arbitrary bytes", (bytes) => {
    const { form, diagnostics } = readXlsForm(bytes);
    expect(form).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  test.prop([workbook], { numRuns: 150 })(
    "never throws on small workbooks, and locates every finding truly",
    (sheets) => {
      const bytes = xlsFormWorkbook(sheets);
      const { diagnostics } = readXlsForm(bytes);
      // A sheet's header is its first row with a non-blank cell (the generated header may be empty).
      const headerCells = new Map<string, string>();
      for (const written of parseXlsx(bytes).workbook?.sheets ?? []) {
        const header = written.rows.find((row) => row.cells.some((found) => found.text.trim() !== ""));
        for (const found of header?.cells ?? [])
          headerCells.set(`${written.name}!${found.column}`, found.text.trim());
      }
      for (const diagnostic of diagnostics) {
        expect(diagnostic.code in xlsFormRules || diagnostic.code.startsWith("xlsx/")).toBe(true);
        expect(diagnostic.severity).toBe(
          diagnostic.code in xlsFormRules
            ? xlsFormRules[diagnostic.code as keyof typeof xlsFormRules]
            : diagnostic.severity,
        );
        if (diagnostic.columnName === undefined || diagnostic.column === undefined) continue;
        expect(diagnostic.columnLetter).toBe(columnLetters(diagnostic.column));
        expect(headerCells.get(`${diagnostic.sheet}!${diagnostic.column}`)).toBe(diagnostic.columnName);
      }
    },
  );
});
