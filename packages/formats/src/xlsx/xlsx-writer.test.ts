/**
 * The writer's workbooks read back through the reader. During development the same output was
 * opened with openpyxl 3.0.9 (Debian python3-openpyxl), which read the sheets, the bold frozen
 * header and every value; the tests here need no Python.
 */
import { describe, expect, it } from "vitest";
import { parseXlsx } from "./xlsx-reader.ts";
import { toXlsx } from "./xlsx-writer.ts";

describe("toXlsx", () => {
  it("writes strings, exact numbers, booleans and blanks that read back the same", () => {
    const text = ' edge space, "quotes" & <tags>\r\nline two _x0041_ \u0001';
    const bytes = toXlsx([
      {
        name: "data",
        freezeHeader: true,
        rows: [
          ["name", "value", "flag"],
          [text, { number: "28.10" }, true],
          [null, { number: "-1.5e-3" }, false],
          [{ text: "007" }, undefined, "Қазақстан"],
        ],
      },
      { name: "README & notes", rows: [["about"]] },
    ]);
    const { workbook, diagnostics } = parseXlsx(bytes);
    expect(diagnostics).toEqual([]);
    expect(workbook?.sheets.map((sheet) => sheet.name)).toEqual(["data", "README & notes"]);
    const cells = workbook?.sheets[0]?.rows.map((row) =>
      row.cells.map((cell) => [cell.ref, cell.type, cell.raw]),
    );
    expect(cells).toEqual([
      [
        ["A1", "string", "name"],
        ["B1", "string", "value"],
        ["C1", "string", "flag"],
      ],
      [
        ["A2", "string", text],
        ["B2", "number", "28.10"],
        ["C2", "boolean", "1"],
      ],
      [
        ["B3", "number", "-1.5e-3"],
        ["C3", "boolean", "0"],
      ],
      [
        ["A4", "string", "007"],
        ["C4", "string", "Қазақстан"],
      ],
    ]);
  });

  it("writes a number through a date format as a date cell, as Excel stores a typed date", () => {
    // Serial 46357 is 2026-12-01 in the 1900 system: 2025-01-01 is 45658 (Excel's DATE(2025,1,1)),
    // plus 365 days of 2025 and the 334 days of January to November 2026.
    const bytes = toXlsx([
      {
        name: "settings",
        rows: [
          ["version", "plain"],
          [{ number: "46357", dateFormat: true }, { number: "46357" }],
        ],
      },
    ]);
    const { workbook, diagnostics } = parseXlsx(bytes);
    expect(diagnostics).toEqual([]);
    const [dated, plain] = workbook?.sheets[0]?.rows[1]?.cells ?? [];
    expect([dated?.type, dated?.raw, dated?.date, dated?.numberFormat]).toEqual([
      "date",
      "46357",
      "2026-12-01",
      "mm-dd-yy",
    ]);
    expect([plain?.type, plain?.raw, plain?.date]).toEqual(["number", "46357", undefined]);
  });

  it("gives the same bytes for the same input", () => {
    const sheets = [{ name: "data", rows: [["a", { number: "1" }]] }];
    expect(toXlsx(sheets)).toEqual(toXlsx(sheets));
  });

  it("refuses bad sheet names and numbers that are not numbers", () => {
    expect(() => toXlsx([{ name: "a/b", rows: [] }])).toThrow("invalid sheet name");
    expect(() => toXlsx([{ name: "x".repeat(32), rows: [] }])).toThrow("invalid sheet name");
    expect(() =>
      toXlsx([
        { name: "Data", rows: [] },
        { name: "data", rows: [] },
      ]),
    ).toThrow("duplicate sheet name");
    expect(() => toXlsx([{ name: "data", rows: [[{ number: "1,5" }]] }])).toThrow("not a number");
    expect(() => toXlsx([])).toThrow("at least one sheet");
  });
});
