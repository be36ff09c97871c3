/**
 * The web form's pages: each top-level group of the questionnaire is a page (the starter
 * questionnaire's numbered sections); questions outside any group share a page of their own.
 * Problems are counted per page through the first step of their path.
 */
import {
  type FormProblem,
  type FormState,
  walkElements,
  type XlsForm,
  type XlsFormElement,
} from "@circular-atlas/formats";
import { parseAnswerPath } from "./answer-edits.ts";

export interface FormPage {
  /** The group's name, or `""` for the questions outside top-level groups. */
  readonly name: string;
  readonly elements: readonly XlsFormElement[];
  /** Every element name on the page, nested ones included. */
  readonly names: ReadonlySet<string>;
}

export function formPages(form: XlsForm): FormPage[] {
  const pages: FormPage[] = [];
  let loose: XlsFormElement[] = [];
  const flushLoose = () => {
    if (loose.length > 0) pages.push(toPage("", loose));
    loose = [];
  };
  for (const element of form.survey) {
    if (element.kind === "metadata") continue;
    if (element.kind !== "group") {
      loose.push(element);
      continue;
    }
    flushLoose();
    pages.push(toPage(element.name, element.children));
  }
  flushLoose();
  return pages;
}

/** The page that shows `path` (`policy[2]/policy_year` is on the page of `policy`), or -1. */
export function pageOfPath(pages: readonly FormPage[], path: string): number {
  const first = parseAnswerPath(path)[0]?.name ?? "";
  return pages.findIndex((page) => page.name === first || page.names.has(first));
}

/** The errors of each page, in page order. */
export function problemsPerPage(
  pages: readonly FormPage[],
  problems: readonly FormProblem[],
): FormProblem[][] {
  const perPage = pages.map((): FormProblem[] => []);
  for (const problem of problems) {
    if (problem.severity !== "error") continue;
    perPage[pageOfPath(pages, problem.path)]?.push(problem);
  }
  return perPage;
}

/** Whether a page is asked: its group is relevant (a page of loose questions always is). */
export function isPageRelevant(page: FormPage, state: FormState): boolean {
  return page.name === "" || state.elements[page.name]?.relevant !== false;
}

function toPage(name: string, elements: readonly XlsFormElement[]): FormPage {
  const names = new Set<string>([...walkElements(elements)].map(({ element }) => element.name));
  return { name, elements, names };
}
