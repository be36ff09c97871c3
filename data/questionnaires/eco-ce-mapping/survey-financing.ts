/**
 * Section 8: how the transition is financed and what it needs, then the initiatives and
 * projects (one initiative record each) with a running total of the financing they seek.
 */
import { type SurveyRow, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import {
  beginGroup,
  endGroup,
  endRepeat,
  mandatory,
  nonNegative,
  webAddress,
  yearRange,
  yesNo,
} from "./common-rows.ts";

const overviewRows: SurveyRow[] = [
  beginGroup(
    "financing_overview",
    texts("Financing of the transition", "Финансирование перехода", "تأمین مالی گذار"),
    {
      appearance: "field-list",
    },
  ),
  {
    type: "select_one yes_no_unknown",
    name: "dedicated_budget",
    label: texts(
      "Is there a dedicated public budget line for the circular economy or waste management?",
      "Предусмотрена ли в государственном бюджете отдельная статья расходов на экономику замкнутого цикла или обращение с отходами?",
      "آیا ردیف بودجهٔ عمومی جداگانه‌ای برای اقتصاد چرخشی یا مدیریت پسماند وجود دارد؟",
    ),
    ...mandatory,
  },
  {
    type: "decimal",
    name: "dedicated_budget_musd",
    label: texts(
      "Annual amount (million US dollars)",
      "Годовой объём (млн долларов США)",
      "مبلغ سالانه (میلیون دلار آمریکا)",
    ),
    hint: texts(
      "Convert from the national currency at the average exchange rate of the year.",
      "Пересчитайте из национальной валюты по среднегодовому обменному курсу.",
      "مبلغ را با میانگین نرخ ارز همان سال از پول ملی تبدیل کنید.",
    ),
    relevant: "${dedicated_budget} = 'yes'",
    ...nonNegative,
  },
  {
    type: "select_multiple financing_mechanism",
    name: "financing_mechanisms",
    label: texts(
      "Which financing mechanisms are used for circular-economy investments?",
      "Какие механизмы финансирования используются для инвестиций в экономику замкнутого цикла?",
      "کدام سازوکارهای تأمین مالی برای سرمایه‌گذاری در اقتصاد چرخشی به کار می‌رود؟",
    ),
    ...mandatory,
  },
  {
    type: "select_multiple investment_area",
    name: "investment_areas",
    label: texts(
      "Where is investment most needed?",
      "В каких областях инвестиции наиболее необходимы?",
      "سرمایه‌گذاری در کدام حوزه‌ها بیشتر مورد نیاز است؟",
    ),
    hint: texts("Select up to three.", "Выберите не более трёх.", "حداکثر سه مورد را انتخاب کنید."),
    ...mandatory,
    constraint: "count-selected(.) <= 3",
    constraintMessage: texts(
      "Select no more than three options.",
      "Выберите не более трёх вариантов.",
      "بیش از سه گزینه انتخاب نکنید.",
    ),
  },
  {
    type: "decimal",
    name: "investment_need_musd",
    label: texts(
      "Estimated investment needed until 2030 (million US dollars), if an estimate exists",
      "Оценка потребности в инвестициях до 2030 года (млн долларов США), если такая оценка имеется",
      "برآورد سرمایه‌گذاری لازم تا سال ۲۰۳۰ (میلیون دلار آمریکا)، در صورت وجود برآورد",
    ),
    ...nonNegative,
  },
  {
    type: "text",
    name: "investment_need_source",
    label: texts("Source of the estimate", "Источник оценки", "منبع برآورد"),
    relevant: "${investment_need_musd} != ''",
    ...mandatory,
  },
  yesNo(
    "has_initiatives",
    texts(
      "Are there circular-economy projects under way, planned or seeking financing?",
      "Имеются ли проекты в области экономики замкнутого цикла, которые реализуются, планируются или нуждаются в финансировании?",
      "آیا پروژه‌هایی در زمینهٔ اقتصاد چرخشی در حال اجرا، در دست برنامه‌ریزی یا در جست‌وجوی تأمین مالی است؟",
    ),
  ),
  endGroup,
];

const initiativeItemRows: SurveyRow[] = [
  {
    type: "text",
    name: "initiative_title",
    label: texts(
      "Name of the initiative or project",
      "Название инициативы или проекта",
      "عنوان ابتکار یا پروژه",
    ),
    ...mandatory,
    atlas: { field: "texts.title" },
  },
  {
    type: "select_one initiative_stage",
    name: "initiative_stage",
    label: texts("Stage", "Стадия", "مرحله"),
    ...mandatory,
    atlas: { field: "details.stage" },
  },
  {
    type: "text",
    name: "initiative_summary",
    label: texts("Objective and main activities", "Цель и основные мероприятия", "هدف و فعالیت‌های اصلی"),
    appearance: "multiline",
    atlas: { field: "texts.summary" },
  },
  {
    type: "text",
    name: "initiative_place",
    label: texts(
      "Location (city or region)",
      "Место реализации (город или регион)",
      "محل اجرا (شهر یا استان)",
    ),
    atlas: { field: "subnationalArea" },
  },
  {
    type: "integer",
    name: "initiative_year",
    label: texts(
      "Start year, actual or planned",
      "Год начала (фактический или планируемый)",
      "سال آغاز، واقعی یا برنامه‌ریزی‌شده (میلادی)",
    ),
    ...yearRange,
    atlas: { field: "year" },
  },
  {
    type: "select_multiple sector",
    name: "initiative_sectors",
    label: texts("Sectors", "Отрасли", "بخش‌ها"),
    appearance: "minimal",
    atlas: { field: "sectors" },
  },
  {
    type: "select_multiple strategy",
    name: "initiative_strategies",
    label: texts("Circular strategies", "Стратегии замкнутого цикла", "راهبردهای چرخشی"),
    atlas: { field: "strategies" },
  },
  {
    type: "select_multiple theme",
    name: "initiative_themes",
    label: texts("Themes", "Темы", "موضوعات"),
    appearance: "minimal",
    atlas: { field: "themes" },
  },
  {
    type: "decimal",
    name: "initiative_budget_usd",
    label: texts("Total budget (US dollars)", "Общий бюджет (в долларах США)", "بودجهٔ کل (دلار آمریکا)"),
    hint: texts(
      "In US dollars, not millions: for example 2500000.",
      "В долларах США, а не в миллионах: например, 2500000.",
      "به دلار آمریکا و نه میلیون دلار؛ برای نمونه ۲۵۰۰۰۰۰.",
    ),
    ...nonNegative,
    atlas: { field: "details.budgetUsd" },
  },
  {
    type: "decimal",
    name: "initiative_funding_sought_usd",
    label: texts(
      "Financing still sought (US dollars)",
      "Требуемый объём дополнительного финансирования (в долларах США)",
      "تأمین مالی مورد نیاز باقی‌مانده (دلار آمریکا)",
    ),
    relevant: "${initiative_stage} != 'completed'",
    constraint: ". >= 0 and (${initiative_budget_usd} = '' or . <= ${initiative_budget_usd})",
    constraintMessage: texts(
      "The amount cannot be negative or larger than the total budget.",
      "Сумма не может быть отрицательной или превышать общий бюджет.",
      "مبلغ نمی‌تواند منفی یا بیشتر از بودجهٔ کل باشد.",
    ),
    atlas: { field: "details.fundingSoughtUsd" },
  },
  {
    type: "text",
    name: "initiative_partners",
    label: texts(
      "Partners and financiers",
      "Партнёры и источники финансирования",
      "شرکا و تأمین‌کنندگان مالی",
    ),
    hint: texts(
      "Separate the names with semicolons.",
      "Перечислите через точку с запятой.",
      "نام‌ها را با نقطه‌ویرگول (؛) از هم جدا کنید.",
    ),
    atlas: { field: "details.partners" },
  },
  {
    type: "text",
    name: "initiative_link",
    label: texts("Link to a project description", "Ссылка на описание проекта", "پیوند شرح پروژه"),
    ...webAddress,
    atlas: { field: "sources.url" },
  },
  // Zero for a blank amount, so that the sum over the repeat below stays a number.
  {
    type: "calculate",
    name: "initiative_funding_sought_or_zero",
    calculation: "coalesce(${initiative_funding_sought_usd}, 0)",
  },
];

export const financingRows: SurveyRow[] = [
  beginGroup(
    "financing",
    texts(
      "8. Financing needs and mechanisms",
      "8. Потребности и механизмы финансирования",
      "۸. نیازها و سازوکارهای تأمین مالی",
    ),
  ),
  ...overviewRows,
  {
    type: "begin repeat",
    name: "initiative",
    label: texts("Initiative or project", "Инициатива или проект", "ابتکار یا پروژه"),
    relevant: "${has_initiatives} = 'yes'",
    atlas: { record: "initiative" },
  },
  beginGroup("initiative_item", texts("Describe the initiative", "Описание инициативы", "شرح ابتکار"), {
    appearance: "field-list",
  }),
  ...initiativeItemRows,
  endGroup,
  endRepeat,
  {
    type: "calculate",
    name: "initiatives_funding_total",
    calculation: "if(${has_initiatives} = 'yes', sum(${initiative_funding_sought_or_zero}), 0)",
  },
  {
    type: "note",
    name: "initiatives_funding_note",
    label: texts(
      "Financing sought across the initiatives described: ${initiatives_funding_total} US dollars.",
      "Общий объём запрашиваемого финансирования по описанным инициативам: ${initiatives_funding_total} долларов США.",
      "مجموع تأمین مالی مورد نیاز ابتکارهای شرح‌داده‌شده: ${initiatives_funding_total} دلار آمریکا.",
    ),
    relevant: "${has_initiatives} = 'yes'",
  },
  endGroup,
];
