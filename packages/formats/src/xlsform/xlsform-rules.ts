/**
 * The stable rule ids of XLSForm findings and how severe each is. An error means the form cannot
 * be used as written; a warning means it can, but something will not show or map as meant. The
 * folder's README explains each rule with an example.
 */
/** Rule id → severity; README.md lists each with its meaning and an example. */
export const xlsFormRules = {
  "xlsform/xls-file": "error",
  "xlsform/missing-survey-sheet": "error",
  "xlsform/missing-column": "error",
  "xlsform/duplicate-column": "error",
  "xlsform/unknown-column": "warning",
  "xlsform/unsupported-column": "warning",
  "xlsform/empty-survey": "error",
  "xlsform/missing-type": "error",
  "xlsform/unknown-type": "error",
  "xlsform/unsupported-type": "error",
  "xlsform/metadata-type": "warning",
  "xlsform/stray-space": "warning",
  "xlsform/unmatched-begin": "error",
  "xlsform/unmatched-end": "error",
  "xlsform/column-not-applicable": "error",
  "xlsform/missing-name": "error",
  "xlsform/invalid-name": "error",
  "xlsform/duplicate-name": "error",
  "xlsform/missing-label": "error",
  "xlsform/missing-calculation": "error",
  "xlsform/select-without-list": "error",
  "xlsform/missing-choices-sheet": "error",
  "xlsform/unknown-list": "error",
  "xlsform/choice-without-list": "error",
  "xlsform/duplicate-choice-name": "error",
  "xlsform/undefined-reference": "error",
  "xlsform/malformed-reference": "error",
  "xlsform/typographic-quote": "error",
  "xlsform/expression-syntax": "error",
  "xlsform/unsupported-function": "error",
  "xlsform/unsupported-appearance": "warning",
  "xlsform/missing-translation": "warning",
  "xlsform/unknown-default-language": "warning",
  "xlsform/version-is-date": "error",
  "xlsform/unknown-atlas-column": "warning",
  "xlsform/atlas-series-code": "error",
  "xlsform/atlas-record-type": "error",
  "xlsform/atlas-field": "error",
  "xlsform/atlas-dimension": "error",
  "xlsform/atlas-unit": "error",
  "xlsform/atlas-period": "error",
} as const;

/** A stable rule id, e.g. `xlsform/unknown-type`. */
export type XlsFormRuleId = keyof typeof xlsFormRules;
