/** Choice lists of the questionnaire's own answers (no knowledge-base vocabulary behind them). */
import { choiceList } from "./choice-list.ts";

export const answerChoices = [
  ...choiceList("yes_no", [
    ["yes", "Yes", "Да", "بله"],
    ["no", "No", "Нет", "خیر"],
  ]),
  ...choiceList("yes_no_unknown", [
    ["yes", "Yes", "Да", "بله"],
    ["no", "No", "Нет", "خیر"],
    ["unknown", "Not known", "Нет сведений", "نامعلوم"],
  ]),
  ...choiceList("strategy_status", [
    ["adopted", "Yes, adopted", "Да, утверждена", "بله، تصویب شده است"],
    ["drafting", "Being prepared", "Находится в разработке", "در دست تهیه است"],
    ["no", "No", "Нет", "خیر"],
  ]),
  ...choiceList("implementation", [
    ["effective", "Effectively", "Эффективно", "به‌طور مؤثر"],
    ["partial", "Partly", "Частично", "تا حدی"],
    ["weak", "Weakly", "Слабо", "ضعیف"],
    ["too-early", "Too early to say", "Пока рано судить", "هنوز برای داوری زود است"],
  ]),
  ...choiceList("involvement", [
    ["leading", "Leads or coordinates", "Руководит или координирует", "هدایت یا هماهنگی می‌کند"],
    ["active", "Actively involved", "Активно участвует", "فعالانه مشارکت دارد"],
    [
      "potential",
      "Potential partner, not yet involved",
      "Потенциальный партнёр, пока не участвует",
      "شریک بالقوه، هنوز مشارکت ندارد",
    ],
  ]),
  ...choiceList("severity", [
    ["high", "High", "Высокая", "زیاد"],
    ["medium", "Medium", "Средняя", "متوسط"],
    ["low", "Low", "Низкая", "کم"],
  ]),
];

export const infrastructureChoices = [
  ...choiceList("separate_collection", [
    ["most-cities", "Yes, in most cities", "Да, в большинстве городов", "بله، در بیشتر شهرها"],
    ["some-cities", "In some cities", "В отдельных городах", "در برخی شهرها"],
    ["pilots", "Only in pilot projects", "Только в рамках пилотных проектов", "فقط در طرح‌های آزمایشی"],
    ["none", "No", "Нет", "خیر"],
  ]),
  ...choiceList("availability", [
    ["sufficient", "Yes, sufficient", "Да, в достаточном количестве", "بله، به اندازهٔ کافی"],
    ["insufficient", "Yes, but insufficient", "Да, но в недостаточном количестве", "بله، اما ناکافی"],
    ["none", "No", "Нет", "خیر"],
    ["unknown", "Not known", "Нет сведений", "نامعلوم"],
  ]),
];

export const financingChoices = [
  ...choiceList("financing_mechanism", [
    [
      "public-budget",
      "State or municipal budget",
      "Государственный или муниципальный бюджет",
      "بودجهٔ دولتی یا شهرداری",
    ],
    [
      "user-fees",
      "Waste fees and tariffs",
      "Плата и тарифы за обращение с отходами",
      "عوارض و تعرفه‌های پسماند",
    ],
    [
      "epr-fees",
      "Producer responsibility fees",
      "Взносы в рамках расширенной ответственности производителей",
      "عوارض مسئولیت گستردهٔ تولیدکننده",
    ],
    [
      "green-bonds",
      "Green or sustainability bonds",
      "Зелёные облигации или облигации устойчивого развития",
      "اوراق قرضهٔ سبز یا پایدار",
    ],
    [
      "green-credit",
      "Green credit lines of domestic banks",
      "Зелёные кредитные линии отечественных банков",
      "خطوط اعتباری سبز بانک‌های داخلی",
    ],
    [
      "ifi-loans",
      "Loans from international financial institutions",
      "Кредиты международных финансовых институтов",
      "وام نهادهای مالی بین‌المللی",
    ],
    [
      "grants",
      "Grants from donors and funds",
      "Гранты доноров и фондов",
      "کمک‌های بلاعوض اهداکنندگان و صندوق‌ها",
    ],
    ["ppp", "Public–private partnerships", "Государственно-частное партнёрство", "مشارکت عمومی و خصوصی"],
    [
      "blended",
      "Blended finance and guarantees",
      "Смешанное финансирование и гарантии",
      "تأمین مالی ترکیبی و ضمانت‌نامه‌ها",
    ],
    [
      "climate-finance",
      "Climate and carbon finance",
      "Климатическое и углеродное финансирование",
      "تأمین مالی اقلیمی و کربنی",
    ],
    [
      "private-investment",
      "Private equity and corporate investment",
      "Частный капитал и корпоративные инвестиции",
      "سرمایهٔ خصوصی و سرمایه‌گذاری شرکتی",
    ],
    ["tax-incentives", "Tax incentives", "Налоговые льготы", "مشوق‌های مالیاتی"],
  ]),
  ...choiceList("investment_area", [
    ["collection", "Collection and transport", "Сбор и транспортирование", "جمع‌آوری و حمل"],
    ["sorting", "Sorting", "Сортировка", "تفکیک"],
    ["recycling", "Recycling industry", "Перерабатывающая промышленность", "صنعت بازیافت"],
    ["organic", "Composting and biogas", "Компостирование и биогаз", "کمپوست و زیست‌گاز"],
    [
      "disposal",
      "Sanitary disposal and closure of dumpsites",
      "Санитарное захоронение и закрытие свалок",
      "دفن بهداشتی و بستن محل‌های تخلیهٔ روباز",
    ],
    [
      "hazardous",
      "Hazardous and electronic waste",
      "Опасные и электронные отходы",
      "پسماند خطرناک و الکترونیکی",
    ],
    [
      "industry",
      "Resource efficiency in industry",
      "Ресурсоэффективность в промышленности",
      "بهره‌وری منابع در صنعت",
    ],
    ["eco-parks", "Eco-industrial parks", "Эко-индустриальные парки", "پارک‌های بوم‌صنعتی"],
    [
      "smes",
      "Circular small and medium-sized enterprises",
      "Малые и средние предприятия замкнутого цикла",
      "بنگاه‌های کوچک و متوسط چرخشی",
    ],
    ["data-systems", "Data and monitoring systems", "Системы данных и мониторинга", "سامانه‌های داده و پایش"],
  ]),
];

export const peopleChoices = [
  ...choiceList("capacity_need", [
    ["waste-statistics", "Waste statistics", "Статистика отходов", "آمار پسماند"],
    [
      "material-flow-accounts",
      "Material-flow accounting",
      "Учёт материальных потоков",
      "حسابداری جریان مواد",
    ],
    [
      "policy-design",
      "Design of circular-economy policy",
      "Разработка политики в области экономики замкнутого цикла",
      "طراحی سیاست اقتصاد چرخشی",
    ],
    [
      "epr-design",
      "Design of producer responsibility schemes",
      "Разработка систем расширенной ответственности производителей",
      "طراحی نظام‌های مسئولیت گستردهٔ تولیدکننده",
    ],
    ["green-procurement", "Green public procurement", "Зелёные государственные закупки", "خرید عمومی سبز"],
    [
      "project-preparation",
      "Preparing bankable projects",
      "Подготовка проектов, пригодных для финансирования",
      "تهیهٔ پروژه‌های قابل تأمین مالی",
    ],
    [
      "eco-design",
      "Eco-design and cleaner production",
      "Экодизайн и более чистое производство",
      "طراحی سبز و تولید پاک‌تر",
    ],
    ["industrial-symbiosis", "Industrial symbiosis", "Промышленный симбиоз", "هم‌زیستی صنعتی"],
    ["business-models", "Circular business models", "Бизнес-модели замкнутого цикла", "مدل‌های کسب‌وکار چرخشی"],
    [
      "vocational-skills",
      "Vocational skills for waste and recycling work",
      "Профессиональные навыки для работы в сфере обращения с отходами и переработки",
      "مهارت‌های حرفه‌ای برای کار در حوزهٔ پسماند و بازیافت",
    ],
    [
      "public-awareness",
      "Public awareness campaigns",
      "Информационно-просветительские кампании",
      "کارزارهای آگاهی‌بخشی عمومی",
    ],
  ]),
  ...choiceList("support_format", [
    ["training", "Training courses", "Учебные курсы", "دوره‌های آموزشی"],
    [
      "technical-assistance",
      "Technical assistance and expert advice",
      "Техническая помощь и экспертные консультации",
      "کمک فنی و مشاورهٔ تخصصی",
    ],
    [
      "peer-exchange",
      "Peer exchange between ECO member states",
      "Обмен опытом между государствами — членами ОЭС",
      "تبادل تجربه میان کشورهای عضو اکو",
    ],
    ["study-tours", "Study tours", "Ознакомительные поездки", "سفرهای مطالعاتی"],
    [
      "guidance",
      "Guidance documents and tools",
      "Методические материалы и инструменты",
      "راهنماها و ابزارها",
    ],
    ["online-courses", "Online courses", "Онлайн-курсы", "دوره‌های برخط"],
  ]),
  ...choiceList("informal_measure", [
    [
      "registration",
      "Registration or identity cards",
      "Регистрация или выдача удостоверений",
      "ثبت‌نام یا صدور کارت شناسایی",
    ],
    ["cooperatives", "Support for cooperatives", "Поддержка кооперативов", "حمایت از تعاونی‌ها"],
    [
      "contracts",
      "Service contracts with municipalities",
      "Договоры на оказание услуг с муниципалитетами",
      "قرارداد خدمات با شهرداری‌ها",
    ],
    [
      "health-safety",
      "Health and safety equipment",
      "Средства охраны труда и здоровья",
      "تجهیزات ایمنی و بهداشت کار",
    ],
    ["social-protection", "Social protection", "Социальная защита", "حمایت اجتماعی"],
    ["training", "Training", "Обучение", "آموزش"],
    ["none", "None", "Никаких мер", "هیچ‌کدام"],
  ]),
];
