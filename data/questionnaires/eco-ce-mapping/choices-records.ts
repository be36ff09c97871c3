/**
 * Choice lists for the record details of policies, good practices, stakeholders and initiatives;
 * their names are the codes of the taxonomy schemes those details are checked against
 * (policy-kind, policy-status, instrument, practice-kind, stakeholder-kind, initiative-stage).
 */
import { choiceList } from "./choice-list.ts";

export const policyKindChoices = choiceList("policy_kind", [
  ["law", "Law or code", "Закон или кодекс", "قانون"],
  [
    "regulation",
    "Regulation, decree or order",
    "Подзаконный акт (постановление, приказ)",
    "آیین‌نامه، تصویب‌نامه یا دستورالعمل",
  ],
  [
    "strategy",
    "Strategy, concept or roadmap",
    "Стратегия, концепция или дорожная карта",
    "راهبرد، سند سیاستی یا نقشهٔ راه",
  ],
  ["programme", "Programme or action plan", "Программа или план действий", "برنامه یا برنامهٔ عمل"],
  ["standard", "Technical standard", "Технический стандарт", "استاندارد فنی"],
  ["fiscal-instrument", "Tax, fee or subsidy", "Налог, сбор или субсидия", "مالیات، عوارض یا یارانه"],
]);

export const policyStatusChoices = choiceList("policy_status", [
  ["planned", "Planned", "Планируется", "برنامه‌ریزی‌شده"],
  ["draft", "Draft under discussion", "Проект на стадии обсуждения", "پیش‌نویس در حال بررسی"],
  [
    "adopted",
    "Adopted, not yet in force",
    "Принят, но ещё не вступил в силу",
    "تصویب‌شده ولی هنوز لازم‌الاجرا نشده",
  ],
  ["in-force", "In force", "Действует", "لازم‌الاجرا"],
  ["repealed", "Repealed or expired", "Утратил силу", "لغوشده یا منقضی"],
]);

export const instrumentChoices = choiceList("instrument", [
  [
    "epr",
    "Extended producer responsibility",
    "Расширенная ответственность производителей",
    "مسئولیت گستردهٔ تولیدکننده",
  ],
  ["deposit-refund", "Deposit-refund system", "Залоговая система возврата тары", "نظام ودیعه و بازپرداخت"],
  [
    "landfill-tax",
    "Landfill tax or ban",
    "Налог на захоронение отходов или запрет захоронения",
    "مالیات یا ممنوعیت دفن",
  ],
  [
    "product-ban",
    "Product ban or restriction",
    "Запрет или ограничение обращения продукции",
    "ممنوعیت یا محدودیت محصول",
  ],
  ["product-fee", "Product fee or levy", "Сбор с продукции", "عوارض محصول"],
  ["green-procurement", "Green public procurement", "Зелёные государственные закупки", "خرید عمومی سبز"],
  [
    "recycling-target",
    "Recycling or collection target",
    "Целевой показатель сбора или переработки",
    "هدف کمّی جمع‌آوری یا بازیافت",
  ],
  [
    "separate-collection",
    "Separate collection obligation",
    "Обязательный раздельный сбор",
    "الزام جمع‌آوری تفکیکی",
  ],
  ["eco-design", "Eco-design requirement", "Требования к экодизайну", "الزام طراحی سبز"],
  ["labelling", "Labelling", "Маркировка", "برچسب‌گذاری"],
  ["subsidy", "Subsidy or grant", "Субсидия или грант", "یارانه یا کمک بلاعوض"],
  ["tax-incentive", "Tax incentive", "Налоговая льгота", "مشوق مالیاتی"],
  ["waste-tariff", "Waste collection tariff", "Тариф на вывоз отходов", "تعرفهٔ جمع‌آوری پسماند"],
  ["permitting", "Permitting and inspection", "Разрешительная деятельность и контроль", "صدور مجوز و بازرسی"],
  ["information", "Information and awareness", "Информирование и просвещение", "اطلاع‌رسانی و آگاهی‌بخشی"],
]);

export const practiceKindChoices = choiceList("practice_kind", [
  ["business-model", "Business model", "Бизнес-модель", "مدل کسب‌وکار"],
  ["technology", "Technology", "Технология", "فناوری"],
  [
    "policy-practice",
    "Public policy or programme",
    "Государственная политика или программа",
    "سیاست یا برنامهٔ دولتی",
  ],
]);

export const stakeholderKindChoices = choiceList("stakeholder_kind", [
  ["ministry", "Ministry or government agency", "Министерство или ведомство", "وزارتخانه یا دستگاه دولتی"],
  ["statistics-office", "Statistics office", "Статистическое ведомство", "ادارهٔ آمار"],
  ["local-government", "Local government", "Орган местного самоуправления", "دولت محلی یا شهرداری"],
  ["ifi", "International financial institution", "Международный финансовый институт", "نهاد مالی بین‌المللی"],
  ["multilateral", "Multilateral organisation", "Многосторонняя организация", "سازمان چندجانبه"],
  ["academia", "Academia and research", "Академическое и научное сообщество", "دانشگاه و پژوهش"],
  ["private", "Private sector", "Частный сектор", "بخش خصوصی"],
  ["ngo", "Non-governmental organisation", "Неправительственная организация", "سازمان مردم‌نهاد"],
  [
    "informal-sector-association",
    "Association of informal waste workers",
    "Объединение работников неформального сектора",
    "تشکل کارگران غیررسمی پسماند",
  ],
]);

export const initiativeStageChoices = choiceList("initiative_stage", [
  ["idea", "Idea or concept", "Идея или концепция", "ایده یا طرح اولیه"],
  ["planned", "Planned", "Планируется", "برنامه‌ریزی‌شده"],
  ["financing", "Seeking financing", "Поиск финансирования", "در جست‌وجوی تأمین مالی"],
  ["implementation", "Under implementation", "Реализуется", "در حال اجرا"],
  ["completed", "Completed", "Завершено", "تکمیل‌شده"],
]);
