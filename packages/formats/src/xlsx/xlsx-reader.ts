/**
 * Reads an Office Open XML workbook (.xlsx, .xlsm; ECMA-376): its sheets in workbook order with
 * their names and visibility, and every cell typed — strings (shared, inline, rich text joined),
 * numbers as their exact literal, booleans, error cells, formulas with their cached result, and
 * dates told from numbers by the cell's number format in the 1900 or 1904 date system. Legacy
 * `.xls` files, other files, damaged or cut-off archives and oversized inflation are refused
 * with a diagnostic; nothing throws on bad bytes.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { XlsxRow } from "./xlsx-cell.ts";
import { findWorkbookPart, type Relationship, relationshipsOf } from "./xlsx-package.ts";
import { attributeOf, readXmlPart } from "./xlsx-part.ts";
import { readSharedStrings } from "./xlsx-shared-strings.ts";
import { sheetHandler } from "./xlsx-sheet-reader.ts";
import { readCellFormats } from "./xlsx-styles.ts";
import { openZipArchive } from "./zip-archive.ts";

export type XlsxSheetState = "visible" | "hidden" | "veryHidden";

export interface XlsxSheet {
  readonly name: string;
  readonly state: XlsxSheetState;
  /** `worksheet` has cells; a chart sheet or dialog sheet has none. */
  readonly kind: "worksheet" | "chartsheet" | "other";
  /** Rows that hold at least one cell, in sheet order. */
  readonly rows: readonly XlsxRow[];
}

export interface XlsxWorkbook {
  /** In the order the workbook lists them (the tab order). */
  readonly sheets: readonly XlsxSheet[];
  /** True when serial dates count from 1 January 1904 (old Mac Excel), not 1900. */
  readonly date1904: boolean;
}

export interface XlsxResult {
  /** Undefined when the file could not be read as a workbook at all (see `diagnostics`). */
  readonly workbook: XlsxWorkbook | undefined;
  readonly diagnostics: FormatDiagnostic[];
}

export interface XlsxReadOptions {
  /** Cap on the bytes all parts may inflate to, the zip-bomb guard; 256 MiB by default. */
  readonly maxUncompressedBytes?: number;
  /** Which worksheets to read (all by default); the others are listed with no rows. */
  readonly sheets?: (name: string) => boolean;
  /**
   * Receives each row as it is read instead of keeping it in `rows` (which stay empty), so a
   * caller that turns rows into smaller records holds only those.
   */
  readonly onRow?: (sheet: string, row: XlsxRow) => void;
}

export const defaultMaxUncompressedBytes = 256 * 1024 * 1024;

export function parseXlsx(bytes: Uint8Array, options: XlsxReadOptions = {}): XlsxResult {
  const diagnostics: FormatDiagnostic[] = [];
  const refused = checkSignature(bytes);
  if (refused !== undefined) return { workbook: undefined, diagnostics: [refused] };
  const opened = openZipArchive(bytes, options.maxUncompressedBytes ?? defaultMaxUncompressedBytes);
  if ("diagnostic" in opened) return { workbook: undefined, diagnostics: [opened.diagnostic] };
  const { archive } = opened;
  const workbookPart = findWorkbookPart(archive, diagnostics);
  if (workbookPart === undefined) return { workbook: undefined, diagnostics };
  const listed: { name: string; state: XlsxSheetState; relationship: string }[] = [];
  let date1904 = false;
  const readWorkbook = readXmlPart(
    archive,
    workbookPart,
    {
      open(element) {
        if (element.local === "workbookPr")
          date1904 = ["1", "true"].includes(element.attributes["date1904"] ?? "");
        if (element.local === "sheet") {
          const state = element.attributes["state"];
          listed.push({
            name: element.attributes["name"] ?? "",
            state: state === "hidden" || state === "veryHidden" ? state : "visible",
            relationship: attributeOf(element, "id") ?? "",
          });
        }
      },
      close() {},
      text() {},
    },
    diagnostics,
  );
  if (!readWorkbook) return { workbook: undefined, diagnostics };
  const relationships = relationshipsOf(archive, workbookPart, diagnostics);
  const target = (type: string) => relationships.find((relation) => relation.type === type)?.target;
  const sharedStrings = readSharedStrings(archive, target("sharedStrings"), diagnostics);
  const formats = readCellFormats(archive, target("styles"), diagnostics);
  const byId = new Map<string, Relationship>(relationships.map((relation) => [relation.id, relation]));
  const sheets = listed.map(({ name, state, relationship }): XlsxSheet => {
    const relation = byId.get(relationship);
    if (relation?.type !== "worksheet") {
      if (relation === undefined)
        diagnostics.push({
          code: "xlsx/missing-part",
          severity: "error",
          message: `sheet ${JSON.stringify(name)} points to relationship ${JSON.stringify(relationship)}, which the workbook does not have`,
          sheet: name,
        });
      return { name, state, kind: relation?.type === "chartsheet" ? "chartsheet" : "other", rows: [] };
    }
    const rows: XlsxRow[] = [];
    if (options.sheets?.(name) === false) return { name, state, kind: "worksheet", rows };
    const { onRow } = options;
    readXmlPart(
      archive,
      relation.target,
      sheetHandler(
        { sheet: name, sharedStrings, formats, date1904, diagnostics },
        onRow === undefined ? (row) => rows.push(row) : (row) => onRow(name, row),
      ),
      diagnostics,
    );
    return { name, state, kind: "worksheet", rows };
  });
  return { workbook: { sheets, date1904 }, diagnostics };
}

/** Collects a stream of byte chunks (a ZIP is read from its end, so it cannot be parsed as it comes). */
export async function readXlsxStream(
  chunks: AsyncIterable<Uint8Array>,
  options: XlsxReadOptions = {},
): Promise<XlsxResult> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return parseXlsx(bytes, options);
}

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What binary container the bytes start with: `zip` (an .xlsx, or any ZIP), `ole` (an OLE
 * compound file: a legacy .xls or an encrypted workbook), or undefined (text, or anything else).
 */
export function binaryContainerOf(bytes: Uint8Array): "zip" | "ole" | undefined {
  if (oleSignature.every((byte, index) => bytes[index] === byte)) return "ole";
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  )
    return "zip";
  return undefined;
}

/** Refuses, before any parsing, what is plainly no ZIP: a legacy .xls, text, an empty file. */
function checkSignature(bytes: Uint8Array): FormatDiagnostic | undefined {
  const container = binaryContainerOf(bytes);
  if (container === "ole")
    return {
      code: "xlsx/xls-file",
      severity: "error",
      message:
        "this is an OLE compound file: a legacy Excel 97–2003 .xls workbook (or a password-protected one); open it in Excel or LibreOffice and save it as .xlsx",
    };
  if (container === "zip") return undefined;
  const first = [...bytes.subarray(0, 4)].map((byte) => byte.toString(16).padStart(2, "0").toUpperCase());
  return {
    code: "xlsx/not-zip",
    severity: "error",
    message:
      bytes.length === 0
        ? "the file is empty, not an .xlsx workbook"
        : `not an .xlsx workbook: it does not start with the ZIP signature 50 4B 03 04 (it starts ${first.join(" ")})`,
  };
}
