import type { FormProblem, FormState } from "@circular-atlas/formats";
import { useTranslation } from "react-i18next";
import { type FormPage, isPageRelevant } from "./form-pages.ts";

/** The list of pages with the number of problems on each, the current one marked. */
export function FormPageList({
  pages,
  problems,
  state,
  current,
  onSelect,
}: {
  pages: readonly FormPage[];
  problems: readonly (readonly FormProblem[])[];
  state: FormState;
  current: number;
  onSelect: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="form-page-list" aria-label={t("rounds.form.pages")}>
      <ol>
        {pages.map((page, index) => {
          if (!isPageRelevant(page, state)) return null;
          const count = problems[index]?.length ?? 0;
          return (
            <li key={page.name || "questions"}>
              <button
                type="button"
                className="link-button"
                data-page={page.name}
                aria-current={index === current ? "step" : undefined}
                onClick={() => onSelect(index)}
              >
                {pageTitle(page, state, t("rounds.form.otherQuestions"))}
              </button>
              {count === 0 ? null : (
                <span className="page-problems" data-testid="page-problems">
                  {t("rounds.form.problemCount", { count })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function pageTitle(page: FormPage, state: FormState, fallback: string): string {
  return page.name === "" ? fallback : (state.elements[page.name]?.label ?? page.name);
}

/** The previous and next relevant page, skipping pages the answers make irrelevant. */
export function neighbourPages(
  pages: readonly FormPage[],
  state: FormState,
  current: number,
): { previous: number | undefined; next: number | undefined } {
  const relevant = pages.flatMap((page, index) => (isPageRelevant(page, state) ? [index] : []));
  return {
    previous: relevant.filter((index) => index < current).at(-1),
    next: relevant.find((index) => index > current),
  };
}
