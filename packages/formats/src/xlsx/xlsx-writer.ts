/**
 * Writes a minimal Office Open XML workbook that Excel, LibreOffice and openpyxl open: one or
 * more worksheets of strings (in the shared-string table), numbers written as the exact decimal
 * text given (optionally shown through a date format, as Excel stores dates), booleans and
 * blanks; the first row bold, optionally frozen. The ZIP is deflated
 * with fflate and dated 1980-01-01, so the same input gives the same bytes.
 */
import { zipSync } from "fflate";
import { cellReference } from "./cell-reference.ts";

export type XlsxWriteCell =
  | string
  | boolean
  | null
  | undefined
  | {
      readonly number: string;
      /**
       * Show the number through the built-in date format 14 (`mm-dd-yy`), which is how Excel
       * stores a typed date: the serial day number, not text (readers see a date cell).
       */
      readonly dateFormat?: boolean;
    }
  | { readonly text: string };

export interface XlsxWriteSheet {
  /** 1–31 characters, none of `\ / ? * [ ] :`, unique in the workbook (case-insensitively). */
  readonly name: string;
  /** The first row is the header, written bold. */
  readonly rows: readonly (readonly XlsxWriteCell[])[];
  /** Keep the header row in view while scrolling. */
  readonly freezeHeader?: boolean;
}

const mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
const contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// An xsd:double lexical form, what a <v> of a number cell may hold.
const numberText = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The workbook's bytes; a `{ number }` cell whose text is no number, or a bad sheet name, throws. */
export function toXlsx(sheets: readonly XlsxWriteSheet[]): Uint8Array {
  checkSheetNames(sheets);
  const strings = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  const add = (name: string, xml: string) => {
    files[name] = encoder.encode(declaration + xml);
  };
  add("[Content_Types].xml", contentTypes(sheets.length));
  add(
    "_rels/.rels",
    `<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationshipNamespace}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add("xl/workbook.xml", workbook(sheets));
  add("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.length));
  add("xl/styles.xml", styles);
  sheets.forEach((sheet, index) => {
    add(`xl/worksheets/sheet${index + 1}.xml`, worksheet(sheet, strings));
  });
  const table = [...strings.keys()].map((text) => `<si>${textElement(text)}</si>`).join("");
  add(
    "xl/sharedStrings.xml",
    `<sst xmlns="${mainNamespace}" count="${strings.size}" uniqueCount="${strings.size}">${table}</sst>`,
  );
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(1980, 0, 1, 12)) });
}

function checkSheetNames(sheets: readonly XlsxWriteSheet[]): void {
  if (sheets.length === 0) throw new Error("a workbook needs at least one sheet");
  const seen = new Set<string>();
  for (const { name } of sheets) {
    if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name))
      throw new Error(`invalid sheet name: ${JSON.stringify(name)}`);
    if (seen.has(name.toLowerCase())) throw new Error(`duplicate sheet name: ${JSON.stringify(name)}`);
    seen.add(name.toLowerCase());
  }
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${contentType}.worksheet+xml"/>`,
  ).join("");
  return `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${contentType}.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="${contentType}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${contentType}.sharedStrings+xml"/></Types>`;
}

function workbook(sheets: readonly XlsxWriteSheet[]): string {
  const entries = sheets
    .map(
      (sheet, index) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
    )
    .join("");
  return `<workbook xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}"><bookViews><workbookView/></bookViews><sheets>${entries}</sheets></workbook>`;
}

function workbookRelationships(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${relationshipNamespace}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  ).join("");
  return `<Relationships xmlns="${packageRelationships}">${sheets}<Relationship Id="rId${sheetCount + 1}" Type="${relationshipNamespace}/styles" Target="styles.xml"/><Relationship Id="rId${sheetCount + 2}" Type="${relationshipNamespace}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

// Style 0 is the default; style 1 is bold, for the header row; style 2 shows numbers through the
// built-in date format 14 (ECMA-376 Part 1, §18.8.30). Excel requires the two fills.
const styles = `<styleSheet xmlns="${mainNamespace}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function worksheet(sheet: XlsxWriteSheet, strings: Map<string, number>): string {
  const frozen =
    sheet.freezeHeader === true
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
      : "";
  const rows = sheet.rows
    .map((cells, rowIndex) => {
      const style = rowIndex === 0 ? ' s="1"' : "";
      const written = cells
        .map((cell, columnIndex) =>
          cellXml(cell, cellReference(rowIndex + 1, columnIndex + 1), style, strings),
        )
        .join("");
      return `<row r="${rowIndex + 1}">${written}</row>`;
    })
    .join("");
  return `<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">${frozen}<sheetData>${rows}</sheetData></worksheet>`;
}

function cellXml(cell: XlsxWriteCell, ref: string, style: string, strings: Map<string, number>): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "boolean") return `<c r="${ref}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (typeof cell === "object" && "number" in cell) {
    if (!numberText.test(cell.number)) throw new Error(`not a number: ${JSON.stringify(cell.number)}`);
    return `<c r="${ref}"${cell.dateFormat === true ? ' s="2"' : style}><v>${cell.number}</v></c>`;
  }
  const text = typeof cell === "string" ? cell : cell.text;
  let index = strings.get(text);
  if (index === undefined) {
    index = strings.size;
    strings.set(text, index);
  }
  return `<c r="${ref}"${style} t="s"><v>${index}</v></c>`;
}

/** A `<t>`, keeping edge spaces and escaping what XML 1.0 cannot hold (and `\r`, which it folds). */
function textElement(text: string): string {
  const escaped = escapeXml(text)
    // A literal `_xHHHH_` would read back as an escape: its underscore is escaped itself.
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    // Everything but tab, line feed and the characters XML 1.0 allows (\r included: XML folds it).
    .replace(
      /[^\t\n\u0020-\ud7ff\ud800-\udfff\ue000-\ufffd]/g,
      (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${space}>${escaped}</t>`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) =>
    character === "&" ? "&amp;" : character === "<" ? "&lt;" : character === ">" ? "&gt;" : "&quot;",
  );
}
