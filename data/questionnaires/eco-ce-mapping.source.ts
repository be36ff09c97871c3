/**
 * The ECO circular-economy mapping questionnaire (ECO Secretariat and UNIDO, RESCUE initiative),
 * in English, Russian and Persian: the reviewable source of eco-ce-mapping.xlsx. Sections live
 * in eco-ce-mapping/, one file each; `npm run build:questionnaire` writes the workbook.
 */
import type { QuestionnaireSource } from "../../scripts/questionnaires/questionnaire-source.ts";
import { barrierKindChoices, barrierTypeChoices } from "./eco-ce-mapping/choices-barriers.ts";
import {
  answerChoices,
  financingChoices,
  infrastructureChoices,
  peopleChoices,
} from "./eco-ce-mapping/choices-form.ts";
import {
  initiativeStageChoices,
  instrumentChoices,
  policyKindChoices,
  policyStatusChoices,
  practiceKindChoices,
  stakeholderKindChoices,
} from "./eco-ce-mapping/choices-records.ts";
import {
  countryChoices,
  languageChoices,
  sectorChoices,
  strategyChoices,
  themeChoices,
} from "./eco-ce-mapping/choices-vocabulary.ts";
import { barrierRows } from "./eco-ce-mapping/survey-barriers.ts";
import { capacityRows, justTransitionRows } from "./eco-ce-mapping/survey-capacity-just-transition.ts";
import { closingRows } from "./eco-ce-mapping/survey-closing.ts";
import { financingRows } from "./eco-ce-mapping/survey-financing.ts";
import { indicatorRows } from "./eco-ce-mapping/survey-indicators.ts";
import { infrastructureRows } from "./eco-ce-mapping/survey-infrastructure.ts";
import { policyFrameworkRows } from "./eco-ce-mapping/survey-policy-framework.ts";
import { goodPracticeRows, stakeholderRows } from "./eco-ce-mapping/survey-practices-stakeholders.ts";
import { prioritiesRows } from "./eco-ce-mapping/survey-priorities.ts";
import { introductionRows, respondentRows } from "./eco-ce-mapping/survey-respondent.ts";

/** The namespace of the `bind::atlas:*` columns (data/questionnaires/README.md). */
export const atlasNamespace = "https://circular-atlas.org/xforms";

export const ecoCeMapping: QuestionnaireSource = {
  survey: [
    ...introductionRows,
    ...respondentRows,
    ...prioritiesRows,
    ...policyFrameworkRows,
    ...goodPracticeRows,
    ...stakeholderRows,
    ...barrierRows,
    ...infrastructureRows,
    ...financingRows,
    ...capacityRows,
    ...justTransitionRows,
    ...indicatorRows,
    ...closingRows,
  ],
  choices: [
    ...answerChoices,
    ...countryChoices,
    ...languageChoices,
    ...sectorChoices,
    ...strategyChoices,
    ...themeChoices,
    ...policyKindChoices,
    ...policyStatusChoices,
    ...instrumentChoices,
    ...practiceKindChoices,
    ...stakeholderKindChoices,
    ...initiativeStageChoices,
    ...barrierKindChoices,
    ...barrierTypeChoices,
    ...infrastructureChoices,
    ...financingChoices,
    ...peopleChoices,
  ],
  settings: {
    formTitle: "ECO circular-economy mapping questionnaire",
    formId: "eco_ce_mapping",
    version: "2026120402",
    defaultLanguage: "English (en)",
    instanceName: "concat('ECO-CE-', ${country}, '-', ${completion_date})",
    namespaces: `atlas="${atlasNamespace}"`,
  },
};
