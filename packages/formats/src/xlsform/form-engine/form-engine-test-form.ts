/**
 * Test support: small forms built in code, without a workbook. Rows are numbered in document
 * order from 2 (the header is row 1), as the reader would number them.
 */
import type {
  LocalizedText,
  XlsForm,
  XlsFormChoiceList,
  XlsFormElement,
  XlsFormGroup,
  XlsFormLanguage,
  XlsFormQuestion,
  XlsFormQuestionType,
  XlsFormRepeat,
} from "../xlsform-model.ts";

type Writable<T> = { -readonly [K in keyof T]?: T[K] };
type QuestionFields = Omit<Writable<XlsFormQuestion>, "kind" | "type" | "name" | "row">;

export function question(
  type: XlsFormQuestionType,
  name: string,
  fields: QuestionFields = {},
): XlsFormQuestion {
  return {
    kind: "question",
    type,
    name,
    row: 0,
    label: { en: name },
    hint: {},
    bind: {},
    requiredMessage: {},
    constraintMessage: {},
    ...fields,
  };
}

export function group(
  name: string,
  children: readonly XlsFormElement[],
  fields: Omit<Writable<XlsFormGroup>, "kind" | "name" | "children"> = {},
): XlsFormGroup {
  return { kind: "group", name, row: 0, label: { en: name }, hint: {}, bind: {}, children, ...fields };
}

export function repeat(
  name: string,
  children: readonly XlsFormElement[],
  fields: Omit<Writable<XlsFormRepeat>, "kind" | "name" | "children"> = {},
): XlsFormRepeat {
  return { kind: "repeat", name, row: 0, label: { en: name }, hint: {}, bind: {}, children, ...fields };
}

export function choices(name: string, rows: readonly [string, LocalizedText?, Record<string, string>?][]) {
  return {
    name,
    row: 2,
    choices: rows.map(([choice, label, extra], offset) => ({
      name: choice,
      row: offset + 2,
      label: label ?? { en: choice },
      extra: extra ?? {},
    })),
  } satisfies XlsFormChoiceList;
}

export interface TestFormOptions {
  readonly choiceLists?: readonly XlsFormChoiceList[];
  readonly languages?: readonly string[];
  readonly defaultLanguage?: string;
}

export function testForm(survey: readonly XlsFormElement[], options: TestFormOptions = {}): XlsForm {
  let row = 1;
  const number = (elements: readonly XlsFormElement[]): XlsFormElement[] =>
    elements.map((element) => {
      row += 1;
      if (element.kind === "group" || element.kind === "repeat") {
        const at = row;
        return { ...element, row: at, children: number(element.children) };
      }
      return { ...element, row };
    });
  const languages: XlsFormLanguage[] = (options.languages ?? ["en"]).map((key) => ({
    key,
    name: key,
    code: key,
  }));
  return {
    survey: number(survey),
    choiceLists: options.choiceLists ?? [],
    languages,
    settings: {
      other: {},
      ...(options.defaultLanguage === undefined ? {} : { defaultLanguage: options.defaultLanguage }),
    },
    skippedRows: [],
    layout: { survey: { sheet: "survey", columns: [] } },
  };
}
