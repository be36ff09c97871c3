/**
 * The JSON tree: the same values as `JSON.parse` (checked against it on fast-check's arbitrary
 * JSON), plus what `JSON.parse` loses — literal number text, repeated member names, places —
 * and located errors instead of exceptions.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type JsonNode, parseJsonTree } from "./json-tree.ts";

function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case "object":
      return Object.fromEntries(node.members.map((member) => [member.name, toPlain(member.value)]));
    case "array":
      return node.items.map(toPlain);
    case "number":
      return Number(node.text);
    case "null":
      return null;
    default:
      return node.value;
  }
}

function rootOf(text: string): JsonNode {
  const result = parseJsonTree(text);
  if (!("root" in result)) throw new Error(result.diagnostic.message);
  return result.root;
}

describe("parseJsonTree", () => {
  it("keeps each number's literal text", () => {
    const root = rootOf("[12345678901234567890, 1e-7, 7.40, -0, 1E+3]");
    expect(
      root.kind === "array" && root.items.map((item) => (item.kind === "number" ? item.text : "")),
    ).toEqual(["12345678901234567890", "1e-7", "7.40", "-0", "1E+3"]);
  });

  it("keeps repeated member names and says where they repeat", () => {
    const result = parseJsonTree('{"a": 1,\n "a": 2}');
    expect(
      "root" in result && result.root.kind === "object" && result.root.members.map((member) => member.name),
    ).toEqual(["a", "a"]);
    expect("root" in result && result.repeated).toEqual([
      { name: "a", place: { line: 2, column: 2 }, first: { line: 1, column: 2 } },
    ]);
  });

  it("gives each value its line and column", () => {
    const root = rootOf('{\n  "x": [true,\n    "é"]\n}');
    const x = root.kind === "object" ? root.members[0]?.value : undefined;
    expect(x?.kind === "array" && x.items.map((item) => [item.line, item.column])).toEqual([
      [2, 9],
      [3, 5],
    ]);
  });

  it.each([
    ['{"a": 1', 1, 8, 'expected "," or "}" after a member, found the end of the file'],
    ['{"a" 1}', 1, 6, 'expected ":" after the member name "a", found "1"'],
    ["[1, 2,]", 1, 7, 'expected a value, found "]"'],
    ["[01]", 1, 3, 'expected "," or "]" after an item, found "1"'],
    ['{"a": "b\n"}', 1, 9, "a control character (such as a line break) inside a string"],
    ["[1] x", 1, 5, 'unexpected "x" after the end of the JSON value'],
    ['"\\x"', 1, 2, "unknown escape \\x in a string"],
    ["NaN", 1, 1, 'expected a value, found "N"'],
  ])("reports %j at line %i, column %i", (text, row, column, message) => {
    expect(parseJsonTree(text)).toEqual({
      diagnostic: {
        code: "json/syntax",
        severity: "error",
        message: `the file is not valid JSON: ${message}`,
        row,
        column,
      },
    });
  });

  it("refuses nesting deeper than any message needs instead of exhausting the stack", () => {
    const result = parseJsonTree(`${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect("diagnostic" in result && result.diagnostic.message).toBe(
      "the file is not valid JSON: values are nested more than 200 deep",
    );
  });

  test.prop([fc.json()])("reads what JSON.parse reads", (text) => {
    expect(toPlain(rootOf(text))).toEqual(JSON.parse(text));
  });

  test.prop([fc.string({ maxLength: 200 })])(
    "reports arbitrary text as JSON.parse judges it, never throwing",
    (text) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      // JSON.parse skips a byte-order mark no more than other whitespace; ours skips one at the start.
      if (text.startsWith("\uFEFF")) return;
      expect("root" in parseJsonTree(text)).toBe(valid);
    },
  );
});
