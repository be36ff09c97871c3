/**
 * Section 2: the priority sectors, strategies and themes, then up to five priorities described
 * one by one; the respondent says how many, which sets the repeat's count.
 */
import { type SurveyRow, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import { atMostFive, beginGroup, endGroup, endRepeat, mandatory } from "./common-rows.ts";

export const prioritiesRows: SurveyRow[] = [
  beginGroup("priorities", texts("2. National priorities", "2. Национальные приоритеты", "۲. اولویت‌های ملی")),
  beginGroup(
    "priorities_overview",
    texts("Priority areas", "Приоритетные направления", "حوزه‌های اولویت‌دار"),
    {
      appearance: "field-list",
    },
  ),
  {
    type: "select_multiple sector",
    name: "priority_sectors",
    label: texts(
      "Which economic sectors are national priorities for the circular economy?",
      "Какие отрасли экономики являются национальными приоритетами в области экономики замкнутого цикла?",
      "کدام بخش‌های اقتصادی در اقتصاد چرخشی اولویت ملی به شمار می‌روند؟",
    ),
    hint: texts(
      "Select up to five sections of ISIC Rev. 4.",
      "Выберите не более пяти секций МСОК (ред. 4).",
      "حداکثر پنج بخش از طبقه‌بندی ISIC (ویرایش ۴) را انتخاب کنید.",
    ),
    ...mandatory,
    ...atMostFive,
    appearance: "minimal",
  },
  {
    type: "select_multiple strategy",
    name: "priority_strategies",
    label: texts(
      "Which circular strategies does national policy give most weight to?",
      "Каким стратегиям замкнутого цикла национальная политика уделяет наибольшее внимание?",
      "سیاست ملی بیشترین اهمیت را به کدام راهبردهای چرخشی می‌دهد؟",
    ),
    hint: texts(
      "The R-ladder runs from R0 Refuse (the most circular) to R9 Recover (the least).",
      "Шкала R-стратегий охватывает уровни от R0 «Отказ» (наибольшая степень замкнутости) до R9 «Рекуперация» (наименьшая).",
      "نردبان راهبردها از «امتناع» (R0، چرخشی‌ترین) تا «بازیابی» (R9، کمترین درجهٔ چرخشی‌بودن) را در بر می‌گیرد.",
    ),
    ...mandatory,
  },
  {
    type: "select_multiple theme",
    name: "priority_themes",
    label: texts(
      "Which themes are national priorities?",
      "Какие темы являются национальными приоритетами?",
      "کدام موضوعات اولویت ملی به شمار می‌روند؟",
    ),
    hint: texts("Select up to five.", "Выберите не более пяти.", "حداکثر پنج مورد را انتخاب کنید."),
    ...mandatory,
    ...atMostFive,
    appearance: "minimal",
  },
  {
    type: "integer",
    name: "priority_count",
    label: texts(
      "How many national priorities will you describe in detail (1 to 5)?",
      "Сколько национальных приоритетов Вы опишете подробно (от 1 до 5)?",
      "چند اولویت ملی را به تفصیل شرح می‌دهید (۱ تا ۵)؟",
    ),
    ...mandatory,
    default: "3",
    constraint: ". >= 1 and . <= 5",
    constraintMessage: texts(
      "Enter a number from 1 to 5.",
      "Укажите число от 1 до 5.",
      "عددی از ۱ تا ۵ وارد کنید.",
    ),
  },
  endGroup,
  {
    type: "begin repeat",
    name: "priority",
    label: texts("National priority", "Национальный приоритет", "اولویت ملی"),
    repeatCount: "${priority_count}",
    atlas: { record: "priority" },
  },
  beginGroup("priority_item", texts("Describe the priority", "Описание приоритета", "شرح اولویت"), {
    appearance: "field-list",
  }),
  {
    type: "text",
    name: "priority_title",
    label: texts("Priority, as a short title", "Приоритет (краткое название)", "عنوان کوتاه اولویت"),
    hint: texts(
      "For example: separate collection of municipal waste in all cities by 2030.",
      "Например: раздельный сбор коммунальных отходов во всех городах к 2030 году.",
      "برای نمونه: جمع‌آوری تفکیکی پسماند شهری در همهٔ شهرها تا سال ۲۰۳۰.",
    ),
    ...mandatory,
    atlas: { field: "texts.title" },
  },
  {
    type: "text",
    name: "priority_description",
    label: texts(
      "Description, targets and responsible institutions",
      "Описание, целевые показатели и ответственные учреждения",
      "شرح، اهداف کمّی و نهادهای مسئول",
    ),
    appearance: "multiline",
    atlas: { field: "texts.summary" },
  },
  {
    type: "text",
    name: "priority_document",
    label: texts(
      "Document that sets the priority (plan, strategy, decree)",
      "Документ, в котором закреплён приоритет (план, стратегия, указ)",
      "سندی که این اولویت را تعیین کرده است (برنامه، راهبرد یا مصوبه)",
    ),
    atlas: { field: "sources.title" },
  },
  {
    type: "integer",
    name: "priority_target_year",
    label: texts("Target year", "Целевой год", "سال هدف (میلادی)"),
    constraint: ". >= 2024 and . <= 2060",
    constraintMessage: texts(
      "Enter a year between 2024 and 2060.",
      "Укажите год в диапазоне от 2024 до 2060.",
      "سالی میلادی بین ۲۰۲۴ و ۲۰۶۰ وارد کنید.",
    ),
  },
  {
    type: "select_multiple sector",
    name: "priority_item_sectors",
    label: texts("Sectors concerned", "Соответствующие отрасли", "بخش‌های مرتبط"),
    appearance: "minimal",
    atlas: { field: "sectors" },
  },
  {
    type: "select_multiple strategy",
    name: "priority_item_strategies",
    label: texts(
      "Circular strategies concerned",
      "Соответствующие стратегии замкнутого цикла",
      "راهبردهای چرخشی مرتبط",
    ),
    atlas: { field: "strategies" },
  },
  {
    type: "select_multiple theme",
    name: "priority_item_themes",
    label: texts("Themes concerned", "Соответствующие темы", "موضوعات مرتبط"),
    appearance: "minimal",
    atlas: { field: "themes" },
  },
  endGroup,
  endRepeat,
  endGroup,
];
