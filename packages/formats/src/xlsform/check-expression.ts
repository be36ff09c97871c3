/**
 * The one place expression cells are checked: lexically, `${name}` references (each must name an
 * element of the form), malformed references and typographic quotes (spreadsheets put them in
 * by "smart quotes", and XPath does not read them as string delimiters); then with the XPath
 * parser of `expression/`, which finds the first syntax error and any function it does not
 * implement.
 */
import { editDistance } from "../search-text/typo-tolerance.ts";
import { type ExpressionProblem, expressionProblemCodes } from "./expression/expression-problem.ts";
import { parseExpression } from "./expression/parse-expression.ts";
import { type XlsFormPlace, xlsFormFinding } from "./xlsform-finding.ts";
import type { XlsFormDiagnostic } from "./xlsform-model.ts";

/** XLSForm names (xlsform.org: a letter or underscore, then letters, digits, `-`, `_`, `.`), Unicode letters included. */
export const xmlNamePattern = /^[\p{L}_][\p{L}\p{N}\p{M}_.-]*$/u;

const typographicQuotes = /[‘’“”]/g;

export interface ReferenceInText {
  /** The name between `${` and `}`, untrimmed; undefined for a `${` that is never closed. */
  readonly name: string | undefined;
  /** 0-based offset of the `$`. */
  readonly offset: number;
}

/** Every `${…}` in a text, in order, found lexically (no XPath parsing). */
export function findReferences(text: string): ReferenceInText[] {
  const references: ReferenceInText[] = [];
  for (let offset = text.indexOf("${"); offset >= 0; offset = text.indexOf("${", offset + 2)) {
    const close = text.indexOf("}", offset + 2);
    references.push({ name: close < 0 ? undefined : text.slice(offset + 2, close), offset });
    if (close < 0) break;
  }
  return references;
}

export interface CheckExpressionOptions {
  /** The cell is a `choice_filter`, where a bare name is a column of the choice. */
  readonly choiceFilter?: boolean;
}

/**
 * Findings about an expression cell (`relevant`, `constraint`, `calculation`, …): the lexical
 * ones, then `xlsform/expression-syntax` for the parser's first problem (its message, with the
 * position counted from 1 as "character N") or `xlsform/unsupported-function` for an ODK
 * function the evaluator does not implement. A quote or reference the lexical checks reported is
 * not reported again by the parser.
 */
export function checkExpression(
  text: string,
  where: XlsFormPlace,
  names: ReadonlySet<string>,
  options: CheckExpressionOptions = {},
): XlsFormDiagnostic[] {
  const diagnostics = checkTextReferences(text, where, names);
  const quotes = [...text.matchAll(typographicQuotes)];
  if (quotes.length > 0)
    diagnostics.push(
      xlsFormFinding(
        "xlsform/typographic-quote",
        `the expression has typographic quotes (${quotes.map((quote) => `${quote[0]} at character ${(quote.index ?? 0) + 1}`).join(", ")}); XPath strings need straight quotes ' or "`,
        where,
      ),
    );
  const parsed = parseExpression(text, { choiceFilter: options.choiceFilter === true });
  if (parsed.ok) return diagnostics;
  const { code } = parsed.error;
  const reported =
    (code === expressionProblemCodes.typographicQuote && quotes.length > 0) ||
    (code === expressionProblemCodes.badReference &&
      diagnostics.some((diagnostic) => diagnostic.code === "xlsform/malformed-reference"));
  if (!reported) diagnostics.push(syntaxFinding(parsed.error, where));
  return diagnostics;
}

/** The parser's problem as a finding; its 0-based "at offset N" becomes "at character N+1". */
function syntaxFinding(problem: ExpressionProblem, where: XlsFormPlace): XlsFormDiagnostic {
  const message = problem.message.replace(
    /\bat offset (\d+)/g,
    (_, offset: string) => `at character ${Number(offset) + 1}`,
  );
  return problem.code === expressionProblemCodes.unsupportedFunction
    ? xlsFormFinding(
        "xlsform/unsupported-function",
        `${message}: Circular Atlas does not implement this ODK function, so its web form cannot evaluate the expression nor its server check a submission by it`,
        where,
      )
    : xlsFormFinding("xlsform/expression-syntax", `the expression does not parse: ${message}`, where);
}

/** Findings about the `${name}` references of a text shown to people (labels, hints, messages). */
export function checkTextReferences(
  text: string,
  where: XlsFormPlace,
  names: ReadonlySet<string>,
): XlsFormDiagnostic[] {
  const diagnostics: XlsFormDiagnostic[] = [];
  for (const reference of findReferences(text)) {
    if (reference.name === undefined || !xmlNamePattern.test(reference.name)) {
      const shown = reference.name === undefined ? text.slice(reference.offset) : `\${${reference.name}}`;
      diagnostics.push(
        xlsFormFinding(
          "xlsform/malformed-reference",
          reference.name === undefined
            ? `${JSON.stringify(shown)} opens a reference that is never closed with }`
            : `${JSON.stringify(shown)} is no reference: between \${ and } goes a question's name, without spaces`,
          where,
        ),
      );
      continue;
    }
    if (names.has(reference.name)) continue;
    const near = nearestName(reference.name, names);
    diagnostics.push(
      xlsFormFinding(
        "xlsform/undefined-reference",
        `\${${reference.name}} refers to no question of this form${near === undefined ? "" : `; did you mean \${${near}}?`}`,
        where,
      ),
    );
  }
  return diagnostics;
}

function nearestName(name: string, names: ReadonlySet<string>): string | undefined {
  // Short names are all close to each other; a suggestion there would be a guess.
  if (name.length <= 3) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    const distance = editDistance(candidate, name);
    if (distance <= 2 && (best === undefined || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name;
}
