/**
 * Choice lists whose names are the knowledge base's codes: member states (ISO 3166-1 alpha-3),
 * content languages, ISIC Rev. 4 sections, the R-ladder of circular strategies (Potting et al.,
 * "Circular Economy: Measuring Innovation in the Product Chain", PBL 2017) and themes. The codes
 * are those of data/knowledge/taxonomy.json; the tests hold them to it.
 */
import { choiceList } from "./choice-list.ts";

export const countryChoices = choiceList("country", [
  ["AFG", "Afghanistan", "Афганистан", "افغانستان"],
  ["AZE", "Azerbaijan", "Азербайджан", "جمهوری آذربایجان"],
  ["IRN", "Iran (Islamic Republic of)", "Иран (Исламская Республика)", "جمهوری اسلامی ایران"],
  ["KAZ", "Kazakhstan", "Казахстан", "قزاقستان"],
  ["KGZ", "Kyrgyzstan", "Кыргызстан", "قرقیزستان"],
  ["PAK", "Pakistan", "Пакистан", "پاکستان"],
  ["TJK", "Tajikistan", "Таджикистан", "تاجیکستان"],
  ["TUR", "Türkiye", "Турция", "ترکیه"],
  ["TKM", "Turkmenistan", "Туркменистан", "ترکمنستان"],
  ["UZB", "Uzbekistan", "Узбекистан", "ازبکستان"],
]);

/** Languages a knowledge record may be written in (formats' content languages). */
export const languageChoices = choiceList("language", [
  ["en", "English", "Английский", "انگلیسی"],
  ["ru", "Russian", "Русский", "روسی"],
  ["fa", "Persian", "Персидский (фарси)", "فارسی"],
  ["tr", "Turkish", "Турецкий", "ترکی استانبولی"],
  ["az", "Azerbaijani", "Азербайджанский", "ترکی آذربایجانی"],
  ["kk", "Kazakh", "Казахский", "قزاقی"],
  ["ky", "Kyrgyz", "Кыргызский", "قرقیزی"],
  ["uz", "Uzbek (Latin script)", "Узбекский (латиница)", "ازبکی (خط لاتین)"],
  ["uz-Cyrl", "Uzbek (Cyrillic script)", "Узбекский (кириллица)", "ازبکی (خط سیریلیک)"],
  ["tg", "Tajik", "Таджикский", "تاجیکی"],
  ["tk", "Turkmen", "Туркменский", "ترکمنی"],
  ["ps", "Pashto", "Пушту", "پشتو"],
  ["ur", "Urdu", "Урду", "اردو"],
]);

// The section letter leads in English and Russian and follows in Persian, so that a Persian
// label still starts with a right-to-left letter and is laid out right to left.
export const sectorChoices = choiceList("sector", [
  [
    "A",
    "A – Agriculture, forestry and fishing",
    "A – Сельское, лесное и рыбное хозяйство",
    "کشاورزی، جنگلداری و ماهیگیری (A)",
  ],
  [
    "B",
    "B – Mining and quarrying",
    "B – Горнодобывающая промышленность и разработка карьеров",
    "استخراج معدن (B)",
  ],
  ["C", "C – Manufacturing", "C – Обрабатывающая промышленность", "تولید صنعتی (C)"],
  [
    "D",
    "D – Electricity, gas, steam and air conditioning supply",
    "D – Обеспечение электроэнергией, газом и паром; кондиционирование воздуха",
    "تأمین برق، گاز، بخار و تهویهٔ هوا (D)",
  ],
  [
    "E",
    "E – Water supply; sewerage, waste management and remediation activities",
    "E – Водоснабжение; водоотведение, сбор и обработка отходов, ликвидация загрязнений",
    "آب‌رسانی؛ فاضلاب، مدیریت پسماند و بهسازی (E)",
  ],
  ["F", "F – Construction", "F – Строительство", "ساختمان (F)"],
  [
    "G",
    "G – Wholesale and retail trade; repair of motor vehicles and motorcycles",
    "G – Оптовая и розничная торговля; ремонт автотранспортных средств и мотоциклов",
    "عمده‌فروشی و خرده‌فروشی؛ تعمیر وسایل نقلیهٔ موتوری و موتورسیکلت (G)",
  ],
  ["H", "H – Transportation and storage", "H – Транспортировка и хранение", "حمل‌ونقل و انبارداری (H)"],
  [
    "I",
    "I – Accommodation and food service activities",
    "I – Деятельность гостиниц и предприятий общественного питания",
    "اقامت و خدمات غذایی (I)",
  ],
  ["J", "J – Information and communication", "J – Информация и связь", "اطلاعات و ارتباطات (J)"],
  [
    "K",
    "K – Financial and insurance activities",
    "K – Финансовая и страховая деятельность",
    "فعالیت‌های مالی و بیمه (K)",
  ],
  ["L", "L – Real estate activities", "L – Операции с недвижимым имуществом", "املاک و مستغلات (L)"],
  [
    "M",
    "M – Professional, scientific and technical activities",
    "M – Профессиональная, научная и техническая деятельность",
    "فعالیت‌های حرفه‌ای، علمی و فنی (M)",
  ],
  [
    "N",
    "N – Administrative and support service activities",
    "N – Административная деятельность и сопутствующие дополнительные услуги",
    "فعالیت‌های اداری و خدمات پشتیبانی (N)",
  ],
  [
    "O",
    "O – Public administration and defence; compulsory social security",
    "O – Государственное управление и обеспечение военной безопасности; обязательное социальное обеспечение",
    "ادارهٔ امور عمومی و دفاع؛ تأمین اجتماعی اجباری (O)",
  ],
  ["P", "P – Education", "P – Образование", "آموزش (P)"],
  [
    "Q",
    "Q – Human health and social work activities",
    "Q – Деятельность в области здравоохранения и социальных услуг",
    "سلامت انسان و مددکاری اجتماعی (Q)",
  ],
  [
    "R",
    "R – Arts, entertainment and recreation",
    "R – Деятельность в области культуры, спорта, организации досуга и развлечений",
    "هنر، سرگرمی و تفریح (R)",
  ],
  ["S", "S – Other service activities", "S – Предоставление прочих видов услуг", "سایر فعالیت‌های خدماتی (S)"],
  [
    "T",
    "T – Activities of households as employers",
    "T – Деятельность домашних хозяйств как работодателей",
    "فعالیت‌های خانوارها به‌عنوان کارفرما (T)",
  ],
  [
    "U",
    "U – Activities of extraterritorial organizations and bodies",
    "U – Деятельность экстерриториальных организаций и органов",
    "فعالیت‌های سازمان‌ها و نهادهای برون‌مرزی (U)",
  ],
]);

export const strategyChoices = choiceList("strategy", [
  [
    "R0",
    "R0 Refuse: make the product redundant",
    "R0 Отказ: отказ от продукта или его функции",
    "امتناع: بی‌نیاز شدن از محصول (R0)",
  ],
  [
    "R1",
    "R1 Rethink: use products more intensively, e.g. by sharing",
    "R1 Переосмысление: более интенсивное использование продукции, например совместное",
    "بازاندیشی: استفادهٔ فشرده‌تر از محصول، مانند استفادهٔ اشتراکی (R1)",
  ],
  [
    "R2",
    "R2 Reduce: use fewer resources in production and use",
    "R2 Сокращение: снижение расхода ресурсов при производстве и потреблении",
    "کاهش: مصرف منابع کمتر در تولید و مصرف (R2)",
  ],
  [
    "R3",
    "R3 Reuse: reuse by another user of a product in good condition",
    "R3 Повторное использование: использование исправной продукции другим потребителем",
    "استفادهٔ مجدد: استفادهٔ مصرف‌کننده‌ای دیگر از محصول سالم (R3)",
  ],
  [
    "R4",
    "R4 Repair: repair and maintain defective products",
    "R4 Ремонт: ремонт и техническое обслуживание неисправной продукции",
    "تعمیر: تعمیر و نگهداری محصولات معیوب (R4)",
  ],
  [
    "R5",
    "R5 Refurbish: restore and modernise old products",
    "R5 Восстановление: восстановление и модернизация бывшей в употреблении продукции",
    "نوسازی: بازسازی و به‌روزرسانی محصولات کهنه (R5)",
  ],
  [
    "R6",
    "R6 Remanufacture: use parts in a new product with the same function",
    "R6 Повторное производство: использование деталей в новой продукции с той же функцией",
    "بازتولید: به‌کارگیری قطعات در محصولی نو با همان کارکرد (R6)",
  ],
  [
    "R7",
    "R7 Repurpose: use products or their parts for a different function",
    "R7 Перепрофилирование: использование продукции или её деталей для иной функции",
    "تغییر کاربری: به‌کارگیری محصول یا قطعات آن برای کارکردی دیگر (R7)",
  ],
  [
    "R8",
    "R8 Recycle: process materials so that they can be used again",
    "R8 Переработка: переработка материалов для их повторного использования",
    "بازیافت: فرآوری مواد برای بازگرداندن آن‌ها به چرخهٔ مصرف (R8)",
  ],
  [
    "R9",
    "R9 Recover: incinerate materials with energy recovery",
    "R9 Рекуперация: сжигание материалов с извлечением энергии",
    "بازیابی: سوزاندن مواد همراه با بازیابی انرژی (R9)",
  ],
]);

export const themeChoices = choiceList("theme", [
  ["waste-management", "Waste management", "Обращение с отходами", "مدیریت پسماند"],
  ["municipal-waste", "Municipal solid waste", "Твёрдые коммунальные отходы", "پسماند جامد شهری"],
  ["plastics", "Plastics", "Пластмассы", "پلاستیک"],
  ["packaging", "Packaging", "Упаковка", "بسته‌بندی"],
  ["e-waste", "Electronic waste", "Электронные отходы", "پسماند الکترونیکی"],
  [
    "construction-waste",
    "Construction and demolition waste",
    "Строительные отходы и отходы сноса",
    "پسماند ساخت‌وساز و تخریب",
  ],
  ["hazardous-waste", "Hazardous waste", "Опасные отходы", "پسماند خطرناک"],
  ["food-waste", "Food and organic waste", "Пищевые и органические отходы", "پسماند غذایی و آلی"],
  ["resource-efficiency", "Resource efficiency", "Ресурсоэффективность", "بهره‌وری منابع"],
  ["sustainable-industry", "Sustainable industry", "Устойчивая промышленность", "صنعت پایدار"],
  ["industrial-symbiosis", "Industrial symbiosis", "Промышленный симбиоз", "هم‌زیستی صنعتی"],
  ["energy", "Energy", "Энергетика", "انرژی"],
  ["water", "Water", "Водные ресурсы", "آب"],
  ["agriculture-food", "Agriculture and food", "Сельское хозяйство и продовольствие", "کشاورزی و غذا"],
  ["textiles", "Textiles", "Текстиль", "منسوجات"],
  ["green-finance", "Green finance", "Зелёное финансирование", "تأمین مالی سبز"],
  ["informal-sector", "Informal sector", "Неформальный сектор", "بخش غیررسمی"],
  ["gender", "Gender", "Гендерное равенство", "جنسیت"],
  ["skills", "Skills and jobs", "Навыки и занятость", "مهارت و اشتغال"],
  ["data-statistics", "Data and statistics", "Данные и статистика", "داده و آمار"],
  ["climate", "Climate change", "Изменение климата", "تغییر اقلیم"],
  ["regional-cooperation", "Regional cooperation", "Региональное сотрудничество", "همکاری منطقه‌ای"],
]);
