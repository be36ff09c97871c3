/**
 * Splits expression text into tokens (XPath 1.0 §3.7, "Lexical Structure", plus XLSForm's
 * `${name}`). Tokens outside the supported subset (`/`, `[`, `@`, `|`…) are still produced, so the
 * parser can say which construct is unsupported instead of calling the character unexpected.
 */
import { type ExpressionProblem, expressionProblemCodes } from "./expression-problem.ts";

export type SymbolText =
  | "("
  | ")"
  | ","
  | "="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "+"
  | "-"
  | "*"
  | "|"
  | "."
  | ".."
  | "/"
  | "//"
  | "["
  | "]"
  | "@"
  | "::"
  | "$";

export type Token =
  | { readonly kind: "number"; readonly value: number; readonly offset: number; readonly length: number }
  | { readonly kind: "string"; readonly value: string; readonly offset: number; readonly length: number }
  | { readonly kind: "reference"; readonly name: string; readonly offset: number; readonly length: number }
  /** An XML name or QName (`count-selected`, `jr:choice-name`, and the operator names `and`…). */
  | { readonly kind: "name"; readonly name: string; readonly offset: number; readonly length: number }
  | { readonly kind: "symbol"; readonly text: SymbolText; readonly offset: number; readonly length: number }
  | { readonly kind: "end"; readonly offset: number; readonly length: 0 };

export type TokenizeResult =
  | { readonly ok: true; readonly tokens: readonly Token[] }
  | { readonly ok: false; readonly error: ExpressionProblem };

/** XML 1.0 name characters, approximated by Unicode categories (as XLSForm names are checked). */
const nameStart = /[\p{L}\p{Nl}_]/u;
const nameChar = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_.\-\u00B7]/u;
/** An XLSForm question name: a letter or underscore, then letters, digits, `_`, `-` and `.`. */
const questionName = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_.\-\u00B7]*$/u;

/** Quotes that word processors and Excel's autocorrect substitute for ' and ". */
const typographicQuotes = new Set(["‘", "’", "‚", "‛", "“", "”", "„", "‟", "′", "″", "«", "»", "`"]);

/** Look-alikes of operators, with the operator to write instead. */
const operatorLookAlikes: ReadonlyMap<string, string> = new Map([
  ["≤", "<="],
  ["≥", ">="],
  ["≠", "!="],
  ["−", "-"],
  ["×", "*"],
  ["÷", "div"],
]);

const twoCharacterSymbols = new Set<string>(["!=", "<=", ">=", "..", "//", "::"]);
const oneCharacterSymbols = new Set<string>([
  "(",
  ")",
  ",",
  "=",
  "<",
  ">",
  "+",
  "-",
  "*",
  "|",
  ".",
  "/",
  "[",
  "]",
  "@",
  "$",
]);

/** Tokens of `text`, ending with an `end` token; or the first lexical problem. Never throws. */
export function tokenizeExpression(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const character = text[index] ?? "";
    if (character === " " || character === "\t" || character === "\n" || character === "\r") {
      index += 1;
      continue;
    }
    const read = readToken(text, index);
    if ("code" in read) return { ok: false, error: read };
    tokens.push(read);
    index = read.offset + read.length;
  }
  tokens.push({ kind: "end", offset: text.length, length: 0 });
  return { ok: true, tokens };
}

function readToken(text: string, start: number): Token | ExpressionProblem {
  const character = text[start] ?? "";
  if (character === "'" || character === '"') return readString(text, start, character);
  if (character === "$" && text[start + 1] === "{") return readReference(text, start);
  if (isDigit(character) || (character === "." && isDigit(text[start + 1] ?? "")))
    return readNumber(text, start);
  if (nameStart.test(character)) return readName(text, start);
  const pair = text.slice(start, start + 2);
  if (twoCharacterSymbols.has(pair))
    return { kind: "symbol", text: pair as SymbolText, offset: start, length: 2 };
  if (oneCharacterSymbols.has(character)) {
    return { kind: "symbol", text: character as SymbolText, offset: start, length: 1 };
  }
  return unexpectedCharacter(text, start);
}

function readString(text: string, start: number, quote: string): Token | ExpressionProblem {
  const close = text.indexOf(quote, start + 1);
  if (close === -1) {
    return {
      code: expressionProblemCodes.unterminatedString,
      message: `string starting at offset ${start} has no closing ${quote}`,
      offset: start,
      length: text.length - start,
    };
  }
  return { kind: "string", value: text.slice(start + 1, close), offset: start, length: close + 1 - start };
}

function readReference(text: string, start: number): Token | ExpressionProblem {
  const close = text.indexOf("}", start + 2);
  const problem = (message: string, length: number): ExpressionProblem => ({
    code: expressionProblemCodes.badReference,
    message,
    offset: start,
    length,
  });
  if (close === -1) return problem(`reference \${ at offset ${start} has no closing }`, text.length - start);
  const name = text.slice(start + 2, close);
  const length = close + 1 - start;
  if (name === "") return problem(`empty reference \${} at offset ${start}`, length);
  if (name.startsWith("last-saved#")) {
    return {
      code: expressionProblemCodes.unsupportedSyntax,
      message: `reference \${${name}} at offset ${start} reads the last saved form, which is not supported`,
      offset: start,
      length,
    };
  }
  if (!questionName.test(name)) {
    return problem(
      `reference \${${name}} at offset ${start} is not a question name (a letter or _, then letters, digits, _, - or .)`,
      length,
    );
  }
  return { kind: "reference", name, offset: start, length };
}

function readNumber(text: string, start: number): Token | ExpressionProblem {
  // XPath 1.0 [30] Number ::= Digits ('.' Digits?)? | '.' Digits
  const match = /^(?:\d+(?:\.\d*)?|\.\d+)/.exec(text.slice(start));
  const literal = match?.[0] ?? "";
  const exponent = /^[eE][+-]?\d+/.exec(text.slice(start + literal.length));
  if (exponent !== null) {
    const written = literal + exponent[0];
    return {
      code: expressionProblemCodes.unexpectedToken,
      message: `number ${written} at offset ${start} has an exponent, which XPath numbers cannot have: write it out`,
      offset: start,
      length: written.length,
    };
  }
  return { kind: "number", value: Number(literal), offset: start, length: literal.length };
}

function readName(text: string, start: number): Token {
  let end = start + 1;
  while (end < text.length && nameChar.test(text[end] ?? "")) end += 1;
  // A QName's prefix (`jr:`) joins the name when a name starts right after the colon; `::` is an axis.
  if (text[end] === ":" && nameStart.test(text[end + 1] ?? "")) {
    end += 2;
    while (end < text.length && nameChar.test(text[end] ?? "")) end += 1;
  }
  return { kind: "name", name: text.slice(start, end), offset: start, length: end - start };
}

function unexpectedCharacter(text: string, start: number): ExpressionProblem {
  const codePoint = text.codePointAt(start) ?? 0;
  const character = String.fromCodePoint(codePoint);
  const length = character.length;
  if (typographicQuotes.has(character)) {
    return {
      code: expressionProblemCodes.typographicQuote,
      message: `typographic quote ${character} at offset ${start}: use ' or "`,
      offset: start,
      length,
    };
  }
  const unicode = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const noBreakSpace = codePoint === 0xa0 || codePoint === 0x202f || codePoint === 0x2007;
  const instead = noBreakSpace ? "an ordinary space" : operatorLookAlikes.get(character);
  return {
    code: expressionProblemCodes.unexpectedCharacter,
    message: `unexpected character ${JSON.stringify(character)} (${unicode}${noBreakSpace ? ", a no-break space" : ""}) at offset ${start}${instead === undefined ? "" : `: use ${instead}`}`,
    offset: start,
    length,
  };
}

function isDigit(character: string): boolean {
  return character >= "0" && character <= "9";
}
