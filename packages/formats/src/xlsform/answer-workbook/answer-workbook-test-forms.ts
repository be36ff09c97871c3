// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/**
 * Test support: a form with every answerable type, notes and calculations, a repeat and a
 * repeat nested in it, and the starter questionnaire as the repository's reader gives it.
 */
// biome-ignore lint/correctness/noNodejsModules: the tests read the committed workbook; the module does no IO.
import { readFileSync } from "node:fs";
import { choices, group, question, repeat, testForm } from "../form-engine/form-engine-test-form.ts";
import { readXlsForm } from "../read-xlsform.ts";
import type { XlsForm } from "../xlsform-model.ts";

export const sitesForm: XlsForm = {
  ...testForm(
    [
      question("note", "welcome"),
      question("text", "institution", { label: { en: "Institution", ru: "Учреждение" }, required: "true()" }),
      question("integer", "staff", { label: { en: "Staff", ru: "Сотрудники" } }),
      question("decimal", "budget", { required: "${staff} > 0" }),
      question("date", "reported_on"),
      question("geopoint", "office"),
      question("select_one", "kind", { listName: "kind", label: { en: "Kind", ru: "Вид" } }),
      group("more", [question("select_multiple", "streams", { listName: "stream" })]),
      question("calculate", "site_total", { calculation: "count(${site})" }),
      repeat("site", [
        question("text", "site_name", { label: { en: "Site name", ru: "Название площадки" } }),
        question("select_one", "site_kind", { listName: "kind" }),
        question("calculate", "bin_total", { calculation: "sum(${tonnes})" }),
        repeat("bin", [
          question("decimal", "tonnes"),
          question("select_multiple", "bin_streams", { listName: "stream" }),
          question("date", "emptied_on"),
        ]),
      ]),
    ],
    {
      languages: ["en", "ru"],
      defaultLanguage: "en",
      choiceLists: [
        choices("kind", [
          ["public", { en: "Public", ru: "Государственный" }],
          ["private", { en: "Private", ru: "Частный" }],
        ]),
        choices("stream", [
          ["paper", { en: "Paper and cardboard", ru: "Бумага и картон" }],
          ["glass", { en: "Glass", ru: "Стекло" }],
          ["e-waste", { en: "E-waste", ru: "Электронные отходы" }],
        ]),
      ],
    },
  ),
  settings: { formId: "sites", version: "3", defaultLanguage: "en", other: {} },
};

const starterRead = readXlsForm(new Uint8Array(readFileSync("data/questionnaires/eco-ce-mapping.xlsx")));
if (starterRead.form === undefined) throw new Error("the starter questionnaire does not read");
export const starterForm: XlsForm = starterRead.form;
