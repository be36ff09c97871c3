/** Builds a choice list from rows of `[name, English, Russian, Persian]`, in display order. */
import type { ChoiceRow } from "../../../scripts/questionnaires/questionnaire-source.ts";

export type ChoiceEntry = readonly [name: string, en: string, ru: string, fa: string];

export function choiceList(
  listName: string,
  entries: readonly ChoiceEntry[],
  category?: string,
): ChoiceRow[] {
  return entries.map(([name, en, ru, fa]) => ({
    listName,
    name,
    label: { en, ru, fa },
    ...(category === undefined ? {} : { category }),
  }));
}
