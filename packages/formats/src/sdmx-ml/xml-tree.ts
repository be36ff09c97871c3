/**
 * A small element tree built from the streaming events, for structure messages: a DSD with its
 * codelists is a few megabytes at most and is read by following references back and forth,
 * which a tree makes plain. Data messages never use it (they can be any size).
 */
import type { FormatDiagnostic } from "../diagnostic.ts";
import { type XmlElement, XmlEventReader } from "./xml-event-reader.ts";

export interface XmlNode extends XmlElement {
  readonly children: XmlNode[];
  /** The element's own text (its children's text left out), untrimmed. */
  text: string;
}

/** The first child named `local` (any namespace), or undefined. */
export function childNamed(node: XmlNode | undefined, local: string): XmlNode | undefined {
  return node?.children.find((child) => child.local === local);
}

/** All children named `local` (any namespace). */
export function childrenNamed(node: XmlNode | undefined, local: string): XmlNode[] {
  return node === undefined ? [] : node.children.filter((child) => child.local === local);
}

/** The descendant at the path of local names, e.g. `["LocalRepresentation", "Enumeration", "Ref"]`. */
export function descendant(node: XmlNode | undefined, path: readonly string[]): XmlNode | undefined {
  let current = node;
  for (const local of path) current = childNamed(current, local);
  return current;
}

/**
 * Builds the tree of `text`. XML that is not well-formed or cut off gives the tree read up to the
 * error (and the error); a root `acceptRoot` refuses gives undefined, the rest left unread.
 */
export function buildXmlTree(
  text: string,
  diagnostics: FormatDiagnostic[],
  acceptRoot: (root: XmlElement) => FormatDiagnostic | undefined,
): XmlNode | undefined {
  const open: XmlNode[] = [];
  let root: XmlNode | undefined;
  const reader: XmlEventReader = new XmlEventReader(
    {
      open(element, depth) {
        if (depth === 0) {
          const refusal = acceptRoot(element);
          if (refusal !== undefined) {
            reader.stop(refusal);
            return;
          }
        }
        const node: XmlNode = { ...element, children: [], text: "" };
        open.at(-1)?.children.push(node);
        open.push(node);
        root ??= node;
      },
      close() {
        open.pop();
      },
      text(text) {
        const node = open.at(-1);
        if (node !== undefined) node.text += text;
      },
    },
    diagnostics,
  );
  reader.push(text);
  reader.end();
  return root;
}
