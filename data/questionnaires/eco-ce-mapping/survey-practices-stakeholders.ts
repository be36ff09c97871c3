/**
 * Sections 4 and 5: good practices (asked only when the country has some) and the stakeholders
 * of the transition, each entry a knowledge record.
 */
import { type SurveyRow, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import { beginGroup, endGroup, endRepeat, mandatory, webAddress, yearRange, yesNo } from "./common-rows.ts";

const practiceItemRows: SurveyRow[] = [
  {
    type: "text",
    name: "practice_title",
    label: texts("Name of the practice", "Название практики", "عنوان تجربه"),
    ...mandatory,
    atlas: { field: "texts.title" },
  },
  {
    type: "select_one practice_kind",
    name: "practice_kind",
    label: texts("Kind of practice", "Вид практики", "نوع تجربه"),
    ...mandatory,
    atlas: { field: "details.practiceKind" },
  },
  {
    type: "text",
    name: "practice_organisation",
    label: texts("Implementing organisation", "Организация-исполнитель", "سازمان مجری"),
  },
  {
    type: "text",
    name: "practice_place",
    label: texts(
      "Where it is implemented (city or region)",
      "Место реализации (город или регион)",
      "محل اجرا (شهر یا استان)",
    ),
    atlas: { field: "subnationalArea" },
  },
  {
    type: "integer",
    name: "practice_year",
    label: texts("Year it started", "Год начала", "سال آغاز (میلادی)"),
    ...yearRange,
    atlas: { field: "year" },
  },
  {
    type: "text",
    name: "practice_description",
    label: texts(
      "What was done, by whom and how",
      "Что было сделано, кем и каким образом",
      "چه کاری، به دست چه کسی و چگونه انجام شد",
    ),
    ...mandatory,
    appearance: "multiline",
    atlas: { field: "texts.summary" },
  },
  {
    type: "text",
    name: "practice_results",
    label: texts("Results achieved", "Достигнутые результаты", "نتایج به‌دست‌آمده"),
    hint: texts(
      "Quantify where possible: tonnes diverted from landfill, jobs created, savings, emissions avoided.",
      "По возможности приведите количественные данные: тонны отходов, не направленных на захоронение, созданные рабочие места, экономия средств, предотвращённые выбросы.",
      "در صورت امکان به عدد بیان کنید: تن پسماندی که از دفن بازگردانده شد، شغل‌های ایجادشده، صرفه‌جویی‌ها و انتشار اجتناب‌شده.",
    ),
    appearance: "multiline",
    atlas: { field: "details.results" },
  },
  {
    type: "text",
    name: "practice_lessons",
    label: texts(
      "Lessons learned and conditions for success",
      "Извлечённые уроки и условия успеха",
      "درس‌های آموخته و شرایط موفقیت",
    ),
    appearance: "multiline",
    atlas: { field: "details.lessons" },
  },
  {
    type: "select_multiple sector",
    name: "practice_sectors",
    label: texts("Sectors", "Отрасли", "بخش‌ها"),
    appearance: "minimal",
    atlas: { field: "sectors" },
  },
  {
    type: "select_multiple strategy",
    name: "practice_strategies",
    label: texts(
      "Circular strategies applied",
      "Применённые стратегии замкнутого цикла",
      "راهبردهای چرخشی به‌کاررفته",
    ),
    atlas: { field: "strategies" },
  },
  {
    type: "select_multiple theme",
    name: "practice_themes",
    label: texts("Themes", "Темы", "موضوعات"),
    appearance: "minimal",
    atlas: { field: "themes" },
  },
  {
    type: "select_one yes_no_unknown",
    name: "practice_replicable",
    label: texts(
      "Could it be replicated in other ECO member states?",
      "Может ли эта практика быть воспроизведена в других государствах — членах ОЭС?",
      "آیا این تجربه در سایر کشورهای عضو اکو قابل تکرار است؟",
    ),
  },
  {
    type: "text",
    name: "practice_link",
    label: texts(
      "Link to a description or evaluation",
      "Ссылка на описание или оценку",
      "پیوند شرح یا ارزیابی",
    ),
    ...webAddress,
    atlas: { field: "sources.url" },
  },
];

export const goodPracticeRows: SurveyRow[] = [
  beginGroup("good_practices", texts("4. Good practices", "4. Передовая практика", "۴. تجربه‌های موفق")),
  yesNo(
    "has_good_practices",
    texts(
      "Are there circular-economy good practices in your country (business models, technologies, public programmes) that others could learn from?",
      "Имеются ли в Вашей стране примеры передовой практики в области экономики замкнутого цикла (бизнес-модели, технологии, государственные программы), опыт которых может быть полезен другим?",
      "آیا در کشور شما تجربه‌های موفقی در اقتصاد چرخشی (مدل‌های کسب‌وکار، فناوری‌ها، برنامه‌های دولتی) وجود دارد که دیگران بتوانند از آن‌ها بیاموزند؟",
    ),
  ),
  {
    type: "begin repeat",
    name: "good_practice",
    label: texts("Good practice", "Пример передовой практики", "تجربهٔ موفق"),
    relevant: "${has_good_practices} = 'yes'",
    atlas: { record: "good-practice" },
  },
  beginGroup("practice_item", texts("Describe the practice", "Описание практики", "شرح تجربه"), {
    appearance: "field-list",
  }),
  ...practiceItemRows,
  endGroup,
  endRepeat,
  endGroup,
];

export const stakeholderRows: SurveyRow[] = [
  beginGroup("stakeholders", texts("5. Stakeholders", "5. Заинтересованные стороны", "۵. ذی‌نفعان")),
  {
    type: "note",
    name: "stakeholders_note",
    label: texts(
      "List the main organisations that shape the circular-economy transition: ministries and agencies, local governments, business associations, recyclers, financial institutions, research centres, civil society and associations of informal waste workers.",
      "Перечислите основные организации, влияющие на переход к экономике замкнутого цикла: министерства и ведомства, органы местного самоуправления, деловые ассоциации, перерабатывающие предприятия, финансовые институты, научные центры, организации гражданского общества и объединения работников неформального сектора обращения с отходами.",
      "سازمان‌های اصلی مؤثر بر گذار به اقتصاد چرخشی را فهرست کنید: وزارتخانه‌ها و دستگاه‌ها، دولت‌های محلی، تشکل‌های کسب‌وکار، بازیافت‌کنندگان، نهادهای مالی، مراکز پژوهشی، جامعهٔ مدنی و تشکل‌های کارگران غیررسمی پسماند.",
    ),
  },
  {
    type: "begin repeat",
    name: "stakeholder",
    label: texts("Stakeholder", "Заинтересованная сторона", "ذی‌نفع"),
    atlas: { record: "stakeholder" },
  },
  beginGroup(
    "stakeholder_item",
    texts("Describe the organisation", "Сведения об организации", "مشخصات سازمان"),
    {
      appearance: "field-list",
    },
  ),
  {
    type: "text",
    name: "stakeholder_name",
    label: texts("Name of the organisation", "Наименование организации", "نام سازمان"),
    ...mandatory,
    atlas: { field: "texts.title" },
  },
  {
    type: "select_one stakeholder_kind",
    name: "stakeholder_kind",
    label: texts("Kind of organisation", "Тип организации", "نوع سازمان"),
    ...mandatory,
    atlas: { field: "details.stakeholderKind" },
  },
  {
    type: "text",
    name: "stakeholder_role",
    label: texts(
      "Role in the circular-economy transition",
      "Роль в переходе к экономике замкнутого цикла",
      "نقش در گذار به اقتصاد چرخشی",
    ),
    appearance: "multiline",
    atlas: { field: "texts.summary" },
  },
  {
    type: "select_one involvement",
    name: "stakeholder_involvement",
    label: texts("Level of involvement", "Степень участия", "میزان مشارکت"),
  },
  {
    type: "select_multiple theme",
    name: "stakeholder_themes",
    label: texts("Themes of its work", "Тематика деятельности", "موضوعات فعالیت"),
    appearance: "minimal",
    atlas: { field: "themes" },
  },
  {
    type: "select_multiple sector",
    name: "stakeholder_sectors",
    label: texts("Sectors of its work", "Отрасли деятельности", "بخش‌های فعالیت"),
    appearance: "minimal",
    atlas: { field: "sectors" },
  },
  {
    type: "text",
    name: "stakeholder_website",
    label: texts("Website", "Веб-сайт", "وب‌سایت"),
    ...webAddress,
    atlas: { field: "details.website" },
  },
  endGroup,
  endRepeat,
  endGroup,
];
