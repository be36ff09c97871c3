/**
 * Section 3: the national circular-economy strategy (its name, year and link asked only when
 * one exists) and a repeat of the laws, regulations and programmes, each a policy record.
 */
import { type SurveyRow, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import { beginGroup, endGroup, endRepeat, mandatory, webAddress, yearRange, yesNo } from "./common-rows.ts";

const strategyExists = "${has_ce_strategy} = 'adopted' or ${has_ce_strategy} = 'drafting'";

export const nationalStrategyRows: SurveyRow[] = [
  beginGroup(
    "ce_strategy",
    texts(
      "National circular-economy strategy",
      "Национальная стратегия экономики замкнутого цикла",
      "راهبرد ملی اقتصاد چرخشی",
    ),
    { appearance: "field-list" },
  ),
  {
    type: "select_one strategy_status",
    name: "has_ce_strategy",
    label: texts(
      "Is there a national circular-economy strategy or roadmap?",
      "Имеется ли национальная стратегия или дорожная карта по экономике замкнутого цикла?",
      "آیا راهبرد یا نقشهٔ راه ملی اقتصاد چرخشی وجود دارد؟",
    ),
    ...mandatory,
  },
  {
    type: "text",
    name: "ce_strategy_name",
    label: texts(
      "Title of the strategy or roadmap",
      "Название стратегии или дорожной карты",
      "عنوان راهبرد یا نقشهٔ راه",
    ),
    relevant: strategyExists,
    ...mandatory,
  },
  {
    type: "integer",
    name: "ce_strategy_year",
    label: texts("Year of adoption", "Год утверждения", "سال تصویب (میلادی)"),
    relevant: "${has_ce_strategy} = 'adopted'",
    ...mandatory,
    ...yearRange,
  },
  {
    type: "text",
    name: "ce_strategy_link",
    label: texts("Link to the official text", "Ссылка на официальный текст", "پیوند متن رسمی"),
    relevant: "${has_ce_strategy} = 'adopted'",
    ...webAddress,
  },
  {
    type: "text",
    name: "ce_strategy_body",
    label: texts(
      "Institution responsible for its preparation or implementation",
      "Учреждение, ответственное за её разработку или реализацию",
      "نهاد مسئول تهیه یا اجرای آن",
    ),
    relevant: strategyExists,
  },
  yesNo(
    "ce_in_other_plans",
    texts(
      "Are circular-economy objectives included in other national plans (development plan, green-growth strategy, nationally determined contribution)?",
      "Включены ли цели экономики замкнутого цикла в другие национальные планы (план развития, стратегия «зелёного» роста, определяемый на национальном уровне вклад)?",
      "آیا اهداف اقتصاد چرخشی در سایر برنامه‌های ملی (برنامهٔ توسعه، راهبرد رشد سبز، مشارکت ملی معین) گنجانده شده است؟",
    ),
  ),
  {
    type: "text",
    name: "ce_other_plans",
    label: texts(
      "Which plans, and what do they provide?",
      "В какие планы и что в них предусмотрено?",
      "کدام برنامه‌ها و چه مواردی در آن‌ها پیش‌بینی شده است؟",
    ),
    relevant: "${ce_in_other_plans} = 'yes'",
    appearance: "multiline",
  },
  yesNo(
    "has_policies",
    texts(
      "Are there other laws, regulations, programmes or instruments, in force or in preparation, that support the circular economy?",
      "Имеются ли иные законы, подзаконные акты, программы или инструменты, действующие или находящиеся в разработке, которые способствуют переходу к экономике замкнутого цикла?",
      "آیا قوانین، آیین‌نامه‌ها، برنامه‌ها یا ابزارهای دیگری که از اقتصاد چرخشی پشتیبانی می‌کنند، لازم‌الاجرا یا در دست تهیه است؟",
    ),
    {
      hint: texts(
        "If yes, describe each on the following pages, one per entry.",
        "Если да, опишите каждый из них на следующих страницах, по одному в каждой записи.",
        "در صورت مثبت بودن پاسخ، هر یک را در صفحه‌های بعد و در موردی جداگانه شرح دهید.",
      ),
    },
  ),
  endGroup,
];

export const policyRows: SurveyRow[] = [
  {
    type: "begin repeat",
    name: "policy",
    label: texts(
      "Law, regulation or programme",
      "Закон, подзаконный акт или программа",
      "قانون، آیین‌نامه یا برنامه",
    ),
    relevant: "${has_policies} = 'yes'",
    atlas: { record: "policy" },
  },
  beginGroup("policy_item", texts("Describe the policy", "Описание документа", "شرح سیاست"), {
    appearance: "field-list",
  }),
  {
    type: "text",
    name: "policy_title",
    label: texts("Official title", "Официальное название", "عنوان رسمی"),
    ...mandatory,
    atlas: { field: "texts.title" },
  },
  {
    type: "select_one policy_kind",
    name: "policy_kind",
    label: texts("Type", "Вид документа", "نوع"),
    ...mandatory,
    atlas: { field: "details.policyKind" },
  },
  {
    type: "select_one policy_status",
    name: "policy_status",
    label: texts("Status", "Статус", "وضعیت"),
    ...mandatory,
    atlas: { field: "details.policyStatus" },
  },
  {
    type: "integer",
    name: "policy_year",
    label: texts(
      "Year adopted or expected",
      "Год принятия или ожидаемый год принятия",
      "سال تصویب یا سال پیش‌بینی‌شده (میلادی)",
    ),
    ...yearRange,
    atlas: { field: "year" },
  },
  {
    type: "text",
    name: "policy_issuing_body",
    label: texts("Issuing body", "Орган, принявший документ", "مرجع صادرکننده"),
    atlas: { field: "details.issuingBody" },
  },
  {
    type: "text",
    name: "policy_reference",
    label: texts("Number and date of the act", "Номер и дата акта", "شماره و تاریخ مصوبه"),
    hint: texts(
      "For example: No. 400-VI of 2 January 2021.",
      "Например: № 400-VI от 2 января 2021 года.",
      "برای نمونه: شمارهٔ ۴۰۰ مورخ ۲ ژانویهٔ ۲۰۲۱.",
    ),
    atlas: { field: "details.legalReference" },
  },
  {
    type: "select_multiple instrument",
    name: "policy_instruments",
    label: texts("Instruments it uses", "Используемые инструменты", "ابزارهای به‌کاررفته"),
    atlas: { field: "details.instruments" },
  },
  {
    type: "select_multiple sector",
    name: "policy_sectors",
    label: texts("Sectors covered", "Охватываемые отрасли", "بخش‌های تحت پوشش"),
    appearance: "minimal",
    atlas: { field: "sectors" },
  },
  {
    type: "select_multiple strategy",
    name: "policy_strategies",
    label: texts(
      "Circular strategies it supports",
      "Поддерживаемые стратегии замкнутого цикла",
      "راهبردهای چرخشی مورد حمایت",
    ),
    atlas: { field: "strategies" },
  },
  {
    type: "select_multiple theme",
    name: "policy_themes",
    label: texts("Themes", "Темы", "موضوعات"),
    appearance: "minimal",
    atlas: { field: "themes" },
  },
  {
    type: "text",
    name: "policy_summary",
    label: texts(
      "Main provisions relevant to the circular economy",
      "Основные положения, касающиеся экономики замкнутого цикла",
      "مفاد اصلی مرتبط با اقتصاد چرخشی",
    ),
    appearance: "multiline",
    atlas: { field: "texts.summary" },
  },
  {
    type: "select_one implementation",
    name: "policy_implementation",
    label: texts(
      "How effectively is it implemented?",
      "Насколько эффективно он применяется?",
      "اجرای آن تا چه اندازه مؤثر است؟",
    ),
    relevant: "${policy_status} = 'in-force' or ${policy_status} = 'adopted'",
  },
  {
    type: "text",
    name: "policy_link",
    label: texts("Link to the official text", "Ссылка на официальный текст", "پیوند متن رسمی"),
    ...webAddress,
    atlas: { field: "sources.url" },
  },
  endGroup,
  endRepeat,
  {
    type: "calculate",
    name: "policy_count",
    calculation: "if(${has_policies} = 'yes', count(${policy}), 0)",
  },
  {
    type: "note",
    name: "policy_count_note",
    label: texts(
      "Policies described: ${policy_count}.",
      "Описано документов: ${policy_count}.",
      "تعداد سیاست‌های شرح‌داده‌شده: ${policy_count}.",
    ),
    relevant: "${has_policies} = 'yes'",
  },
];

export const policyFrameworkRows: SurveyRow[] = [
  beginGroup(
    "policy_framework",
    texts("3. Policy framework", "3. Политико-правовая база", "۳. چارچوب سیاستی"),
  ),
  ...nationalStrategyRows,
  ...policyRows,
  endGroup,
];
