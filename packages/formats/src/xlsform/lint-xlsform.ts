/**
 * The linter: every check that can be judged on a parsed form, in sheet order of concern (names,
 * selects, expressions, translations, appearances, the observatory mapping). `readXlsForm` runs
 * it; it is exported on its own for forms built or edited in code.
 */
import { checkAppearance } from "./check-appearance.ts";
import { checkAtlasMapping } from "./check-atlas-mapping.ts";
import { checkFormExpressions } from "./check-form-expressions.ts";
import { checkNames } from "./check-names.ts";
import { checkSelects } from "./check-selects.ts";
import { checkTranslations } from "./check-translations.ts";
import type { XlsFormLintOptions } from "./xlsform-lint-options.ts";
import type { XlsForm, XlsFormDiagnostic } from "./xlsform-model.ts";

/**
 * The model checks of a parsed form (names, selects and lists, expressions, translations,
 * appearances, the `bind::atlas:*` mapping), located through `form.layout`. The cell-level checks
 * (types, stray spaces, inapplicable columns, unmatched begin/end, date versions) need the cells
 * as written and are the reader's. With `options.records`, record types and field paths are
 * checked against the knowledge base's vocabulary; without it, their syntax only.
 */
export function lintXlsForm(form: XlsForm, options: XlsFormLintOptions = {}): XlsFormDiagnostic[] {
  return [
    ...checkNames(form),
    ...checkSelects(form),
    ...checkFormExpressions(form),
    ...checkTranslations(form),
    ...checkAppearance(form),
    ...checkAtlasMapping(form, options),
  ];
}
