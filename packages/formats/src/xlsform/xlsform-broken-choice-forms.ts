/**
 * Test support: the broken workbooks of selects and their choice lists (a select without a list,
 * no choices sheet, an unknown list, choices without a list, a choice name given twice), with the
 * exact findings worked out by hand.
 */
import type { BrokenForm } from "./xlsform-broken-forms.ts";

/** A text question, and a yes/no choice list: the rows many broken forms share. */
export const text = ["text", "a", "A"];
export const yesNo = [
  ["list_name", "name", "label"],
  ["yn", "yes", "Yes"],
  ["yn", "no", "No"],
];

export const brokenChoiceForms: readonly BrokenForm[] = [
  {
    rule: "xlsform/select-without-list",
    title: "a select_one without its list name",
    sheets: { survey: [["type", "name", "label"], ["select_one", "s", "S"], text], choices: yesNo },
    expected: ["error xlsform/select-without-list survey!A2 (type)"],
  },
  {
    rule: "xlsform/missing-choices-sheet",
    title: "two selects and no choices sheet (reported once)",
    sheets: {
      survey: [
        ["type", "name", "label"],
        ["select_one yn", "s", "S"],
        ["select_multiple yn", "m", "M"],
      ],
    },
    expected: ["error xlsform/missing-choices-sheet survey!A2 (type)"],
    message: "2 select question(s)",
  },
  {
    rule: "xlsform/unknown-list",
    title: "a select whose list is spelt differently on the choices sheet",
    sheets: {
      survey: [
        ["type", "name", "label"],
        ["select_one y_n", "s", "S"],
      ],
      choices: yesNo,
    },
    expected: ["error xlsform/unknown-list survey!A2 (type)"],
    message: 'did you mean "yn"?',
  },
  {
    rule: "xlsform/choice-without-list",
    title: "a choice with no list_name",
    sheets: {
      survey: [
        ["type", "name", "label"],
        ["select_one yn", "s", "S"],
      ],
      choices: [...yesNo, [null, "maybe", "Maybe"]],
    },
    expected: ["error xlsform/choice-without-list choices!A4 (list_name)"],
  },
  {
    rule: "xlsform/duplicate-choice-name",
    title: "a choice name given twice in one list (and once in another, which is fine)",
    sheets: {
      survey: [
        ["type", "name", "label"],
        ["select_one yn", "s", "S"],
        ["select_one other", "o", "O"],
      ],
      choices: [...yesNo, ["yn", "yes", "Yes again"], ["other", "yes", "Yes"]],
    },
    expected: ["error xlsform/duplicate-choice-name choices!B4 (name)"],
    message: 'already has a choice "yes" on row 2',
  },
];
