/**
 * The one place expression cells are checked. For now the checks are lexical: `${name}`
 * references (each must name an element of the form), malformed references, and typographic
 * quotes, which XPath does not read as string delimiters (spreadsheets put them in by
 * "smart quotes"). A full syntax check with the XPath parser belongs in `checkExpression` too.
 */
import { editDistance } from "../search-text/typo-tolerance.ts";
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

/** Findings about an expression cell (`relevant`, `constraint`, `calculation`, …). */
export function checkExpression(
  text: string,
  where: XlsFormPlace,
  names: ReadonlySet<string>,
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
  return diagnostics;
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
