// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/** The lexical expression checks on hand-made expressions, offsets counted by hand. */
import { describe, expect, it } from "vitest";
import { checkExpression, findReferences } from "./check-expression.ts";

const where = { sheet: "survey", row: 7 };

describe("findReferences", () => {
  it("finds every ${…} with its offset, and a reference never closed", () => {
    expect(findReferences("${a} + ${bb}")).toEqual([
      { name: "a", offset: 0 },
      { name: "bb", offset: 7 },
    ]);
    expect(findReferences("concat('$', ${x")).toEqual([{ name: undefined, offset: 12 }]);
    expect(findReferences("$a + {b}")).toEqual([]);
  });
});

describe("checkExpression", () => {
  const names = new Set(["age", "household_size"]);

  it("accepts an expression whose references all name elements", () => {
    expect(checkExpression("${age} >= 18 and ${household_size} > 0", where, names)).toEqual([]);
  });

  it("reports an undefined reference with the nearest name, and typographic quotes by position", () => {
    const found = checkExpression("${household_sise} = “x”", where, names);
    expect(found.map((diagnostic) => [diagnostic.code, diagnostic.row, diagnostic.message])).toEqual([
      [
        "xlsform/undefined-reference",
        7,
        "${household_sise} refers to no question of this form; did you mean ${household_size}?",
      ],
      [
        "xlsform/typographic-quote",
        7,
        "the expression has typographic quotes (“ at character 21, ” at character 23); XPath strings need straight quotes ' or \"",
      ],
    ]);
  });

  it("suggests nothing for short names, which are all near each other", () => {
    expect(checkExpression("${ag} > 1", where, names)[0]?.message).toBe(
      "${ag} refers to no question of this form",
    );
  });

  it("reports the parser's first problem at its character, counted from 1", () => {
    // "${age} and" ends at offset 10, the 11th character.
    expect(checkExpression("${age} and", where, names).map((diagnostic) => diagnostic.message)).toEqual([
      "the expression does not parse: unexpected end of expression at character 11: expected a value",
    ]);
  });

  it("reads a bare name as a choice column only in a choice filter", () => {
    expect(checkExpression("region = ${age}", where, names, { choiceFilter: true })).toEqual([]);
    expect(checkExpression("region = ${age}", where, names).map((diagnostic) => diagnostic.code)).toEqual([
      "xlsform/expression-syntax",
    ]);
  });

  it("reports a typographic quote and a malformed reference once, not again from the parser", () => {
    expect(checkExpression("${age} = ‘x’", where, names).map((diagnostic) => diagnostic.code)).toEqual([
      "xlsform/typographic-quote",
    ]);
    expect(checkExpression("${ age} > 1", where, names).map((diagnostic) => diagnostic.code)).toEqual([
      "xlsform/malformed-reference",
    ]);
  });

  it("names an unsupported ODK function apart from syntax errors", () => {
    expect(checkExpression("once(${age})", where, names).map((diagnostic) => diagnostic.code)).toEqual([
      "xlsform/unsupported-function",
    ]);
  });
});
