/**
 * Open SDG translation files (`translations/<lang>/<group>.yml`): the labels a national SDG site
 * gives its codes (`REF_AREA.yml`: `KZAKM: Akmola`), units and indicator titles
 * (`national_indicators.yml`: `12-4-2-title: …`). Nested maps flatten to dotted keys; values
 * that are not text (a number, a list) are reported, not guessed at.
 */
import { parseDocument } from "yaml";
import type { FormatDiagnostic } from "./diagnostic.ts";

export interface OpenSdgTranslations {
  readonly labels: ReadonlyMap<string, string>;
  readonly diagnostics: FormatDiagnostic[];
}

export function parseOpenSdgTranslations(text: string): OpenSdgTranslations {
  const labels = new Map<string, string>();
  const diagnostics: FormatDiagnostic[] = [];
  // parseDocument collects errors and warnings (unknown tags) instead of throwing or logging;
  // building the value can still fail (an alias before its anchor), which is reported too.
  const parsed = parseDocument(text.replace(/^\uFEFF/, ""));
  const problem = parsed.errors[0] ?? parsed.warnings[0];
  let document: unknown;
  try {
    if (problem === undefined) document = parsed.toJS({ maxAliasCount: 100 });
  } catch (error) {
    diagnostics.push({
      code: "open-sdg/bad-translations",
      severity: "error",
      message: `not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    });
    return { labels, diagnostics };
  }
  if (problem !== undefined) {
    const line = problem.linePos?.[0];
    diagnostics.push({
      code: "open-sdg/bad-translations",
      severity: "error",
      message: `not valid YAML: ${problem.message.split("\n")[0]}`,
      ...(line === undefined ? {} : { row: line.line, column: line.col }),
    });
    return { labels, diagnostics };
  }
  const visit = (value: unknown, key: string) => {
    if (typeof value === "string") labels.set(key, value.trim());
    else if (typeof value === "number" || typeof value === "boolean") labels.set(key, String(value));
    else if (value !== null && typeof value === "object" && !Array.isArray(value))
      for (const [child, inner] of Object.entries(value))
        visit(inner, key === "" ? child : `${key}.${child}`);
    else if (value !== null && value !== undefined)
      diagnostics.push({
        code: "open-sdg/bad-translation",
        severity: "warning",
        message: `${key}: a list is not a label; it is ignored`,
      });
  };
  if (document !== null && document !== undefined) visit(document, "");
  return { labels, diagnostics };
}
