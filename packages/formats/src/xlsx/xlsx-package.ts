/**
 * The package structure of a workbook (ECMA-376 Part 2, Open Packaging Conventions): content
 * types, relationships and the workbook part they lead to.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import { attributeOf, readXmlPart } from "./xlsx-part.ts";
import type { ZipArchive } from "./zip-archive.ts";

export interface Relationship {
  readonly id: string;
  /** The last segment of the relationship type URI: `worksheet`, `sharedStrings`, `styles` … */
  readonly type: string;
  /** The target as a part name inside the archive (no leading slash). */
  readonly target: string;
  readonly external: boolean;
}

const spreadsheetMain =
  /^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml$/;

/** The workbook part's name, or a diagnostic saying what the package is instead. */
export function findWorkbookPart(archive: ZipArchive, diagnostics: FormatDiagnostic[]): string | undefined {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  const readTypes = readXmlPart(
    archive,
    "[Content_Types].xml",
    {
      open(element) {
        const type = element.attributes["ContentType"] ?? "";
        if (element.local === "Override")
          overrides.set((element.attributes["PartName"] ?? "").replace(/^\//, ""), type);
        if (element.local === "Default")
          defaults.set((element.attributes["Extension"] ?? "").toLowerCase(), type);
      },
      close() {},
      text() {},
    },
    diagnostics,
  );
  if (!readTypes) {
    const missing = diagnostics.at(-1);
    if (missing?.code === "xlsx/missing-part")
      diagnostics.splice(-1, 1, {
        code: "xlsx/not-ooxml",
        severity: "error",
        message: "the ZIP archive has no [Content_Types].xml, so it is not an Office Open XML workbook",
      });
    return undefined;
  }
  const office = relationshipsOf(archive, "", diagnostics).find(
    (relation) => relation.type === "officeDocument",
  );
  const part = office?.target ?? "xl/workbook.xml";
  const type = overrides.get(part) ?? defaults.get(part.split(".").pop()?.toLowerCase() ?? "") ?? "";
  if (spreadsheetMain.test(type)) return part;
  diagnostics.push({
    code: "xlsx/not-spreadsheet",
    severity: "error",
    message: /binary/i.test(type)
      ? "the workbook is in the binary .xlsb form; save it as .xlsx"
      : `the package's main part ${part} is ${type === "" ? "missing" : `of type ${type}`}, not an Excel workbook${/wordprocessingml/.test(type) ? " (it is a Word document)" : /presentationml/.test(type) ? " (it is a PowerPoint presentation)" : ""}`,
  });
  return undefined;
}

/** The relationships of `part` (`""` for the package's own), targets resolved to part names. */
export function relationshipsOf(
  archive: ZipArchive,
  part: string,
  diagnostics: FormatDiagnostic[],
): Relationship[] {
  const slash = part.lastIndexOf("/");
  const folder = slash === -1 ? "" : part.slice(0, slash + 1);
  const name = `${folder}_rels/${part.slice(slash + 1)}.rels`;
  if (!archive.entries.has(name)) return [];
  const relationships: Relationship[] = [];
  readXmlPart(
    archive,
    name,
    {
      open(element) {
        if (element.local !== "Relationship") return;
        const target = attributeOf(element, "Target") ?? "";
        const external = element.attributes["TargetMode"] === "External";
        relationships.push({
          id: element.attributes["Id"] ?? "",
          type: (element.attributes["Type"] ?? "").split("/").pop() ?? "",
          target: external ? target : resolvePartName(folder, target),
          external,
        });
      },
      close() {},
      text() {},
    },
    diagnostics,
  );
  return relationships;
}

/** `xl/` + `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`; `/xl/…` is absolute. */
function resolvePartName(folder: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : `${folder}${target}`).split("/");
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(segment);
  }
  return resolved.join("/");
}
