/**
 * The shared-string table (sharedStrings.xml, ECMA-376 Part 1 §18.4): each `<si>` is one string,
 * plain `<t>` or rich-text runs `<r><t>` concatenated; phonetic guides (`<rPh>`) are not part of
 * the text.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import type { XmlEventHandler } from "../sdmx-ml/xml-event-reader.ts";
import { readXmlPart, unescapeXstring } from "./xlsx-part.ts";
import type { ZipArchive } from "./zip-archive.ts";

export function readSharedStrings(
  archive: ZipArchive,
  part: string | undefined,
  diagnostics: FormatDiagnostic[],
): string[] {
  if (part === undefined) return [];
  const strings: string[] = [];
  const text = stringItemText((item) => strings.push(item), "si");
  readXmlPart(archive, part, text, diagnostics);
  return strings;
}

/**
 * Collects the text of each `container` element (`si` in the table, `is` in an inline-string
 * cell), skipping phonetic runs, and hands it on when the element closes.
 */
export function stringItemText(onItem: (text: string) => void, container: string): XmlEventHandler {
  let parts: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  return {
    open(element) {
      if (element.local === container) parts = [];
      else if (element.local === "rPh") phonetic++;
      else if (element.local === "t" && phonetic === 0) inText = true;
    },
    close(element) {
      if (element.local === "t") inText = false;
      else if (element.local === "rPh") phonetic--;
      else if (element.local === container && parts !== undefined) {
        onItem(unescapeXstring(parts.join("")));
        parts = undefined;
      }
    },
    text(value) {
      if (inText) parts?.push(value);
    },
  };
}
