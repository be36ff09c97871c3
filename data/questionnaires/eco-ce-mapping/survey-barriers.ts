/**
 * Section 6: barriers, one record each; the type of barrier is a cascading select filtered by
 * the category chosen just before it.
 */
import { type SurveyRow, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import { beginGroup, endGroup, endRepeat, mandatory } from "./common-rows.ts";

export const barrierRows: SurveyRow[] = [
  beginGroup("barriers", texts("6. Barriers", "6. Барьеры", "۶. موانع")),
  {
    type: "note",
    name: "barriers_note",
    label: texts(
      "Describe the most important barriers to the circular economy in your country, one per entry, starting with the most severe. First choose the category, then the type of barrier.",
      "Опишите наиболее значимые барьеры для перехода к экономике замкнутого цикла в Вашей стране, по одному в каждой записи, начиная с наиболее серьёзного. Сначала выберите категорию, затем вид барьера.",
      "مهم‌ترین موانع اقتصاد چرخشی در کشور خود را شرح دهید؛ هر مانع را در موردی جداگانه بنویسید و از جدی‌ترین آن‌ها آغاز کنید. نخست دسته و سپس نوع مانع را انتخاب کنید.",
    ),
  },
  {
    type: "begin repeat",
    name: "barrier",
    label: texts("Barrier", "Барьер", "مانع"),
    atlas: { record: "barrier" },
  },
  beginGroup("barrier_item", texts("Describe the barrier", "Описание барьера", "شرح مانع"), {
    appearance: "field-list",
  }),
  {
    type: "select_one barrier_kind",
    name: "barrier_category",
    label: texts("Category", "Категория", "دسته"),
    ...mandatory,
    atlas: { field: "details.barrierKind" },
  },
  {
    type: "select_one barrier_type",
    name: "barrier_type",
    label: texts("Type of barrier", "Вид барьера", "نوع مانع"),
    ...mandatory,
    choiceFilter: "category=${barrier_category}",
  },
  {
    type: "text",
    name: "barrier_title",
    label: texts("Short name of the barrier", "Краткое название барьера", "عنوان کوتاه مانع"),
    ...mandatory,
    atlas: { field: "texts.title" },
  },
  {
    type: "text",
    name: "barrier_description",
    label: texts(
      "How it hinders the transition, with evidence where available",
      "Каким образом он препятствует переходу (по возможности с подтверждающими данными)",
      "این مانع چگونه گذار را دشوار می‌کند (در صورت امکان همراه با شواهد)",
    ),
    appearance: "multiline",
    atlas: { field: "texts.summary" },
  },
  {
    type: "select_one severity",
    name: "barrier_severity",
    label: texts("Severity", "Степень серьёзности", "شدت"),
    ...mandatory,
  },
  {
    type: "select_multiple sector",
    name: "barrier_sectors",
    label: texts(
      "Sectors most affected",
      "Наиболее затронутые отрасли",
      "بخش‌هایی که بیشترین تأثیر را می‌پذیرند",
    ),
    appearance: "minimal",
    atlas: { field: "sectors" },
  },
  {
    type: "select_multiple theme",
    name: "barrier_themes",
    label: texts("Themes", "Темы", "موضوعات"),
    appearance: "minimal",
    atlas: { field: "themes" },
  },
  {
    type: "text",
    name: "barrier_measures",
    label: texts(
      "Measures taken or needed to remove it",
      "Принятые или необходимые меры по его устранению",
      "اقدام‌های انجام‌شده یا لازم برای رفع آن",
    ),
    appearance: "multiline",
  },
  endGroup,
  endRepeat,
  { type: "calculate", name: "barrier_count", calculation: "count(${barrier})" },
  {
    type: "note",
    name: "barrier_count_note",
    label: texts(
      "Barriers described: ${barrier_count}.",
      "Описано барьеров: ${barrier_count}.",
      "تعداد موانع شرح‌داده‌شده: ${barrier_count}.",
    ),
  },
  endGroup,
];
