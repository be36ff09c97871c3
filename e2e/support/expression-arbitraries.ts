// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm references are written ${name}.
/**
 * Random expressions and answers for expression-agreement.test.ts: texts from a grammar over the
 * supported functions and operators (so the parser runs too, and a slip now and then gives a
 * problem to compare), and answers chosen where engines could part: number-like and date-like
 * text, non-ASCII letters whose case or length depends on the engine, white space, emoji.
 */
import {
  type FormAnswers,
  type FunctionName,
  supportedFunctions,
  type XlsForm,
  type XlsFormElement,
} from "@circular-atlas/formats";
import fc from "fast-check";
import type { ExpressionCase } from "./evaluation-outcomes.ts";

/** Texts an answer or literal may hold. */
const tricky = [
  "",
  " ",
  "0",
  "-0",
  "1",
  "12",
  "007",
  "1.5",
  ".5",
  "5.",
  "-2.5",
  "2.675",
  "1.005",
  "0.1",
  "1e3",
  "1,5",
  "+1",
  " 7 ",
  "\t3\n",
  "NaN",
  "Infinity",
  "9007199254740993",
  "123456789012345678901234567890",
  "abc",
  "ABC",
  "İstanbul",
  "ışık",
  "straße",
  "ΣΑΣ",
  "Ǆ",
  "😀x",
  "𝒳𝒴",
  "👨‍👩‍👧",
  "🇮🇷",
  "e\u0301",
  "۱۲۳",
  "٣",
  "a b  c",
  "\u00a0x\u00a0",
  "true",
  "TRUE",
  "True",
  "false",
  "yes",
  "2024-02-29",
  "2023-02-29",
  "1969-12-31",
  "1900-01-01",
  "2024-05-06T09:30:00+05:00",
  "2024-05-06T23:59:59.999-03:30",
  "2024-05-06T00:00:00Z",
  "2024-05-06T12:00:00",
  "12:30:00",
  "owner user",
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...tricky) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
);
const number = fc.oneof(
  fc.constantFrom(
    "0",
    "1",
    "2",
    "3",
    "10",
    "0.5",
    ".25",
    "2.5",
    "1000000",
    "0.000001",
    "100000000000000000000",
  ),
  fc.nat({ max: 500 }).map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((value) => value.toFixed(3)),
);
const patterns = fc.constantFrom(
  "^[0-9]+$",
  "[a-z]",
  "^\\d{4}-\\d{2}-\\d{2}$",
  "^\\w+$",
  "^.{2}$",
  "\\s",
  "^[A-Z][a-z]*$",
  "i",
  "(a|b)+",
  "^$",
  "\\bx",
  "[^\\x00-\\x7F]",
  "(",
  "[",
  "*a",
  "a{2,1}",
  "\\",
);
const roleNames = ["owner", "user", "guest", "a"];
const now = fc.constantFrom(
  "2024-05-06T09:30:00.000+05:00",
  "2024-12-31T23:30:00-08:00",
  "2024-02-29T00:15:00+14:00",
  "2025-01-01T00:00:00Z",
  "2026-03-29T01:30:00+03:30",
);

/** The answers a case sees: `a`, `b` texts, `n` a number, `d` a date, `roles` a select, `amount` a repeat's. */
const answers = fc.record({
  a: text,
  b: text,
  n: fc.oneof(number, text),
  d: fc.oneof(fc.constantFrom("2024-02-29", "2023-12-31", "1970-01-01", "2026-05-06", ""), text),
  roles: fc
    .subarray([...roleNames, "x"])
    .chain((chosen) => fc.constantFrom(" ", "  ", "\t", "\n").map((space) => chosen.join(space))),
  amount: fc.array(fc.oneof({ weight: 3, arbitrary: number }, text), { maxLength: 4 }),
});

const quoted = (value: string) => (value.includes("'") ? `"${value.replaceAll('"', "")}"` : `'${value}'`);

const leaf = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("${a}", "${b}", "${n}", "${d}", "${roles}", ".") },
  { weight: 3, arbitrary: text.map(quoted) },
  { weight: 3, arbitrary: number },
  fc.constantFrom("true()", "false()", "now()", "today()", "position(..)", "${amount}"),
);

/** A call of `name` with its least number of arguments up to two more (four for a list). */
const call = (name: FunctionName, argument: fc.Arbitrary<string>) => {
  const { min, max } = supportedFunctions[name];
  const most = Math.min(max, min + 2, 4);
  return fc
    .array(argument, { minLength: min, maxLength: Math.max(min, most) })
    .map((args) => `${name}(${args.join(", ")})`);
};

const generalFunctions = (Object.keys(supportedFunctions) as FunctionName[]).filter(
  (name) => name !== "position",
);
const operators = ["or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod"];

const expression = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: leaf },
    {
      weight: 3,
      arbitrary: fc
        .tuple(tie("node"), fc.constantFrom(...operators), tie("node"))
        .map(([left, operator, right]) => `${left} ${operator} ${right}`),
    },
    // A function straight over references and literals: where functions meet the tricky texts.
    { weight: 4, arbitrary: fc.constantFrom(...generalFunctions).chain((name) => call(name, leaf)) },
    { weight: 1, arbitrary: tie("node").map((inner) => `(${inner})`) },
    { weight: 1, arbitrary: tie("node").map((inner) => `-${inner}`) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(...generalFunctions).chain((name) => call(name, tie("node"))),
    },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc
          .tuple(fc.constantFrom("${roles}", "${a}"), text)
          .map(([list, name]) => `selected(${list}, ${quoted(name)})`),
        fc.constant("count-selected(${roles})"),
        tie("node").map((index) => `selected-at(\${roles}, ${index})`),
        fc.tuple(tie("node"), patterns).map(([value, pattern]) => `regex(${value}, ${quoted(pattern)})`),
        fc
          .tuple(tie("node"), fc.oneof(fc.constantFrom("0", "1", "2", "-1", "3.7"), tie("node")))
          .map(([value, places]) => `round(${value}, ${places})`),
        fc.constantFrom("sum(${amount})", "count(${amount})", "count-non-empty(${amount})", "max(${amount})"),
        fc.constantFrom("${d} < today()", "today() - ${d}", "number(${d})", "${d} + 1", "int(now())"),
      ),
    },
  ),
})).node;

/** An expression case: mostly well-formed text, now and then with a stray character inserted. */
export const expressionCase: fc.Arbitrary<ExpressionCase> = fc.record({
  text: fc.oneof(
    { weight: 19, arbitrary: expression },
    {
      weight: 1,
      arbitrary: fc
        .tuple(expression, fc.nat(), fc.constantFrom("'", "(", ")", ",", "$", "[", "’", "≤", "/"))
        .map(
          ([whole, at, slip]) =>
            `${whole.slice(0, at % (whole.length + 1))}${slip}${whole.slice(at % (whole.length + 1))}`,
        ),
    },
  ),
  answers,
  current: text,
  position: fc.integer({ min: 1, max: 5 }),
  now,
});

/** Answers to `form`: for every question a value its type expects, or one it does not, or none. */
export function formAnswers(form: XlsForm): fc.Arbitrary<FormAnswers> {
  // A count of repeat instances stays small: a state of a thousand instances proves no more.
  const counts = new Set(
    [...JSON.stringify(form.survey).matchAll(/"repeatCount":"\$\{([^}]+)\}"/g)].map((match) => match[1]),
  );
  const codes = new Map(
    form.choiceLists.map((list) => [list.name, list.choices.map((choice) => choice.name)]),
  );
  const level = (elements: readonly XlsFormElement[]): fc.Arbitrary<FormAnswers> => {
    const fields: Record<string, fc.Arbitrary<FormAnswers[string]>> = {};
    for (const element of openGroups(elements)) {
      if (element.kind === "repeat")
        fields[element.name] = fc.array(level(element.children), { maxLength: 3 });
      if (element.kind !== "question" || element.type === "note") continue;
      const choices = codes.get(element.listName ?? "") ?? [];
      const typed = {
        select_one: fc.constantFrom("", ...choices),
        select_multiple: fc.subarray(choices).map((chosen) => chosen.join(" ")),
        integer: counts.has(element.name)
          ? fc.constantFrom("", "0", "1", "2", "3", "-1", "1.5", "x")
          : fc.oneof(fc.integer({ min: -5, max: 2100 }).map(String), number),
        decimal: number,
        date: fc.constantFrom("2024-02-29", "2026-05-06", "2023-02-29", "1899-12-31"),
      }[element.type as string];
      fields[element.name] = fc.oneof({ weight: 4, arbitrary: typed ?? text }, text);
    }
    return fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<FormAnswers>;
  };
  return level(form.survey);
}

/** One level of the answers: the elements with groups opened (names are unique in the whole form). */
function openGroups(elements: readonly XlsFormElement[]): XlsFormElement[] {
  return elements.flatMap((element) => (element.kind === "group" ? openGroups(element.children) : [element]));
}
