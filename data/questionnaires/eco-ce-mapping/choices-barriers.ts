/**
 * The barrier cascade: a category (the barrier-kind taxonomy code a barrier record keeps) and,
 * filtered by it through the `category` column, the type of barrier. Types are the
 * questionnaire's own codes; each category ends with an "other" type.
 */
import type { ChoiceRow } from "../../../scripts/questionnaires/questionnaire-source.ts";
import { choiceList } from "./choice-list.ts";

export const barrierKindChoices = choiceList("barrier_kind", [
  ["infrastructure", "Infrastructure", "Инфраструктура", "زیرساخت"],
  ["financing", "Financing", "Финансирование", "تأمین مالی"],
  ["regulatory", "Regulation", "Нормативно-правовое регулирование", "مقررات"],
  ["capacity", "Capacity and skills", "Потенциал и кадры", "ظرفیت و مهارت"],
  ["data", "Data", "Данные", "داده"],
  ["market", "Market", "Рынок", "بازار"],
  ["social", "Social", "Социальные факторы", "عوامل اجتماعی"],
]);

export const barrierTypeChoices: ChoiceRow[] = [
  ...choiceList(
    "barrier_type",
    [
      [
        "collection-coverage",
        "Insufficient coverage of waste collection",
        "Недостаточный охват населения сбором отходов",
        "پوشش ناکافی جمع‌آوری پسماند",
      ],
      [
        "sorting-capacity",
        "Too few sorting facilities",
        "Нехватка сортировочных мощностей",
        "کمبود تأسیسات تفکیک",
      ],
      [
        "recycling-capacity",
        "Insufficient recycling capacity",
        "Недостаточные мощности по переработке",
        "ظرفیت ناکافی بازیافت",
      ],
      [
        "disposal-standards",
        "Landfills and dumpsites below sanitary standards",
        "Полигоны и свалки, не отвечающие санитарным требованиям",
        "محل‌های دفن و تخلیهٔ غیربهداشتی",
      ],
      [
        "special-waste-facilities",
        "No facilities for hazardous or electronic waste",
        "Отсутствие объектов для обращения с опасными или электронными отходами",
        "نبود تأسیسات برای پسماند خطرناک یا الکترونیکی",
      ],
      [
        "logistics-costs",
        "High transport and logistics costs",
        "Высокие транспортные и логистические издержки",
        "هزینه‌های بالای حمل‌ونقل و لجستیک",
      ],
      [
        "infrastructure-other",
        "Other infrastructure barrier",
        "Иной инфраструктурный барьер",
        "سایر موانع زیرساختی",
      ],
    ],
    "infrastructure",
  ),
  ...choiceList(
    "barrier_type",
    [
      [
        "public-budget",
        "Insufficient public budget",
        "Недостаточность бюджетных средств",
        "کمبود بودجهٔ عمومی",
      ],
      [
        "access-to-credit",
        "Limited access to credit for enterprises",
        "Ограниченный доступ предприятий к кредитам",
        "دسترسی محدود بنگاه‌ها به اعتبار",
      ],
      ["cost-of-capital", "High cost of capital", "Высокая стоимость капитала", "هزینهٔ بالای سرمایه"],
      [
        "cost-recovery",
        "Waste fees do not cover the cost of services",
        "Тарифы на услуги по обращению с отходами не покрывают затрат",
        "تعرفه‌های پسماند هزینهٔ خدمات را پوشش نمی‌دهد",
      ],
      [
        "investment-risk",
        "High perceived investment risk",
        "Высокий инвестиционный риск в восприятии инвесторов",
        "ریسک بالای سرمایه‌گذاری از دید سرمایه‌گذاران",
      ],
      ["financing-other", "Other financing barrier", "Иной финансовый барьер", "سایر موانع تأمین مالی"],
    ],
    "financing",
  ),
  ...choiceList(
    "barrier_type",
    [
      [
        "no-legal-framework",
        "No legal framework for the circular economy",
        "Отсутствие правовой базы экономики замкнутого цикла",
        "نبود چارچوب حقوقی برای اقتصاد چرخشی",
      ],
      [
        "weak-enforcement",
        "Weak enforcement of existing rules",
        "Слабое применение действующих норм",
        "ضعف در اجرای مقررات موجود",
      ],
      [
        "no-epr",
        "No extended producer responsibility",
        "Отсутствие расширенной ответственности производителей",
        "نبود مسئولیت گستردهٔ تولیدکننده",
      ],
      [
        "end-of-waste",
        "Unclear end-of-waste and by-product rules",
        "Неясные критерии прекращения статуса отходов и отнесения к побочной продукции",
        "ابهام در ضوابط خروج از وضعیت پسماند و فرآوردهٔ جانبی",
      ],
      [
        "secondary-standards",
        "No standards for secondary raw materials",
        "Отсутствие стандартов на вторичное сырьё",
        "نبود استاندارد برای مواد اولیهٔ ثانویه",
      ],
      [
        "fragmented-mandates",
        "Fragmented or overlapping institutional mandates",
        "Раздробленность или дублирование полномочий ведомств",
        "پراکندگی یا هم‌پوشانی وظایف نهادها",
      ],
      [
        "regulatory-other",
        "Other regulatory barrier",
        "Иной нормативно-правовой барьер",
        "سایر موانع مقرراتی",
      ],
    ],
    "regulatory",
  ),
  ...choiceList(
    "barrier_type",
    [
      ["technical-skills", "Lack of technical skills", "Нехватка технических навыков", "کمبود مهارت فنی"],
      [
        "institutional-capacity",
        "Limited capacity of public institutions",
        "Ограниченный потенциал государственных учреждений",
        "ظرفیت محدود نهادهای دولتی",
      ],
      [
        "research-innovation",
        "Weak research and innovation base",
        "Слабая научно-исследовательская и инновационная база",
        "ضعف بنیهٔ پژوهش و نوآوری",
      ],
      [
        "capacity-other",
        "Other capacity barrier",
        "Иной барьер, связанный с потенциалом",
        "سایر موانع ظرفیتی",
      ],
    ],
    "capacity",
  ),
  ...choiceList(
    "barrier_type",
    [
      [
        "waste-statistics",
        "No regular waste statistics",
        "Отсутствие регулярной статистики отходов",
        "نبود آمار منظم پسماند",
      ],
      [
        "material-accounts",
        "No material-flow accounts",
        "Отсутствие счетов материальных потоков",
        "نبود حساب‌های جریان مواد",
      ],
      [
        "definitions-methods",
        "Inconsistent definitions and methods",
        "Несогласованность определений и методик",
        "ناهماهنگی تعاریف و روش‌ها",
      ],
      [
        "data-access",
        "Limited access to existing data",
        "Ограниченный доступ к имеющимся данным",
        "دسترسی محدود به داده‌های موجود",
      ],
      ["data-other", "Other data barrier", "Иной барьер, связанный с данными", "سایر موانع داده‌ای"],
    ],
    "data",
  ),
  ...choiceList(
    "barrier_type",
    [
      [
        "secondary-demand",
        "Low demand for secondary materials",
        "Низкий спрос на вторичные материалы",
        "تقاضای کم برای مواد ثانویه",
      ],
      [
        "virgin-prices",
        "Virgin materials cheaper than secondary ones",
        "Первичное сырьё дешевле вторичного",
        "ارزان‌تر بودن مواد اولیهٔ نو از مواد ثانویه",
      ],
      [
        "price-volatility",
        "Volatile prices of recyclables",
        "Неустойчивость цен на вторичное сырьё",
        "نوسان قیمت مواد قابل بازیافت",
      ],
      [
        "small-market",
        "Small domestic market",
        "Ограниченная ёмкость внутреннего рынка",
        "کوچکی بازار داخلی",
      ],
      ["market-other", "Other market barrier", "Иной рыночный барьер", "سایر موانع بازار"],
    ],
    "market",
  ),
  ...choiceList(
    "barrier_type",
    [
      ["public-awareness", "Low public awareness", "Низкая осведомлённость населения", "آگاهی عمومی اندک"],
      [
        "consumption-habits",
        "Consumption and disposal habits",
        "Сложившиеся привычки потребления и обращения с отходами",
        "عادت‌های مصرف و دورریز",
      ],
      [
        "informal-livelihoods",
        "Risk to the livelihoods of informal workers",
        "Угроза источникам дохода работников неформального сектора",
        "خطر برای معیشت کارگران غیررسمی",
      ],
      ["social-other", "Other social barrier", "Иной социальный барьер", "سایر موانع اجتماعی"],
    ],
    "social",
  ),
];
