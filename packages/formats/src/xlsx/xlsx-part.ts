/**
 * One XML part of an OOXML package: inflated from the archive, decoded as UTF-8 and fed to the
 * namespace-aware event reader the SDMX-ML readers use; any failure becomes a diagnostic naming
 * the part (and, for XML errors, its line and column).
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import { type XmlEventHandler, XmlEventReader } from "../sdmx-ml/xml-event-reader.ts";
import { decodeUtf8 } from "../text-bytes.ts";
import { readZipEntry, type ZipArchive } from "./zip-archive.ts";

/** Parses part `name` with `handler`; false (with a diagnostic) when it is absent or unreadable. */
export function readXmlPart(
  archive: ZipArchive,
  name: string,
  handler: XmlEventHandler,
  diagnostics: FormatDiagnostic[],
): boolean {
  const entry = archive.entries.get(name);
  if (entry === undefined) {
    diagnostics.push({
      code: "xlsx/missing-part",
      severity: "error",
      message: `the package has no part ${name}`,
    });
    return false;
  }
  const read = readZipEntry(archive, entry);
  if ("diagnostic" in read) {
    diagnostics.push(read.diagnostic);
    return false;
  }
  const decoded = decodeUtf8(read.bytes, "xlsx/encoding");
  if ("diagnostic" in decoded) {
    diagnostics.push({ ...decoded.diagnostic, message: `${name}: ${decoded.diagnostic.message}` });
    return false;
  }
  const found: FormatDiagnostic[] = [];
  const reader = new XmlEventReader(handler, found);
  reader.push(decoded.text);
  reader.end();
  for (const diagnostic of found)
    diagnostics.push({
      code: diagnostic.code.replace(/^sdmx-ml\//, "xlsx/"),
      severity: diagnostic.severity,
      message: `${name}${diagnostic.row === undefined ? "" : `, line ${diagnostic.row}, column ${diagnostic.column ?? 1}`}: ${diagnostic.message}`,
    });
  return found.length === 0;
}

/** The attribute `local` of an element whatever its prefix (`r:id`), as OOXML writers vary. */
export function attributeOf(
  element: {
    attributes: Readonly<Record<string, string>>;
    qualifiedAttributes: readonly { local: string; value: string }[];
  },
  local: string,
): string | undefined {
  return (
    element.attributes[local] ??
    element.qualifiedAttributes.find((attribute) => attribute.local === local)?.value
  );
}

/** Decodes ECMA-376's `_xHHHH_` escapes (§22.9.2.19), which writers use for control characters. */
export function unescapeXstring(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}
