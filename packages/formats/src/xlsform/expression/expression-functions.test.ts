// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} inside ordinary strings.
/**
 * Every supported function, one table. Each expected value is hand-computed from the function's
 * row in the ODK XForms specification's "XPath Functions" table (getodk.github.io/xforms-spec),
 * or from XPath 1.0 §4 where ODK says "As in XPath 1.0"; the section is named per group.
 */
import { describe, expect, it } from "vitest";
import { supportedFunctions } from "./expression-functions.ts";
import { evaluateText, type TestAnswers } from "./test-expression-context.ts";

const form: TestAnswers = {
  answers: {
    q: "a c d",
    spaced: "  a \t c ",
    name: "Ana",
    empty: "",
    rep: ["1", "2", "3"],
    amounts: ["10", "", "5"],
    none: [],
    words: ["x", "y"],
    dob: "2000-02-29",
    persian: "سلام",
    emoji: "😀x",
  },
  current: "42",
  position: 3,
  now: "2024-05-06T23:30:00.000+05:00",
};

type Row = readonly [expression: string, expected: string | number | boolean];

const rows: Readonly<Record<string, readonly Row[]>> = {
  // ODK "String Functions"; XPath 1.0 §4.2.
  string: [
    ["string(12.50)", "12.5"],
    ["string(1 div 0)", "Infinity"],
    ["string(0 div 0)", "NaN"],
    ["string(1 = 1)", "true"],
    ["string(${rep})", "1"],
    ["string(${none})", ""],
    ["string()", "42"],
  ],
  concat: [
    ["concat('a', 1, true())", "a1true"],
    ["concat(${name})", "Ana"],
    ["concat('n:', ${rep})", "n:123"],
    ["concat(${empty}, 'x')", "x"],
  ],
  join: [
    ["join(', ', ${rep})", "1, 2, 3"],
    ["join('-', 'a', ${words}, 'b')", "a-x-y-b"],
    ["join(',')", ""],
  ],
  substr: [
    ["substr('abcdef', 1, 3)", "bc"],
    ["substr('abcdef', 2)", "cdef"],
    ["substr('abcdef', -2)", "ef"],
    ["substr('abcdef', 4, 2)", ""],
    ["substr(${emoji}, 1)", "x"],
  ],
  "substring-before": [
    ["substring-before('1999/04/01', '/')", "1999"],
    ["substring-before('abc', 'z')", ""],
  ],
  "substring-after": [
    ["substring-after('1999/04/01', '/')", "04/01"],
    ["substring-after('abc', '')", "abc"],
  ],
  // XPath 1.0 §4.2's own example: translate("--aaa--","abc-","ABC") returns "AAA".
  translate: [
    ["translate('bar', 'abc', 'ABC')", "BAr"],
    ["translate('--aaa--', 'abc-', 'ABC')", "AAA"],
  ],
  "string-length": [
    ["string-length(${name})", 3],
    ["string-length(${empty})", 0],
    ["string-length(${persian})", 4],
    ["string-length(${emoji})", 2],
  ],
  "normalize-space": [
    ["normalize-space('  a \t b  ')", "a b"],
    ["normalize-space()", "42"],
  ],
  contains: [
    ["contains(${name}, 'n')", true],
    ["contains(${name}, 'N')", false],
    ["contains(${name}, '')", true],
  ],
  "starts-with": [
    ["starts-with(${name}, 'An')", true],
    ["starts-with(${name}, 'na')", false],
  ],
  "ends-with": [
    ["ends-with(${name}, 'na')", true],
    ["ends-with(${name}, 'An')", false],
  ],
  // ODK "Boolean Functions".
  if: [
    ["if(${empty} = '', 'none', 'some')", "none"],
    ["if(1, 2, 3)", 2],
    // The branch's own value: false, not the (true) string "false".
    ["if(true(), 1 > 2, true())", false],
    ["if(${rep}, 'has', 'no')", "has"],
  ],
  coalesce: [
    ["coalesce(${empty}, ${name})", "Ana"],
    ["coalesce(${name}, 'x')", "Ana"],
    ["coalesce(${empty}, ${empty})", ""],
    ["coalesce(${none}, 7)", "7"],
  ],
  true: [["true()", true]],
  false: [["false()", false]],
  // XPath 1.0 §4.3; ODK notes boolean('false') is true.
  boolean: [
    ["boolean('')", false],
    ["boolean('false')", true],
    ["boolean(0)", false],
    ["boolean(0 div 0)", false],
    ["boolean(-0.1)", true],
    ["boolean(${none})", false],
    ["boolean(${rep})", true],
  ],
  "boolean-from-string": [
    ["boolean-from-string('true')", true],
    ["boolean-from-string('TRUE')", true],
    ["boolean-from-string('1')", true],
    ["boolean-from-string('false')", false],
    ["boolean-from-string('yes')", false],
  ],
  not: [
    ["not(${empty})", true],
    ["not(selected(${q}, 'a'))", false],
  ],
  regex: [
    // ODK: "'[0-9]+' becomes /[0-9]+/": a search, not a whole-string match.
    ["regex('ab12', '[0-9]+')", true],
    ["regex('ab', '[0-9]+')", false],
    ["regex('ab12', '^[0-9]+$')", false],
    ["regex(${empty}, '^$')", true],
  ],
  // ODK "Number Functions"; XPath 1.0 §4.4.
  number: [
    ["number(' 12 ')", 12],
    ["number('1,5')", Number.NaN],
    ["number(${empty})", Number.NaN],
    ["number(true())", 1],
    ["number(${dob})", 11016],
    ["number()", 42],
  ],
  int: [
    ["int(3.9)", 3],
    ["int(-3.9)", -3],
    ["int('7.5')", 7],
    ["int(${empty})", Number.NaN],
  ],
  round: [
    ["round(2.5)", 3],
    ["round(-2.5)", -2],
    ["round(3.14159, 2)", 3.14],
    ["round(1250, -2)", 1300],
    ["round(${empty}, 1)", Number.NaN],
  ],
  // XPath 1.0 §4.4 sum: each member converted to a number, so an empty member makes NaN.
  sum: [
    ["sum(${rep})", 6],
    ["sum(${none})", 0],
    ["sum(${amounts})", Number.NaN],
    ["sum(${name})", Number.NaN],
    ["sum(.)", 42],
  ],
  abs: [
    ["abs(-2.5)", 2.5],
    ["abs(${empty})", Number.NaN],
  ],
  pow: [
    ["pow(2, 10)", 1024],
    ["pow(1.5, 2)", 2.25],
    ["pow(2, -2)", 0.25],
    ["pow(9, 0.5)", 3],
    ["pow(4, 1.5)", 8],
    // 0.25 · √0.5, correctly rounded; Node 20's `**` gives 0.17677669529663687, a bit lower.
    ["pow(0.5, 2.5)", 0.1767766952966369],
    ["pow(2, -0.5)", 1 / Math.SQRT2],
    ["pow(-8, 0.5)", Number.NaN],
    ["pow(0, -0.5)", Number.POSITIVE_INFINITY],
    ["pow(${empty}, 0)", 1],
  ],
  max: [
    ["max(${rep})", 3],
    ["max(1, 7, ${rep})", 7],
    ["max(${none})", Number.NaN],
    ["max(${amounts})", Number.NaN],
  ],
  min: [
    ["min(${rep}, 0.5)", 0.5],
    ["min('2024-01-02', '2024-01-01')", 19723],
  ],
  // ODK "Node-set Functions": count() is the number of repeat instances.
  count: [
    ["count(${rep})", 3],
    ["count(${none})", 0],
    ["count(${name})", 1],
  ],
  "count-non-empty": [
    ["count-non-empty(${amounts})", 2],
    ["count-non-empty(${empty})", 0],
  ],
  position: [["position(..)", 3]],
  // ODK "Select Functions": answers are space-separated choice names.
  selected: [
    ["selected(${q}, 'c')", true],
    ["selected(${q}, 'b')", false],
    ["selected(${q}, ' d ')", true],
    ["selected(${q}, '')", false],
    ["selected(${spaced}, 'c')", true],
    ["selected(${empty}, 'a')", false],
  ],
  "selected-at": [
    ["selected-at(${q}, 0)", "a"],
    ["selected-at(${q}, 2)", "d"],
    ["selected-at(${q}, 3)", ""],
    ["selected-at(${q}, -1)", ""],
    ["selected-at(${q}, 1.9)", "c"],
  ],
  "count-selected": [
    ["count-selected(${q})", 3],
    ["count-selected(${spaced})", 2],
    ["count-selected(${empty})", 0],
  ],
  // ODK "Date and Time Functions": the clock is the context's, with the user's offset.
  today: [
    ["today()", "2024-05-06"],
    ["today() - ${dob}", 8833],
    ["int((today() - ${dob}) div 365.25)", 24],
  ],
  now: [
    ["now()", "2024-05-06T23:30:00.000+05:00"],
    // 23:30 at +05:00 is 18:30 UTC: 19849 days + 18.5 / 24.
    ["number(now())", 19849 + 18.5 / 24],
  ],
};

describe("supported functions", () => {
  it("has a table row for every supported function", () => {
    expect(Object.keys(rows).sort()).toEqual(Object.keys(supportedFunctions).sort());
  });

  for (const [name, functionRows] of Object.entries(rows)) {
    it.each(functionRows)(`${name}: %s is %j`, (expression, expected) => {
      expect(evaluateText(expression, form)).toBe(expected);
    });
  }
});
