/**
 * Section 7: collection, facilities, and how municipal waste is treated. Collection coverage and
 * treatment shares feed the What a Waste series by breakdown (WAW_MSW_COLLECTION,
 * WAW_MSW_TREATMENT), with the codes of data/baseline/dimension-codes.json.
 */
import { type SurveyRow, type Texts, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import {
  beginGroup,
  endGroup,
  mandatory,
  nonNegative,
  seriesValue,
  shareRange,
  yearRange,
} from "./common-rows.ts";

const coverage = (name: string, dimension: string, label: Texts): SurveyRow =>
  seriesValue({
    name,
    label,
    series: "WAW_MSW_COLLECTION",
    unit: "PT",
    dimension,
    period: "msw_collection_year",
    check: shareRange,
  });

const collectionRows: SurveyRow[] = [
  beginGroup("infra_collection", texts("Collection", "Сбор отходов", "جمع‌آوری"), {
    appearance: "field-list",
  }),
  coverage(
    "msw_collection_total",
    "COVERAGE_BASIS=POPULATION",
    texts(
      "Share of the population served by regular municipal waste collection (%)",
      "Доля населения, охваченного регулярным сбором коммунальных отходов (%)",
      "سهم جمعیت برخوردار از جمع‌آوری منظم پسماند شهری (درصد)",
    ),
  ),
  coverage(
    "msw_collection_urban",
    "COVERAGE_BASIS=POPULATION;URBANISATION=U",
    texts(
      "Share of the urban population served (%)",
      "Доля охваченного городского населения (%)",
      "سهم جمعیت شهری برخوردار (درصد)",
    ),
  ),
  coverage(
    "msw_collection_rural",
    "COVERAGE_BASIS=POPULATION;URBANISATION=R",
    texts(
      "Share of the rural population served (%)",
      "Доля охваченного сельского населения (%)",
      "سهم جمعیت روستایی برخوردار (درصد)",
    ),
  ),
  {
    type: "integer",
    name: "msw_collection_year",
    label: texts(
      "Year of these coverage figures",
      "Год, к которому относятся данные об охвате",
      "سال مربوط به ارقام پوشش (میلادی)",
    ),
    relevant:
      "${msw_collection_total} != '' or ${msw_collection_urban} != '' or ${msw_collection_rural} != ''",
    ...mandatory,
    ...yearRange,
  },
  {
    type: "select_one separate_collection",
    name: "separate_collection",
    label: texts(
      "Is municipal waste collected separately at source?",
      "Осуществляется ли раздельный сбор коммунальных отходов в местах их образования?",
      "آیا پسماند شهری در مبدأ به‌صورت تفکیکی جمع‌آوری می‌شود؟",
    ),
    ...mandatory,
  },
  endGroup,
];

const capacity = (name: string, label: Texts, type = "decimal"): SurveyRow => ({
  type,
  name,
  label,
  ...nonNegative,
});

const facilityRows: SurveyRow[] = [
  beginGroup("infra_facilities", texts("Facilities in operation", "Действующие объекты", "تأسیسات فعال"), {
    appearance: "field-list",
  }),
  capacity(
    "sorting_facilities",
    texts(
      "Number of sorting facilities (material recovery facilities)",
      "Количество сортировочных объектов (мусоросортировочных комплексов)",
      "تعداد تأسیسات تفکیک (مراکز بازیابی مواد)",
    ),
    "integer",
  ),
  capacity(
    "sorting_capacity",
    texts(
      "Total sorting capacity (tonnes per year)",
      "Общая мощность сортировки (тонн в год)",
      "ظرفیت کل تفکیک (تن در سال)",
    ),
  ),
  capacity(
    "recycling_capacity",
    texts(
      "Total recycling capacity (tonnes per year)",
      "Общая мощность переработки (тонн в год)",
      "ظرفیت کل بازیافت (تن در سال)",
    ),
  ),
  capacity(
    "composting_capacity",
    texts(
      "Composting and anaerobic digestion capacity (tonnes per year)",
      "Мощность компостирования и анаэробного сбраживания (тонн в год)",
      "ظرفیت کمپوست‌سازی و هضم بی‌هوازی (تن در سال)",
    ),
  ),
  capacity(
    "incineration_capacity",
    texts(
      "Incineration capacity with energy recovery (tonnes per year)",
      "Мощность сжигания с извлечением энергии (тонн в год)",
      "ظرفیت زباله‌سوزی با بازیابی انرژی (تن در سال)",
    ),
  ),
  capacity(
    "sanitary_landfills",
    texts("Number of sanitary landfills", "Количество санитарных полигонов", "تعداد محل‌های دفن بهداشتی"),
    "integer",
  ),
  capacity(
    "open_dumpsites",
    texts(
      "Number of known open dumpsites",
      "Количество известных открытых свалок",
      "تعداد محل‌های تخلیهٔ روباز شناخته‌شده",
    ),
    "integer",
  ),
  {
    type: "select_one availability",
    name: "hazardous_facilities",
    label: texts(
      "Are there licensed facilities for hazardous waste?",
      "Имеются ли лицензированные объекты по обращению с опасными отходами?",
      "آیا تأسیسات دارای مجوز برای پسماند خطرناک وجود دارد؟",
    ),
  },
  {
    type: "select_one availability",
    name: "ewaste_facilities",
    label: texts(
      "Are there licensed facilities for electronic waste?",
      "Имеются ли лицензированные объекты по обращению с электронными отходами?",
      "آیا تأسیسات دارای مجوز برای پسماند الکترونیکی وجود دارد؟",
    ),
  },
  {
    type: "integer",
    name: "facilities_year",
    label: texts(
      "Year of these facility figures",
      "Год, к которому относятся данные об объектах",
      "سال مربوط به ارقام تأسیسات (میلادی)",
    ),
    ...yearRange,
  },
  endGroup,
];

const treatment = (name: string, code: string, label: Texts): SurveyRow =>
  seriesValue({
    name,
    label,
    series: "WAW_MSW_TREATMENT",
    unit: "PT",
    dimension: `WASTE_TREATMENT=${code}`,
    period: "msw_treatment_year",
    check: shareRange,
  });

const treatmentShares: readonly SurveyRow[] = [
  treatment(
    "share_recycled",
    "RECYCLING",
    texts("Recycling (%)", "Переработка (рециклинг), %", "بازیافت (درصد)"),
  ),
  treatment("share_composted", "COMPOST", texts("Composting (%)", "Компостирование, %", "کمپوست‌سازی (درصد)")),
  treatment(
    "share_digested",
    "ANAEROBIC_DIGESTION",
    texts("Anaerobic digestion (%)", "Анаэробное сбраживание, %", "هضم بی‌هوازی (درصد)"),
  ),
  treatment(
    "share_incinerated",
    "INCINERATION",
    texts("Incineration (%)", "Сжигание, %", "زباله‌سوزی (درصد)"),
  ),
  treatment(
    "share_sanitary_landfill",
    "SANITARY_LANDFILL_GAS",
    texts(
      "Sanitary landfill with landfill-gas collection (%)",
      "Санитарный полигон со сбором свалочного газа, %",
      "دفن بهداشتی همراه با جمع‌آوری گاز (درصد)",
    ),
  ),
  treatment(
    "share_controlled_landfill",
    "CONTROLLED_LANDFILL",
    texts("Controlled landfill (%)", "Контролируемый полигон, %", "دفن کنترل‌شده (درصد)"),
  ),
  treatment(
    "share_landfill_unspecified",
    "LANDFILL_UNSPECIFIED",
    texts("Landfill of unknown type (%)", "Полигон неустановленного типа, %", "دفن با نوع نامشخص (درصد)"),
  ),
  treatment(
    "share_open_dump",
    "OPEN_DUMP",
    texts("Open dumping (%)", "Открытые свалки, %", "تخلیه در محل روباز (درصد)"),
  ),
  treatment("share_other", "OTHER", texts("Other methods (%)", "Прочие способы, %", "سایر روش‌ها (درصد)")),
];

// Blank shares count as zero: an empty node would make the whole sum NaN. Rounding to one
// decimal keeps 33.3 + 33.3 + 33.4 from showing as 100.00000000000001.
const treatmentTotal = `round(${treatmentShares.map((row) => `coalesce(\${${row.name}}, 0)`).join(" + ")}, 1)`;

const treatmentRows: SurveyRow[] = [
  beginGroup(
    "infra_treatment",
    texts(
      "Treatment and disposal of municipal waste",
      "Обработка и размещение коммунальных отходов",
      "پردازش و دفع پسماند شهری",
    ),
    { appearance: "field-list" },
  ),
  {
    type: "note",
    name: "treatment_note",
    label: texts(
      "Give the share of municipal solid waste handled by each method, in % of all municipal solid waste. Leave a method blank if it is not used or not known.",
      "Укажите долю твёрдых коммунальных отходов, приходящуюся на каждый способ обращения, в % от общего количества твёрдых коммунальных отходов. Оставьте поле пустым, если способ не применяется или сведения отсутствуют.",
      "سهم پسماند جامد شهری را که به هر روش مدیریت می‌شود، بر حسب درصد از کل پسماند جامد شهری وارد کنید. اگر روشی به کار نمی‌رود یا اطلاعی از آن در دست نیست، خانهٔ آن را خالی بگذارید.",
    ),
  },
  ...treatmentShares,
  { type: "calculate", name: "msw_treatment_total", calculation: treatmentTotal },
  {
    type: "integer",
    name: "msw_treatment_year",
    label: texts(
      "Year of these treatment shares",
      "Год, к которому относятся эти доли",
      "سال مربوط به این سهم‌ها (میلادی)",
    ),
    relevant: "${msw_treatment_total} > 0",
    ...mandatory,
    ...yearRange,
  },
  {
    type: "note",
    name: "msw_treatment_total_note",
    label: texts(
      "The shares add up to ${msw_treatment_total} %.",
      "Сумма долей составляет ${msw_treatment_total} %.",
      "مجموع سهم‌ها ${msw_treatment_total} درصد است.",
    ),
    relevant: "${msw_treatment_total} > 0",
  },
  {
    type: "note",
    name: "msw_treatment_excess_note",
    label: texts(
      "The shares add up to more than 100 %. Please check them.",
      "Сумма долей превышает 100 %. Просим проверить введённые значения.",
      "مجموع سهم‌ها از ۱۰۰ درصد بیشتر است. لطفاً مقادیر را بررسی کنید.",
    ),
    relevant: "${msw_treatment_total} > 100",
  },
  endGroup,
];

export const infrastructureRows: SurveyRow[] = [
  beginGroup(
    "infrastructure",
    texts("7. Waste infrastructure", "7. Инфраструктура обращения с отходами", "۷. زیرساخت مدیریت پسماند"),
  ),
  ...collectionRows,
  ...facilityRows,
  ...treatmentRows,
  endGroup,
];
