/**
 * The number formats of a workbook's cell styles (styles.xml, ECMA-376 Part 1 §18.8): what a
 * cell's `s` index says about how its number is shown, which tells dates from numbers.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import { builtInDateFormat, isDateFormatCode } from "./spreadsheet-date.ts";
import { readXmlPart } from "./xlsx-part.ts";
import type { ZipArchive } from "./zip-archive.ts";

export interface CellFormat {
  /** The format code (custom, or the built-in date format's), when there is one. */
  readonly code: string | undefined;
  readonly isDate: boolean;
}

export type CellFormats = (styleIndex: number) => CellFormat;

const general: CellFormat = { code: undefined, isDate: false };

/** Cell formats by style index; every index is General when the workbook has no styles part. */
export function readCellFormats(
  archive: ZipArchive,
  part: string | undefined,
  diagnostics: FormatDiagnostic[],
): CellFormats {
  if (part === undefined) return () => general;
  const custom = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  readXmlPart(
    archive,
    part,
    {
      open(element, depth) {
        if (element.local === "numFmt")
          custom.set(Number(element.attributes["numFmtId"]), element.attributes["formatCode"] ?? "");
        // cellStyleXfs holds xf elements too; only cellXfs is what a cell's `s` indexes.
        if (depth === 1) inCellXfs = element.local === "cellXfs";
        if (inCellXfs && depth === 2 && element.local === "xf")
          styleFormats.push(Number(element.attributes["numFmtId"] ?? "0"));
      },
      close() {},
      text() {},
    },
    diagnostics,
  );
  const formats = styleFormats.map((id): CellFormat => {
    const code = custom.get(id) ?? builtInDateFormat(id);
    const isDate = custom.has(id) ? isDateFormatCode(code ?? "") : builtInDateFormat(id) !== undefined;
    return { code, isDate };
  });
  return (styleIndex) => formats[styleIndex] ?? general;
}
