/** Builds located findings, with the severity the rule table gives each rule id. */
import type { XlsFormColumn, XlsFormDiagnostic } from "./xlsform-model.ts";
import { type XlsFormRuleId, xlsFormRules } from "./xlsform-rules.ts";

/** Where a finding is: a sheet, optionally a row, optionally a column of that sheet's header. */
export interface XlsFormPlace {
  readonly sheet: string;
  readonly row?: number | undefined;
  readonly column?: XlsFormColumn | undefined;
}

export function xlsFormFinding(rule: XlsFormRuleId, message: string, place: XlsFormPlace): XlsFormDiagnostic {
  return {
    code: rule,
    severity: xlsFormRules[rule],
    message,
    sheet: place.sheet,
    ...(place.row === undefined ? {} : { row: place.row }),
    ...(place.column === undefined
      ? {}
      : {
          column: place.column.column,
          columnLetter: place.column.letter,
          columnName: place.column.header,
        }),
  };
}
