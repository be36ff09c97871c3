/**
 * The workbook reader on workbooks written by independent writers (openpyxl 3.0.9, and LibreOffice
 * 7.4 re-saving openpyxl's; see README.md; expected values are what openpyxl was told to write
 * and what LibreOffice computed for the formula), on packages built
 * here part by part for what openpyxl cannot write (shared and rich-text strings, cached formula
 * results, prefixed elements), and on broken input: every refusal is a diagnostic, never a throw.
 */
// biome-ignore lint/correctness/noNodejsModules: the test reads its committed fixtures; the code under test does no IO.
import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseXlsx, readXlsxStream } from "./xlsx-reader.ts";

// Tests run from the repository root, as the other fixture-reading tests assume.
const fixture = (name: string) => new Uint8Array(readFileSync(`packages/formats/src/xlsx/fixtures/${name}`));

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A package with one sheet `data` whose `<sheetData>` content is `sheetData`; parts may be replaced. */
function workbookOf(sheetData: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="${main}" xmlns:r="${relationships}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<sst xmlns="${main}"><si><t>plain</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">rich </t></r><r><t>text</t></r><rPh><t>ignored</t></rPh></si><si><t>line_x000D_break</t></si></sst>`,
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="${main}"><sheetData>${sheetData}</sheetData></worksheet>`,
    ...parts,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

const cellsOf = (bytes: Uint8Array) => {
  const { workbook, diagnostics } = parseXlsx(bytes);
  return {
    diagnostics,
    cells: workbook?.sheets[0]?.rows.flatMap((row) =>
      row.cells.map((cell) => [cell.ref, cell.type, cell.text]),
    ),
  };
};

describe("parseXlsx on openpyxl's workbooks", () => {
  it("lists the sheets in tab order with their visibility", () => {
    const { workbook, diagnostics } = parseXlsx(fixture("openpyxl-sheets.xlsx"));
    expect(diagnostics).toEqual([]);
    expect(workbook?.sheets.map((sheet) => [sheet.name, sheet.state, sheet.rows.length])).toEqual([
      ["Values", "visible", 4],
      ["Hidden one", "hidden", 1],
      ["Empty", "visible", 0],
    ]);
    expect(workbook?.sheets[1]?.rows[0]?.cells[0]).toMatchObject({
      ref: "B2",
      row: 2,
      column: 2,
      text: "only cell",
    });
  });

  it("types each cell and keeps numbers as written", () => {
    const row = (index: number) =>
      parseXlsx(fixture("openpyxl-sheets.xlsx")).workbook?.sheets[0]?.rows[index]?.cells.map((cell) => ({
        ref: cell.ref,
        type: cell.type,
        raw: cell.raw,
        text: cell.text,
        ...(cell.formula === undefined ? {} : { formula: cell.formula }),
      }));
    expect(row(1)).toEqual([
      { ref: "A2", type: "string", raw: "Kazakhstan", text: "Kazakhstan" },
      { ref: "B2", type: "number", raw: "28.1", text: "28.1" },
      { ref: "C2", type: "date", raw: "43891", text: "2020-03-01" },
      { ref: "D2", type: "boolean", raw: "1", text: "TRUE" },
      // openpyxl writes formulas without a cached result.
      { ref: "E2", type: "blank", raw: "", text: "", formula: "B2*2" },
    ]);
    expect(row(2)).toEqual([
      { ref: "A3", type: "string", raw: "Türkiye", text: "Türkiye" },
      { ref: "B3", type: "number", raw: "1234567.125", text: "1234567.125" },
      { ref: "C3", type: "date", raw: "44561.5625", text: "2021-12-31T13:30:00" },
      { ref: "D3", type: "boolean", raw: "0", text: "FALSE" },
      { ref: "E3", type: "error", raw: "#N/A", text: "#N/A" },
    ]);
    // A plain number next to dates is not a date: its style has the General format.
    expect(row(3)?.[2]).toEqual({ ref: "C4", type: "number", raw: "2020", text: "2020" });
  });

  it("reads dates in the 1904 date system", () => {
    const { workbook } = parseXlsx(fixture("openpyxl-template-1904.xlsx"));
    expect(workbook?.date1904).toBe(true);
    const data = workbook?.sheets.find((sheet) => sheet.name === "data");
    const dates = data?.rows.flatMap((row) => row.cells.filter((cell) => cell.type === "date"));
    expect(dates?.map((cell) => [cell.ref, cell.date, cell.numberFormat])).toEqual([
      ["C4", "2018-01-01", "yyyy"],
      ["D6", "2020-05-01", "yyyy-mm-dd"],
    ]);
  });
});

describe("parseXlsx on LibreOffice's workbook", () => {
  it("reads its shared strings, escaped date formats and cached formula results", () => {
    const { workbook, diagnostics } = parseXlsx(fixture("libreoffice-sheets.xlsx"));
    expect(diagnostics).toEqual([]);
    expect(workbook?.sheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["Values", "visible"],
      ["Hidden one", "hidden"],
      ["Empty", "visible"],
    ]);
    const cells = workbook?.sheets[0]?.rows
      .slice(1, 3)
      .map((row) => row.cells.map((cell) => [cell.ref, cell.type, cell.text, cell.formula]));
    // LibreOffice computed B2*2 on load and stored 56.2; its dates use `yyyy\-mm\-dd`.
    expect(cells).toEqual([
      [
        ["A2", "string", "Kazakhstan", undefined],
        ["B2", "number", "28.1", undefined],
        ["C2", "date", "2020-03-01", undefined],
        ["D2", "boolean", "TRUE", "TRUE()"],
        ["E2", "number", "56.2", "B2*2"],
      ],
      [
        ["A3", "string", "Türkiye", undefined],
        ["B3", "number", "1234567.125", undefined],
        ["C3", "date", "2021-12-31T13:30:00", undefined],
        ["D3", "boolean", "FALSE", "FALSE()"],
        ["E3", "error", "#N/A", "#N/A"],
      ],
    ]);
  });
});

describe("parseXlsx on hand-built packages", () => {
  it("joins rich-text runs, skips phonetic guides and decodes _xHHHH_ escapes", () => {
    const { cells, diagnostics } = cellsOf(
      workbookOf(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(cells).toEqual([
      ["A1", "string", "plain"],
      ["B1", "string", "rich text"],
      ["C1", "string", "line\rbreak"],
    ]);
  });

  it("keeps a formula's cached result, inline and ISO-date cells, and places cells without r", () => {
    const { workbook } = parseXlsx(
      workbookOf(
        '<row><c><f>1+1</f><v>2</v></c><c t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row><row><c t="d"><v>2020-02-29</v></c><c s="0"/></row>',
      ),
    );
    const cells = workbook?.sheets[0]?.rows.flatMap((row) => row.cells);
    expect(cells?.map((cell) => [cell.ref, cell.type, cell.text, cell.formula])).toEqual([
      ["A1", "number", "2", "1+1"],
      ["B1", "string", "ab", '"a"&"b"'],
      ["C1", "string", "inline", undefined],
      ["A2", "date", "2020-02-29", undefined],
    ]);
  });

  it("reads elements with a namespace prefix, as the OpenXML SDK writes them", () => {
    const bytes = workbookOf("", {
      "xl/worksheets/sheet1.xml": `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="3"><x:c r="D3"><x:v>1.50</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    expect(cellsOf(bytes).cells).toEqual([["D3", "number", "1.50"]]);
  });

  it("locates a shared-string index that is not in the table", () => {
    const { diagnostics } = cellsOf(workbookOf('<row r="2"><c r="B2" t="s"><v>9</v></c></row>'));
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "xlsx/bad-shared-string", sheet: "data", row: 2, column: 2 }),
    ]);
  });

  it("names the part, line and column of malformed XML", () => {
    const { diagnostics } = cellsOf(workbookOf('<row r="1"><c r="A1"><v>1</c></row>'));
    expect(diagnostics[0]?.code).toBe("xlsx/malformed-xml");
    expect(diagnostics[0]?.message).toMatch(
      /^xl\/worksheets\/sheet1\.xml, line 1, column \d+: the XML is not well-formed/,
    );
  });

  it("reads the same from a stream of chunks", async () => {
    const bytes = fixture("openpyxl-sheets.xlsx");
    async function* chunks() {
      for (let offset = 0; offset < bytes.length; offset += 1000) yield bytes.subarray(offset, offset + 1000);
    }
    expect(await readXlsxStream(chunks())).toEqual(parseXlsx(bytes));
  });
});

describe("parseXlsx refuses what is no workbook", () => {
  const codeOf = (bytes: Uint8Array, options = {}) => {
    const result = parseXlsx(bytes, options);
    expect(result.workbook).toBeUndefined();
    return result.diagnostics.map((diagnostic) => diagnostic.code);
  };

  it("refuses a legacy .xls by its OLE signature", () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(codeOf(xls)).toEqual(["xlsx/xls-file"]);
    expect(parseXlsx(xls).diagnostics[0]?.message).toContain("save it as .xlsx");
  });

  it("refuses text, an empty file and other zips", () => {
    expect(codeOf(strToU8("indicator,area\n"))).toEqual(["xlsx/not-zip"]);
    expect(parseXlsx(strToU8("indicator")).diagnostics[0]?.message).toContain("it starts 69 6E 64 69");
    expect(codeOf(new Uint8Array(0))).toEqual(["xlsx/not-zip"]);
    expect(codeOf(zipSync({ "a.txt": strToU8("hello") }))).toEqual(["xlsx/not-ooxml"]);
  });

  it("says what an Office document that is no workbook is", () => {
    const docx = workbookOf("", {
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    });
    expect(codeOf(docx)).toEqual(["xlsx/not-spreadsheet"]);
    expect(parseXlsx(docx).diagnostics[0]?.message).toContain("a Word document");
  });

  it("refuses a cut-off archive", () => {
    const bytes = fixture("openpyxl-sheets.xlsx");
    expect(codeOf(bytes.subarray(0, bytes.length - 30))).toEqual(["xlsx/truncated-zip"]);
    expect(codeOf(bytes.subarray(0, 2000))).toEqual(["xlsx/truncated-zip"]);
  });

  it("refuses a damaged entry by its checksum", () => {
    const stored = zipSync({ "[Content_Types].xml": strToU8("<Types/>") }, { level: 0 });
    const damaged = new Uint8Array(stored);
    // The stored entry's data start after the 30-byte local header and the 19-byte name.
    damaged[30 + 19 + 2] = (stored[30 + 19 + 2] as number) ^ 0xff;
    expect(codeOf(damaged)).toEqual(["xlsx/corrupt-zip"]);
    expect(codeOf(stored)).toEqual(["xlsx/not-spreadsheet"]);
  });

  it("stops a zip bomb at the cap on uncompressed bytes", () => {
    const bomb = workbookOf(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${"0".repeat(4_000_000)}</t></is></c></row>`,
    );
    expect(bomb.length).toBeLessThan(20_000);
    const diagnostics = parseXlsx(bomb, { maxUncompressedBytes: 1_000_000 }).diagnostics;
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["xlsx/too-large"]);
    expect(diagnostics[0]?.message).toContain("xl/worksheets/sheet1.xml");
  });

  it("stops a zip bomb whose directory understates its size while it inflates", () => {
    const bomb = workbookOf(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${"0".repeat(4_000_000)}</t></is></c></row>`,
    );
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const name = strToU8("xl/worksheets/sheet1.xml");
    let patched = 0;
    for (let offset = 0; offset + 46 < bomb.length; offset++)
      if (
        view.getUint32(offset, true) === 0x02014b50 &&
        name.every((byte, index) => bomb[offset + 46 + index] === byte)
      ) {
        view.setUint32(offset + 24, 100, true);
        patched++;
      }
    expect(patched).toBe(1);
    const diagnostics = parseXlsx(bomb, { maxUncompressedBytes: 1_000_000 }).diagnostics;
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["xlsx/too-large"]);
  });

  test.prop([fc.uint8Array({ maxLength: 600 })])("never throws on arbitrary bytes", (bytes) => {
    const result = parseXlsx(bytes);
    expect(result.workbook !== undefined || result.diagnostics.length > 0).toBe(true);
  });

  const xmlish = fc.array(
    fc.oneof(
      fc.constantFrom('<row r="1">', "</row>", '<c r="A1" t="s">', '<c t="e">', '<c s="7">', "</c>"),
      fc.constantFrom("<v>", "</v>", "<f>", "</f>", "<is><t>", "</t></is>", "<si>", "</si>", "&amp;"),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 30 },
  );
  test.prop([xmlish, xmlish])("never throws on arbitrary sheet and shared-string XML", (sheet, strings) => {
    const bytes = workbookOf(sheet.join(""), {
      "xl/sharedStrings.xml": `<sst xmlns="${main}">${strings.join("")}</sst>`,
    });
    expect(parseXlsx(bytes).workbook?.sheets).toHaveLength(1);
  });

  test.prop([fc.uint8Array({ maxLength: 300 })])(
    "never throws on a ZIP signature followed by anything",
    (tail) => {
      const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
      expect(parseXlsx(bytes).diagnostics.length).toBeGreaterThan(0);
    },
  );

  test.prop([fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })])(
    "never throws on a real workbook with bytes changed",
    (changes) => {
      const bytes = new Uint8Array(fixture("openpyxl-sheets.xlsx"));
      for (const [position, value] of changes) bytes[position % bytes.length] = value;
      const result = parseXlsx(bytes);
      expect(result.workbook !== undefined || result.diagnostics.length > 0).toBe(true);
    },
  );
});
