/**
 * Values to JSON text, like `JSON.stringify` with two-space indentation, except that a
 * `JsonLiteral` is written as its own text: a decimal goes out with the digits it came with
 * (`7.40`, `12345678901234567890`), never through a float. Arrays of plain values stay on
 * one line, so a message with many observations stays readable.
 */

/** A number written exactly as given; the text must already be a JSON number. */
export class JsonLiteral {
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }
}

function isPlain(value: unknown): boolean {
  return value === null || value instanceof JsonLiteral || typeof value !== "object";
}

export function toJsonText(value: unknown, indent = ""): string {
  if (value instanceof JsonLiteral) return value.text;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every(isPlain)) return `[${value.map((item) => toJsonText(item)).join(", ")}]`;
    return `[\n${value.map((item) => `${inner}${toJsonText(item, inner)}`).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([name, item]) => `${inner}${JSON.stringify(name)}: ${toJsonText(item, inner)}`).join(",\n")}\n${indent}}`;
}
