/**
 * Streaming XML events for the SDMX-ML readers, on top of saxes (strict well-formedness,
 * namespaces): each element arrives with its resolved namespace, its attributes and the line and
 * column of its `<`; the first well-formedness error, a file cut off inside an element, or an
 * empty file becomes one located diagnostic and stops the events. Nothing is kept but the stack
 * of open elements, so memory does not grow with the document.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import type { FormatDiagnostic } from "../diagnostic.ts";

export interface XmlQualifiedAttribute {
  readonly uri: string;
  readonly local: string;
  readonly value: string;
}

export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** The name as written, prefix included. */
  readonly name: string;
  /** Attributes without a prefix, by name (their namespace is none, not the element's). */
  readonly attributes: Readonly<Record<string, string>>;
  /** Prefixed attributes (`xml:lang`, `ss:action`, `xsi:type`); namespace declarations left out. */
  readonly qualifiedAttributes: readonly XmlQualifiedAttribute[];
  /** 1-based line and column of the element's `<`. */
  readonly line: number;
  readonly column: number;
}

export interface XmlEventHandler {
  /** `depth` is 0 for the root element. */
  open(element: XmlElement, depth: number): void;
  close(element: XmlElement, depth: number): void;
  text(text: string): void;
}

/** The value of a prefixed attribute in namespace `uri`, e.g. `xml:lang`. */
export function qualifiedAttribute(element: XmlElement, uri: string, local: string): string | undefined {
  return element.qualifiedAttributes.find((attribute) => attribute.uri === uri && attribute.local === local)
    ?.value;
}

const xmlnsNamespace = "http://www.w3.org/2000/xmlns/";

function toElement(tag: SaxesTagNS, line: number, column: number): XmlElement {
  const attributes: Record<string, string> = Object.create(null);
  const qualifiedAttributes: XmlQualifiedAttribute[] = [];
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.uri === xmlnsNamespace) continue;
    if (attribute.prefix === "") attributes[attribute.local] = attribute.value;
    else qualifiedAttributes.push({ uri: attribute.uri, local: attribute.local, value: attribute.value });
  }
  return { uri: tag.uri, local: tag.local, name: tag.name, attributes, qualifiedAttributes, line, column };
}

export class XmlEventReader {
  readonly #parser = new SaxesParser({ xmlns: true, position: true });
  readonly #handler: XmlEventHandler;
  readonly #diagnostics: FormatDiagnostic[];
  readonly #open: XmlElement[] = [];
  #stopped = false;
  #sawRoot = false;
  #sawText = false;
  #started = false;
  // Where the next `<` would stand. saxes reports positions after what it consumed: after `>`
  // for tags, comments and declarations, after the `<` that ends a text. The start-tag event
  // itself comes after the character that ends the name, which may be a line break.
  #markLine = 1;
  #markColumn = 1;
  #pendingLine = 1;
  #pendingColumn = 1;

  constructor(handler: XmlEventHandler, diagnostics: FormatDiagnostic[]) {
    this.#handler = handler;
    this.#diagnostics = diagnostics;
    const parser = this.#parser;
    const afterMarkup = () => {
      this.#markLine = parser.line;
      this.#markColumn = parser.column + 1;
    };
    for (const event of ["xmldecl", "comment", "processinginstruction", "doctype", "cdata"] as const)
      parser.on(event, afterMarkup);
    parser.on("text", (text) => {
      this.#markLine = parser.line;
      this.#markColumn = parser.column;
      if (this.#stopped) return;
      if (text.trim() !== "") this.#sawText = true;
      this.#handler.text(text);
    });
    parser.on("opentagstart", () => {
      this.#pendingLine = this.#markLine;
      this.#pendingColumn = this.#markColumn;
    });
    parser.on("opentag", (tag) => {
      afterMarkup();
      if (this.#stopped) return;
      this.#sawRoot = true;
      const element = toElement(tag, this.#pendingLine, this.#pendingColumn);
      this.#open.push(element);
      this.#handler.open(element, this.#open.length - 1);
    });
    parser.on("closetag", () => {
      afterMarkup();
      if (this.#stopped) return;
      const element = this.#open.pop();
      if (element !== undefined) this.#handler.close(element, this.#open.length);
    });
    parser.on("error", (error) => {
      if (this.#stopped) return;
      const reason = error.message.replace(/^\d+:\d+: /, "");
      this.stop({
        code: "sdmx-ml/malformed-xml",
        severity: "error",
        message: `the XML is not well-formed: ${reason}`,
        row: parser.line,
        column: Math.max(1, parser.column),
      });
    });
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Stops the events (the rest of the input is not read), reporting why. */
  stop(diagnostic?: FormatDiagnostic): void {
    if (diagnostic !== undefined) this.#diagnostics.push(diagnostic);
    this.#stopped = true;
  }

  push(text: string): void {
    if (this.#stopped || text === "") return;
    if (!this.#started) {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.#parser.write(text);
  }

  end(): void {
    if (this.#stopped) return;
    const innermost = this.#open.at(-1);
    if (innermost !== undefined) {
      const enclosing = this.#open.length - 1;
      this.stop({
        code: "sdmx-ml/truncated",
        severity: "error",
        message: `the file ends inside <${innermost.name}> (opened on line ${innermost.line}, column ${innermost.column})${enclosing > 0 ? ` and ${enclosing} enclosing element${enclosing === 1 ? "" : "s"}` : ""}; it looks cut off`,
        row: this.#parser.line,
        column: this.#parser.column + 1,
      });
      return;
    }
    if (!this.#sawRoot) {
      this.stop({
        code: "sdmx-ml/empty",
        severity: "error",
        message: this.#sawText ? "the file holds no XML element" : "the file is empty",
      });
      return;
    }
    this.#parser.close();
    this.#stopped = true;
  }
}
