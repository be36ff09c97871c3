/**
 * The long template as a workbook: openpyxl's workbook (fixtures/make-fixtures.py, 1904 date
 * system, a README sheet first) read with the long CSV's rules and located as `data!D5`; the
 * writer's workbooks read back to the same rows, for hand-picked and generated observations.
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads its committed fixtures; the code under test does no IO.
import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../diagnostic.ts";
import { type LongXlsxObservation, parseLongXlsx } from "./long-xlsx.ts";
import { type LongXlsxRow, toLongXlsx } from "./long-xlsx-writer.ts";
import { toXlsx, type XlsxWriteCell } from "./xlsx-writer.ts";

// Tests run from the repository root, as the other fixture-reading tests assume.
const fixture = (name: string) => new Uint8Array(readFileSync(`packages/formats/src/xlsx/fixtures/${name}`));
const header = ["indicator", "area", "year", "value", "unit", "source"];
const total = {
  dimensions: {},
  unitMult: 0,
  obsStatus: undefined,
  nature: undefined,
  sourceDetail: undefined,
  comment: undefined,
};
const row = (overrides: Partial<LongXlsxRow>): LongXlsxRow => ({
  indicator: "EN_MAT_DOMCMPC",
  area: "KAZ",
  year: 2017,
  value: "1",
  unit: "T_PER_CAP",
  source: "test-source",
  ...total,
  ...overrides,
});
const sheetOf = (rows: XlsxWriteCell[][], name = "data") => toXlsx([{ name, rows: [header, ...rows] }]);

describe("parseLongXlsx", () => {
  it("reads openpyxl's template: numbers exact, a year-formatted date as its year, error cells missing", () => {
    const { observations, diagnostics } = parseLongXlsx(fixture("openpyxl-template-1904.xlsx"));
    expect(
      observations.map((observation) => [
        observation.line,
        observation.area,
        observation.year,
        observation.value,
      ]),
    ).toEqual([
      [2, "KAZ", 2016, "28.1"],
      [3, "KAZ", 2017, "27.40"],
      [4, "UZB", 2018, "9.9"],
    ]);
    expect(diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, "template.xlsx"))).toEqual([
      "template.xlsx, data!D6 (value): error: the cell is a date (2020-05-01), not a number: format the cell as a number or text [long-xlsx/date-value]",
      "template.xlsx, data!D5 (value): warning: the cell holds the error #N/A: no value; the row is skipped, not stored as zero [long-csv/missing-value]",
    ]);
  });

  it("applies the long CSV's rules cell by cell, located by A1 reference", () => {
    const { observations, diagnostics } = parseLongXlsx(
      sheetOf([
        ["en_mat", "KAZ", { number: "2017" }, { number: "1" }, "t", "s"],
        ["X", "KAZ", { number: "2017" }, "46,7", "t", "s"],
        ["X", "KAZ", { number: "2018" }, { number: "1" }, null, "s"],
        ["X", "KAZ", { number: "2019" }, { number: "1" }, "t", "s"],
        ["X", "KAZ", { number: "2019" }, { number: "2" }, "t", "s"],
      ]),
    );
    expect(observations.map((observation) => observation.line)).toEqual([5]);
    expect(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.sheet, diagnostic.row, diagnostic.column]),
    ).toEqual([
      ["long-csv/bad-indicator", "data", 2, 1],
      ["long-csv/bad-value", "data", 3, 4],
      ["long-csv/missing-unit", "data", 4, 5],
      ["long-csv/duplicate", "data", 6, undefined],
    ]);
  });

  it("refuses a date as the year unless it shows the year alone", () => {
    const bytes = sheetOf([["X", "KAZ", { number: "43891" }, { number: "1" }, "t", "s"]]);
    // A serial without a date style is only a number: 43891 is no four-digit year.
    expect(parseLongXlsx(bytes).diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      "long-csv/bad-year",
    ]);
  });

  it("says which sheet is missing and which header is wrong", () => {
    expect(parseLongXlsx(sheetOf([], "Sheet1")).diagnostics[0]?.message).toBe(
      'the workbook has no sheet named "data" (its sheets: "Sheet1")',
    );
    const wrong = parseLongXlsx(toXlsx([{ name: "data", rows: [["indicator", "country"]] }])).diagnostics;
    expect(wrong.map((diagnostic) => diagnostic.code)).toEqual(["long-xlsx/bad-header"]);
    const extra = parseLongXlsx(toXlsx([{ name: "data", rows: [[...header, "notes"]] }])).diagnostics;
    expect(extra.map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([
      expect.stringMatching(/^data!G1 \(notes\): error: column G is headed "notes": after the six/),
    ]);
  });

  it("passes on the workbook reader's refusals", () => {
    expect(parseLongXlsx(new TextEncoder().encode("indicator,area")).diagnostics[0]?.code).toBe(
      "xlsx/not-zip",
    );
  });
});

describe("toLongXlsx", () => {
  it("reads back attributes, breakdowns and values as written", () => {
    const rows = [
      row({ value: "28.10", obsStatus: "E", nature: "C" }),
      row({
        area: "UZB",
        value: "9.9",
        comment: 'revised, "provisional"\nsee notes',
        sourceDetail: "table 4",
      }),
      row({ value: "1200.5", unitMult: 3, dimensions: { TYPE_OF_PRODUCT: "BIM" } }),
      row({ indicator: "SP.POP.TOTL", value: "18755666", unit: "PERSONS", year: 2020 }),
      row({ year: 2018, value: "12345678901234567890.123" }),
    ];
    const { observations, diagnostics } = parseLongXlsx(toLongXlsx(rows));
    expect(diagnostics).toEqual([]);
    expect(observations).toEqual(
      rows.map((written, index): LongXlsxObservation => ({ ...written, line: index + 2 })),
    );
  });

  const code = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/);
  const decimal = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.stringMatching(/^(\.\d{1,6})?$/))
    .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction}`);
  const rows = fc.uniqueArray(
    fc.record({
      indicator: code,
      area: fc.stringMatching(/^[A-Z]{3}$/),
      year: fc.integer({ min: 1990, max: 2030 }),
      value: decimal,
      unit: fc.string({ minLength: 1, maxLength: 8 }).filter((unit) => unit.trim() === unit && unit !== ""),
      source: fc.constantFrom("test-source", "UN SDG database"),
      dimensions: fc.dictionary(fc.constantFrom("SEX", "AGE", "TYPE_OF_PRODUCT"), code, { maxKeys: 2 }),
      unitMult: fc.integer({ min: 0, max: 9 }),
      obsStatus: fc.option(fc.constantFrom("A", "E", "P"), { nil: undefined }),
      nature: fc.constant(undefined),
      sourceDetail: fc.constant(undefined),
      comment: fc.option(
        fc.string({ minLength: 1 }).filter((text) => text.trim() !== ""),
        { nil: undefined },
      ),
    }),
    {
      maxLength: 6,
      selector: (generated) =>
        `${generated.indicator}|${generated.area}|${generated.year}|${JSON.stringify(Object.entries(generated.dimensions).sort())}`,
    },
  );

  test.prop([rows])("reads back any rows it writes", (generated) => {
    const { observations, diagnostics } = parseLongXlsx(toLongXlsx(generated));
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(
      observations.map(({ line: _, ...rest }) => ({ ...rest, dimensions: { ...rest.dimensions } })),
    ).toEqual(generated);
  });

  test.prop([fc.uint8Array({ maxLength: 400 })])("never throws on arbitrary bytes", (bytes) => {
    expect(parseLongXlsx(bytes).diagnostics.length).toBeGreaterThan(0);
  });
});
