/**
 * JSON text to a tree that keeps what `JSON.parse` throws away: each number's literal text
 * (`1.50`, `12345678901234567890`, `1e-7` stay as written, so a decimal never passes through a
 * float), every member of an object in order even when a name repeats (ILOSTAT's SDMX-JSON
 * repeats series keys; `JSON.parse` would keep only the last), and the line and column of
 * each value, for diagnostics. Bad JSON never throws: the first syntax error is returned with
 * its place, as the other readers report theirs.
 */
import type { FormatDiagnostic } from "../diagnostic.ts";

export interface JsonPlace {
  /** 1-based line and column of the value's first character. */
  readonly line: number;
  readonly column: number;
}

/** A JSON value without its place; a number keeps its literal `text`. */
export type JsonValue =
  | { readonly kind: "object"; readonly members: readonly JsonMember[] }
  | { readonly kind: "array"; readonly items: readonly JsonNode[] }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "null" };

export type JsonNode = JsonPlace & JsonValue;

export interface JsonMember {
  readonly name: string;
  readonly value: JsonNode;
  readonly place: JsonPlace;
}

/** A member name that an object repeats, where, and where it first appeared. */
export interface JsonRepeatedMember {
  readonly name: string;
  readonly place: JsonPlace;
  readonly first: JsonPlace;
}

export type JsonTreeResult =
  | { readonly root: JsonNode; readonly repeated: readonly JsonRepeatedMember[] }
  | { readonly diagnostic: FormatDiagnostic };

/** Deeper nesting than any SDMX message needs; a guard against stack exhaustion on hostile input. */
const maxDepth = 200;

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapes: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

class JsonSyntaxError extends Error {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

/** Parses a whole JSON text (a leading byte-order mark is skipped); `code` names the diagnostic. */
export function parseJsonTree(text: string, code = "json/syntax"): JsonTreeResult {
  const parser = new JsonTreeParser(text);
  try {
    const root = parser.document();
    return { root, repeated: parser.repeated };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const place = parser.placeOf(error.offset);
    return {
      diagnostic: {
        code,
        severity: "error",
        message: `the file is not valid JSON: ${error.message}`,
        row: place.line,
        column: place.column,
      },
    };
  }
}

/** A short, printable view of the character at a place, for messages. */
function describeCharacter(character: string | undefined): string {
  return character === undefined ? "the end of the file" : JSON.stringify(character);
}

class JsonTreeParser {
  readonly repeated: JsonRepeatedMember[] = [];
  readonly #text: string;
  #offset = 0;
  /** The current line and the offset where it starts, advanced as whitespace passes newlines. */
  #line = 1;
  #lineStart = 0;

  constructor(text: string) {
    this.#text = text;
    if (text.charCodeAt(0) === 0xfeff) this.#offset = 1;
  }

  document(): JsonNode {
    const root = this.#value(0);
    this.#skipSpace();
    if (this.#offset < this.#text.length)
      throw new JsonSyntaxError(
        `unexpected ${describeCharacter(this.#text[this.#offset])} after the end of the JSON value`,
        this.#offset,
      );
    return root;
  }

  /** The place of an offset on the current line (JSON has line breaks only between tokens). */
  placeOf(offset: number): JsonPlace {
    return { line: this.#line, column: Math.max(0, offset - this.#lineStart) + 1 };
  }

  #skipSpace(): void {
    const text = this.#text;
    while (this.#offset < text.length) {
      const code = text.charCodeAt(this.#offset);
      if (code === 0x0a) {
        this.#line++;
        this.#lineStart = this.#offset + 1;
      } else if (code !== 0x20 && code !== 0x0d && code !== 0x09) break;
      this.#offset++;
    }
  }

  #value(depth: number): JsonNode {
    this.#skipSpace();
    if (depth > maxDepth)
      throw new JsonSyntaxError(`values are nested more than ${maxDepth} deep`, this.#offset);
    const start = this.#offset;
    const line = this.#line;
    const column = start - this.#lineStart + 1;
    const character = this.#text[start];
    if (character === "{") return { line, column, kind: "object", members: this.#members(depth) };
    if (character === "[") return { line, column, kind: "array", items: this.#items(depth) };
    if (character === '"') return { line, column, kind: "string", value: this.#string() };
    if (character === "t" || character === "f" || character === "n")
      for (const [word, node] of literals)
        if (this.#text.startsWith(word, start)) {
          this.#offset += word.length;
          return { line, column, ...node };
        }
    numberPattern.lastIndex = start;
    const number = numberPattern.exec(this.#text);
    if (number !== null) {
      this.#offset += number[0].length;
      return { line, column, kind: "number", text: number[0] };
    }
    throw new JsonSyntaxError(`expected a value, found ${describeCharacter(character)}`, start);
  }

  #members(depth: number): JsonMember[] {
    const members: JsonMember[] = [];
    const seen = new Map<string, JsonPlace>();
    this.#offset++;
    this.#skipSpace();
    if (this.#text[this.#offset] === "}") {
      this.#offset++;
      return members;
    }
    for (;;) {
      this.#skipSpace();
      if (this.#text[this.#offset] !== '"')
        throw new JsonSyntaxError(
          `expected a member name in double quotes, found ${describeCharacter(this.#text[this.#offset])}`,
          this.#offset,
        );
      const place = this.placeOf(this.#offset);
      const name = this.#string();
      this.#skipSpace();
      if (this.#text[this.#offset] !== ":")
        throw new JsonSyntaxError(
          `expected ":" after the member name ${JSON.stringify(name)}, found ${describeCharacter(this.#text[this.#offset])}`,
          this.#offset,
        );
      this.#offset++;
      const first = seen.get(name);
      if (first === undefined) seen.set(name, place);
      else this.repeated.push({ name, place, first });
      members.push({ name, value: this.#value(depth + 1), place });
      if (this.#close("}", "a member")) return members;
    }
  }

  #items(depth: number): JsonNode[] {
    const items: JsonNode[] = [];
    this.#offset++;
    this.#skipSpace();
    if (this.#text[this.#offset] === "]") {
      this.#offset++;
      return items;
    }
    for (;;) {
      items.push(this.#value(depth + 1));
      if (this.#close("]", "an item")) return items;
    }
  }

  /** After a member or item: true at the closing bracket, false at a comma; anything else is an error. */
  #close(bracket: "}" | "]", what: string): boolean {
    this.#skipSpace();
    const character = this.#text[this.#offset];
    this.#offset++;
    if (character === bracket) return true;
    if (character === ",") return false;
    throw new JsonSyntaxError(
      `expected "," or "${bracket}" after ${what}, found ${describeCharacter(character)}`,
      this.#offset - 1,
    );
  }

  #string(): string {
    const text = this.#text;
    const start = this.#offset;
    let offset = start + 1;
    let value = "";
    let runStart = offset;
    for (;;) {
      const code = text.charCodeAt(offset);
      if (Number.isNaN(code)) throw new JsonSyntaxError("the string is not closed", start);
      if (code === 0x22) break;
      if (code < 0x20)
        throw new JsonSyntaxError("a control character (such as a line break) inside a string", offset);
      if (code !== 0x5c) {
        offset++;
        continue;
      }
      value += text.slice(runStart, offset);
      const escaped = text[offset + 1];
      if (escaped === "u") {
        const hex = text.slice(offset + 2, offset + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
          throw new JsonSyntaxError("\\u must be followed by four hexadecimal digits", offset);
        value += String.fromCharCode(Number.parseInt(hex, 16));
        offset += 6;
      } else {
        const replacement = escaped === undefined ? undefined : escapes[escaped];
        if (replacement === undefined)
          throw new JsonSyntaxError(`unknown escape \\${escaped ?? ""} in a string`, offset);
        value += replacement;
        offset += 2;
      }
      runStart = offset;
    }
    value += text.slice(runStart, offset);
    this.#offset = offset + 1;
    return value;
  }
}

const literals: readonly (readonly [string, JsonValue])[] = [
  ["true", { kind: "boolean", value: true }],
  ["false", { kind: "boolean", value: false }],
  ["null", { kind: "null" }],
];

/** The members of an object by name (the first of a repeated name); empty for any other node. */
export function memberOf(node: JsonNode | undefined, name: string): JsonNode | undefined {
  if (node?.kind !== "object") return undefined;
  return node.members.find((member) => member.name === name)?.value;
}

/** The items of an array node; empty for any other node (absent and `null` mean the same in SDMX-JSON). */
export function itemsOf(node: JsonNode | undefined): readonly JsonNode[] {
  return node?.kind === "array" ? node.items : [];
}

/** A string member's text, or undefined. */
export function stringOf(node: JsonNode | undefined): string | undefined {
  return node?.kind === "string" ? node.value : undefined;
}
