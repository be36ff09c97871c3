/**
 * Sections 9 and 10: capacity-building needs, and the just transition (the informal waste
 * sector, women's participation, skills and the regions whose jobs may change).
 */
import { type SurveyRow, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import { beginGroup, endGroup, mandatory, nonNegative, shareRange } from "./common-rows.ts";

export const capacityRows: SurveyRow[] = [
  beginGroup(
    "capacity",
    texts("9. Capacity-building needs", "9. Потребности в наращивании потенциала", "۹. نیازهای ظرفیت‌سازی"),
    { appearance: "field-list" },
  ),
  {
    type: "select_multiple capacity_need",
    name: "capacity_needs",
    label: texts(
      "In which areas does your country most need capacity building?",
      "В каких областях Ваша страна больше всего нуждается в наращивании потенциала?",
      "کشور شما در کدام حوزه‌ها بیشترین نیاز را به ظرفیت‌سازی دارد؟",
    ),
    ...mandatory,
  },
  {
    type: "select_multiple support_format",
    name: "support_formats",
    label: texts(
      "Which forms of support would be most useful?",
      "Какие формы поддержки были бы наиболее полезны?",
      "کدام شکل‌های پشتیبانی سودمندتر است؟",
    ),
  },
  {
    type: "text",
    name: "capacity_priority",
    label: texts(
      "Describe the most urgent capacity need and the institutions concerned",
      "Опишите наиболее неотложную потребность и соответствующие учреждения",
      "فوری‌ترین نیاز ظرفیتی و نهادهای مربوط را شرح دهید",
    ),
    appearance: "multiline",
  },
  endGroup,
];

const informalSectorRows: SurveyRow[] = [
  beginGroup(
    "jt_informal",
    texts("Informal waste sector", "Неформальный сектор обращения с отходами", "بخش غیررسمی پسماند"),
    {
      appearance: "field-list",
    },
  ),
  {
    type: "select_one yes_no_unknown",
    name: "informal_sector",
    label: texts(
      "Do informal workers collect, sort or trade waste and recyclables in your country?",
      "Занимаются ли в Вашей стране работники неформального сектора сбором, сортировкой или продажей отходов и вторичного сырья?",
      "آیا در کشور شما کارگران غیررسمی به جمع‌آوری، تفکیک یا خرید و فروش پسماند و مواد قابل بازیافت می‌پردازند؟",
    ),
    ...mandatory,
  },
  {
    type: "integer",
    name: "informal_workers",
    label: texts(
      "Estimated number of informal waste workers",
      "Оценочная численность работников неформального сектора",
      "برآورد تعداد کارگران غیررسمی پسماند",
    ),
    relevant: "${informal_sector} = 'yes'",
    ...nonNegative,
  },
  {
    type: "decimal",
    name: "informal_women_share",
    label: texts(
      "Estimated share of women among them (%)",
      "Оценочная доля женщин среди них (%)",
      "برآورد سهم زنان در میان آنان (درصد)",
    ),
    relevant: "${informal_sector} = 'yes'",
    ...shareRange,
  },
  {
    type: "select_multiple informal_measure",
    name: "informal_measures",
    label: texts(
      "Measures in place for informal workers",
      "Меры, принимаемые в отношении работников неформального сектора",
      "اقدام‌های موجود برای کارگران غیررسمی",
    ),
    relevant: "${informal_sector} = 'yes'",
    constraint: "not(selected(., 'none') and count-selected(.) > 1)",
    constraintMessage: texts(
      "“None” cannot be combined with other answers.",
      "Вариант «Никаких мер» нельзя сочетать с другими ответами.",
      "گزینهٔ «هیچ‌کدام» را نمی‌توان همراه با گزینه‌های دیگر انتخاب کرد.",
    ),
  },
  {
    type: "text",
    name: "informal_policy_effects",
    label: texts(
      "How do current and planned policies affect the informal sector?",
      "Каким образом действующие и планируемые меры политики затрагивают неформальный сектор?",
      "سیاست‌های کنونی و برنامه‌ریزی‌شده چه تأثیری بر بخش غیررسمی دارند؟",
    ),
    relevant: "${informal_sector} = 'yes'",
    appearance: "multiline",
  },
  endGroup,
];

const peopleRows: SurveyRow[] = [
  beginGroup(
    "jt_people",
    texts("Gender, skills and regions", "Гендерные аспекты, навыки и регионы", "جنسیت، مهارت‌ها و مناطق"),
    {
      appearance: "field-list",
    },
  ),
  {
    type: "text",
    name: "gender_participation",
    label: texts(
      "How are women involved in waste management and circular activities, and what measures support their participation?",
      "Каково участие женщин в обращении с отходами и в деятельности в сфере экономики замкнутого цикла и какие меры поддерживают их участие?",
      "زنان چگونه در مدیریت پسماند و فعالیت‌های چرخشی مشارکت دارند و چه اقدام‌هایی از مشارکت آنان پشتیبانی می‌کند؟",
    ),
    appearance: "multiline",
  },
  {
    type: "text",
    name: "skills_needed",
    label: texts(
      "Which skills will the transition require, and how are workers being prepared?",
      "Какие навыки потребуются в ходе перехода и как ведётся подготовка работников?",
      "گذار به چه مهارت‌هایی نیاز دارد و کارگران چگونه برای آن آماده می‌شوند؟",
    ),
    appearance: "multiline",
  },
  {
    type: "text",
    name: "affected_regions",
    label: texts(
      "Regions or communities whose jobs or incomes may be affected (for example mining areas or single-industry towns)",
      "Регионы или населённые пункты, где переход может затронуть занятость или доходы (например, горнодобывающие районы или моногорода)",
      "مناطق یا جوامعی که ممکن است اشتغال یا درآمدشان متأثر شود (مانند مناطق معدنی یا شهرهای تک‌صنعتی)",
    ),
    appearance: "multiline",
  },
  {
    type: "select_one yes_no_unknown",
    name: "social_dialogue",
    label: texts(
      "Are workers' and employers' organisations consulted on the transition?",
      "Проводятся ли консультации с организациями работников и работодателей по вопросам перехода?",
      "آیا با تشکل‌های کارگری و کارفرمایی دربارهٔ گذار مشورت می‌شود؟",
    ),
  },
  endGroup,
];

export const justTransitionRows: SurveyRow[] = [
  beginGroup("just_transition", texts("10. Just transition", "10. Справедливый переход", "۱۰. گذار عادلانه")),
  ...informalSectorRows,
  ...peopleRows,
  endGroup,
];
