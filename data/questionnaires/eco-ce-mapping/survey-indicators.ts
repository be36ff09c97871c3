/**
 * Section 11: one decimal question per observatory series (codes and units of
 * data/baseline/indicators.json), each followed by the year its value refers to.
 */
import { type SurveyRow, type Texts, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import {
  beginGroup,
  endGroup,
  referenceYear,
  type SeriesQuestion,
  seriesValue,
  shareRange,
} from "./common-rows.ts";

/** The value question, then its year question. */
function indicator(question: SeriesQuestion): SurveyRow[] {
  return [seriesValue(question), referenceYear(question.name)];
}

const page = (name: string, label: Texts, rows: readonly SurveyRow[][]): SurveyRow[] => [
  beginGroup(name, label, { appearance: "field-list" }),
  ...rows.flat(),
  endGroup,
];

const unitsNote: SurveyRow = {
  type: "note",
  name: "indicators_units_note",
  label: texts(
    "Give the latest official value of each indicator in the unit shown in brackets, with the year it refers to. Use a point as the decimal separator and do not convert the units: tonnes are metric tonnes (1 t = 1,000 kg); “per person” divides by the resident population of the same year; % is a share from 0 to 100. Leave a value blank when none exists; the Secretariat will not estimate it.",
    "Укажите последнее официальное значение каждого показателя в единицах, приведённых в скобках, и год, к которому оно относится. В качестве десятичного разделителя используйте точку; не пересчитывайте единицы: тонны — метрические тонны (1 т = 1000 кг); «на человека» — в расчёте на численность постоянного населения того же года; % — доля от 0 до 100. Если значение отсутствует, оставьте поле пустым: Секретариат не будет его оценивать.",
    "برای هر شاخص، آخرین مقدار رسمی را در واحدی که داخل پرانتز آمده است، همراه با سال مربوط وارد کنید. برای جداکردن اعشار از نقطه (.) استفاده کنید و واحدها را تبدیل نکنید: تن یعنی تن متریک (هر تن برابر ۱۰۰۰ کیلوگرم)؛ «به ازای هر نفر» یعنی تقسیم بر جمعیت ساکن در همان سال؛ و درصد، سهمی بین ۰ و ۱۰۰ است. اگر مقداری وجود ندارد، خانهٔ آن را خالی بگذارید؛ دبیرخانه آن را برآورد نخواهد کرد.",
  ),
};

const perCapitaDailyCheck = {
  constraint: ". >= 0 and . <= 10",
  constraintMessage: texts(
    "Enter a value between 0 and 10 kg per person per day; please check the unit.",
    "Укажите значение от 0 до 10 кг на человека в сутки; проверьте единицы измерения.",
    "مقداری بین ۰ و ۱۰ کیلوگرم به ازای هر نفر در روز وارد کنید و واحد را بررسی کنید.",
  ),
} as const;

const mswPage = page(
  "ind_msw",
  texts("Municipal solid waste", "Твёрдые коммунальные отходы", "پسماند جامد شهری"),
  [
    indicator({
      name: "msw_generated",
      series: "WAW_MSW_GENERATED",
      unit: "T_PER_YEAR",
      label: texts(
        "Municipal solid waste generated (tonnes per year)",
        "Образование твёрдых коммунальных отходов (тонн в год)",
        "پسماند جامد شهری تولیدشده (تن در سال)",
      ),
    }),
    indicator({
      name: "msw_per_capita",
      series: "WAW_MSW_PER_CAPITA",
      unit: "KG_PER_CAP_PER_DAY",
      label: texts(
        "Municipal solid waste generated per person (kg per person per day)",
        "Образование твёрдых коммунальных отходов на душу населения (кг на человека в сутки)",
        "پسماند جامد شهری تولیدشده به ازای هر نفر (کیلوگرم به ازای هر نفر در روز)",
      ),
      check: perCapitaDailyCheck,
    }),
  ],
);

const ewastePage = page("ind_ewaste", texts("Electronic waste", "Электронные отходы", "پسماند الکترونیکی"), [
  indicator({
    name: "ewaste_generated",
    series: "EN_EWT_GENV",
    unit: "T",
    label: texts(
      "Electronic waste generated (tonnes)",
      "Образование электронных отходов (тонн)",
      "پسماند الکترونیکی تولیدشده (تن)",
    ),
  }),
  indicator({
    name: "ewaste_per_capita",
    series: "EN_EWT_GENPCAP",
    unit: "KG_PER_CAP",
    label: texts(
      "Electronic waste generated per person (kg per person)",
      "Образование электронных отходов на душу населения (кг на человека)",
      "پسماند الکترونیکی تولیدشده به ازای هر نفر (کیلوگرم به ازای هر نفر)",
    ),
  }),
  indicator({
    name: "ewaste_recycled",
    series: "EN_EWT_RCYV",
    unit: "T",
    label: texts(
      "Electronic waste recycled (tonnes)",
      "Переработка электронных отходов (тонн)",
      "پسماند الکترونیکی بازیافت‌شده (تن)",
    ),
    check: {
      constraint: ". >= 0 and (${ewaste_generated} = '' or . <= ${ewaste_generated})",
      constraintMessage: texts(
        "The value cannot be negative or larger than the electronic waste generated.",
        "Значение не может быть отрицательным или превышать объём образования электронных отходов.",
        "مقدار نمی‌تواند منفی یا بیشتر از پسماند الکترونیکی تولیدشده باشد.",
      ),
    },
  }),
  indicator({
    name: "ewaste_recycling_rate",
    series: "EN_EWT_RCYR",
    unit: "PT",
    label: texts(
      "Electronic waste recycling rate (% of electronic waste generated)",
      "Уровень переработки электронных отходов (% от образовавшихся)",
      "نرخ بازیافت پسماند الکترونیکی (درصد از پسماند الکترونیکی تولیدشده)",
    ),
    check: shareRange,
  }),
]);

const hazardousPage = page("ind_hazardous", texts("Hazardous waste", "Опасные отходы", "پسماند خطرناک"), [
  indicator({
    name: "hazardous_generated",
    series: "EN_HAZ_GENV",
    unit: "T",
    label: texts(
      "Hazardous waste generated (tonnes)",
      "Образование опасных отходов (тонн)",
      "پسماند خطرناک تولیدشده (تن)",
    ),
  }),
  indicator({
    name: "hazardous_per_capita",
    series: "EN_HAZ_PCAP",
    unit: "KG_PER_CAP",
    label: texts(
      "Hazardous waste generated per person (kg per person)",
      "Образование опасных отходов на душу населения (кг на человека)",
      "پسماند خطرناک تولیدشده به ازای هر نفر (کیلوگرم به ازای هر نفر)",
    ),
  }),
  indicator({
    name: "hazardous_treated_rate",
    series: "EN_HAZ_TRTDISR",
    unit: "PT",
    label: texts(
      "Hazardous waste treated or disposed of (% of hazardous waste generated)",
      "Доля обработанных или размещённых опасных отходов (% от образовавшихся)",
      "پسماند خطرناک پردازش یا دفع‌شده (درصد از پسماند خطرناک تولیدشده)",
    ),
    check: shareRange,
  }),
]);

const materialsPage = page(
  "ind_materials",
  texts("Material consumption", "Потребление материалов", "مصرف مواد"),
  [
    indicator({
      name: "dmc_total",
      series: "EN_MAT_DOMCMPT",
      unit: "T",
      label: texts(
        "Domestic material consumption, all materials (tonnes)",
        "Внутреннее материальное потребление, все материалы (тонн)",
        "مصرف داخلی مواد، همهٔ مواد (تن)",
      ),
      hint: texts(
        "Domestic extraction plus imports minus exports, in tonnes (not thousand tonnes).",
        "Внутренняя добыча плюс импорт минус экспорт, в тоннах (не в тысячах тонн).",
        "استخراج داخلی به‌علاوهٔ واردات منهای صادرات، بر حسب تن (نه هزار تن).",
      ),
    }),
    indicator({
      name: "dmc_per_capita",
      series: "EN_MAT_DOMCMPC",
      unit: "T_PER_CAP",
      label: texts(
        "Domestic material consumption per person (tonnes per person)",
        "Внутреннее материальное потребление на душу населения (тонн на человека)",
        "مصرف داخلی مواد به ازای هر نفر (تن به ازای هر نفر)",
      ),
    }),
  ],
);

export const indicatorRows: SurveyRow[] = [
  beginGroup("indicators", texts("11. Indicator values", "11. Значения показателей", "۱۱. مقادیر شاخص‌ها")),
  unitsNote,
  ...mswPage,
  ...ewastePage,
  ...hazardousPage,
  ...materialsPage,
  endGroup,
];
