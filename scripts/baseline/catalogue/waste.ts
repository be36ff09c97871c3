/**
 * Catalogue: municipal, special, electronic and hazardous waste. What a Waste series get
 * `WAW_` codes (the database has no series codes; its column names are kept as original codes).
 */
import { type IndicatorDefinition, localized } from "./indicator-definition.ts";

const topic = "waste";

const whatAWasteYears = localized(
  "What a Waste Global Database (World Bank). Each country has a single value per item; its year is the data year given in the database's codebook, not the publication year.",
  "Глобальная база данных What a Waste (Всемирный банк). Для каждой страны по каждому показателю одно значение; его год — год данных по кодовой книге базы, а не год публикации.",
  "پایگاه جهانی دادهٔ What a Waste (بانک جهانی). برای هر کشور در هر مورد تنها یک مقدار هست و سال آن، سال داده در دفترچهٔ کد پایگاه است، نه سال انتشار.",
);

function unSdgWaste(en: string, ru: string, fa: string) {
  return localized(
    `SDG 12.4.2; ${en} via the UN SDG Global Database (October 2020 extract).`,
    `ЦУР 12.4.2; ${ru} через Глобальную базу данных ЦУР ООН (выгрузка октября 2020 г.).`,
    `شاخص ۱۲.۴.۲ اهداف توسعهٔ پایدار؛ ${fa} از طریق پایگاه جهانی دادهٔ اهداف توسعهٔ پایدار سازمان ملل (برداشت اکتبر ۲۰۲۰).`,
  );
}

const eWasteMonitor = unSdgWaste(
  "Global E-waste Monitor (UNITAR/ITU)",
  "Глобальный мониторинг электронных отходов (ЮНИТАР/МСЭ)",
  "پایشگر جهانی پسماند الکترونیکی (یونیتار/اتحادیهٔ بین‌المللی مخابرات)",
);

const hazardousStatistics = localized(
  "SDG 12.4.2; UNSD/UNEP environment statistics via the UN SDG Global Database (October 2020 extract). National definitions of hazardous waste differ; some include mining waste.",
  "ЦУР 12.4.2; статистика окружающей среды Статистического отдела ООН и ЮНЕП через Глобальную базу данных ЦУР ООН (выгрузка октября 2020 г.). Национальные определения опасных отходов различаются; некоторые включают отходы горнодобывающей промышленности.",
  "شاخص ۱۲.۴.۲ اهداف توسعهٔ پایدار؛ آمار محیط زیست بخش آمار سازمان ملل و برنامهٔ محیط زیست سازمان ملل از طریق پایگاه جهانی دادهٔ اهداف توسعهٔ پایدار سازمان ملل (برداشت اکتبر ۲۰۲۰). تعریف‌های ملی پسماند خطرناک یکسان نیست و برخی، پسماند معدن را نیز در بر می‌گیرند.",
);

export const wasteIndicators: readonly IndicatorDefinition[] = [
  {
    code: "WAW_MSW_GENERATED",
    names: localized(
      "Municipal solid waste generated (tonnes/year)",
      "Образование твёрдых коммунальных отходов (тонн в год)",
      "پسماند جامد شهری تولیدشده (تن در سال)",
    ),
    descriptions: whatAWasteYears,
    topic,
    unit: "T_PER_YEAR",
    decimals: 0,
    dimensions: [],
    sdgIndicators: [],
    defaultSourceId: "wb-what-a-waste",
    derivation: null,
  },
  {
    code: "WAW_MSW_PER_CAPITA",
    names: localized(
      "Municipal solid waste generated per capita (kg/person/day)",
      "Образование твёрдых коммунальных отходов на душу населения (кг на человека в сутки)",
      "سرانهٔ تولید پسماند جامد شهری (کیلوگرم به ازای هر نفر در روز)",
    ),
    descriptions: localized(
      "Not in the database's files: computed as municipal solid waste generated ÷ total population (SP.POP.TOTL) of the MSW data year ÷ 365 × 1000.",
      "В файлах базы отсутствует: рассчитано как образование ТКО ÷ численность населения (SP.POP.TOTL) в год данных об ТКО ÷ 365 × 1000.",
      "در پرونده‌های پایگاه نیست؛ از تقسیم پسماند جامد شهری تولیدشده بر جمعیت کل (SP.POP.TOTL) در سال دادهٔ پسماند، تقسیم بر ۳۶۵ و ضرب در ۱۰۰۰ محاسبه شده است.",
    ),
    topic,
    unit: "KG_PER_CAP_PER_DAY",
    decimals: 2,
    dimensions: [],
    sdgIndicators: [],
    defaultSourceId: "wb-what-a-waste",
    derivation: "WAW_MSW_GENERATED ÷ SP.POP.TOTL (MSW data year) ÷ 365 × 1000",
  },
  {
    code: "WAW_MSW_TREATMENT",
    names: localized(
      "MSW treatment and disposal, by method (% of MSW)",
      "Обработка и удаление ТКО по способам (% ТКО)",
      "تصفیه و دفع پسماند جامد شهری بر حسب روش (درصد از پسماند)",
    ),
    descriptions: localized(
      `Share of municipal solid waste by treatment or disposal route. A share of 100 % for a single route is a published rough estimate, not a measured split. ${whatAWasteYears.en}`,
      `Доля ТКО по способам обработки или удаления. Доля 100 % для одного способа — опубликованная грубая оценка, а не измеренное распределение. ${whatAWasteYears.ru}`,
      `سهم پسماند جامد شهری بر حسب روش تصفیه یا دفع. سهم ۱۰۰ درصدی برای یک روش، برآوردی تقریبی و منتشرشده است، نه تفکیکی اندازه‌گیری‌شده. ${whatAWasteYears.fa}`,
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: ["WASTE_TREATMENT"],
    sdgIndicators: ["11.6.1"],
    defaultSourceId: "wb-what-a-waste",
    derivation: null,
  },
  {
    code: "WAW_MSW_COMPOSITION",
    names: localized(
      "MSW composition, by material (% of wet weight)",
      "Морфологический состав ТКО по видам материалов (% массы во влажном состоянии)",
      "ترکیب پسماند جامد شهری بر حسب نوع ماده (درصد وزن تر)",
    ),
    descriptions: localized(
      `Share of each material in municipal solid waste, by wet weight. ${whatAWasteYears.en}`,
      `Доля каждого материала в ТКО по массе во влажном состоянии. ${whatAWasteYears.ru}`,
      `سهم هر ماده در پسماند جامد شهری بر پایهٔ وزن تر. ${whatAWasteYears.fa}`,
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: ["WASTE_COMPOSITION"],
    sdgIndicators: [],
    defaultSourceId: "wb-what-a-waste",
    derivation: null,
  },
  {
    code: "WAW_MSW_COLLECTION",
    names: localized(
      "MSW collection coverage (%)",
      "Охват сбором ТКО (%)",
      "پوشش جمع‌آوری پسماند جامد شهری (درصد)",
    ),
    descriptions: localized(
      `Waste collection coverage for urban areas, rural areas or the whole country (no urbanisation code), measured as a share of population, households, waste or geographic area as each source reports it; values on different bases are not comparable. ${whatAWasteYears.en}`,
      `Охват сбором отходов в городской, сельской местности или по стране в целом (без кода местности), измеренный как доля населения, домохозяйств, отходов или территории — так, как его приводит источник; значения на разных базах несопоставимы. ${whatAWasteYears.ru}`,
      `پوشش جمع‌آوری پسماند در مناطق شهری، روستایی یا کل کشور (بدون کد شهرنشینی)، به‌صورت سهمی از جمعیت، خانوارها، پسماند یا مساحت جغرافیایی، آن‌گونه که هر منبع گزارش کرده است؛ مقادیر با پایه‌های متفاوت قابل مقایسه نیستند. ${whatAWasteYears.fa}`,
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: ["COVERAGE_BASIS", "URBANISATION"],
    sdgIndicators: ["11.6.1"],
    defaultSourceId: "wb-what-a-waste",
    derivation: null,
  },
  {
    code: "WAW_SPECIAL_WASTE",
    names: localized(
      "Special waste generated, by type (tonnes/year)",
      "Образование специальных отходов по видам (тонн в год)",
      "پسماندهای ویژهٔ تولیدشده بر حسب نوع (تن در سال)",
    ),
    descriptions: localized(
      `Agricultural, construction and demolition, electronic, hazardous, industrial and medical waste generated per year, compiled from national and international sources whose definitions differ. ${whatAWasteYears.en}`,
      `Сельскохозяйственные, строительные, электронные, опасные, промышленные и медицинские отходы, образующиеся за год, по данным национальных и международных источников с разными определениями. ${whatAWasteYears.ru}`,
      `پسماندهای کشاورزی، ساخت‌وساز و تخریب، الکترونیکی، خطرناک، صنعتی و پزشکی تولیدشده در سال، گردآوری‌شده از منابع ملی و بین‌المللی با تعریف‌های متفاوت. ${whatAWasteYears.fa}`,
    ),
    topic,
    unit: "T_PER_YEAR",
    decimals: 0,
    dimensions: ["WASTE_TYPE"],
    sdgIndicators: [],
    defaultSourceId: "wb-what-a-waste",
    derivation: null,
  },
  {
    code: "EN_EWT_GENV",
    names: localized(
      "Electronic waste generated (Tonnes)",
      "Образование электронных отходов (тонны)",
      "پسماند الکترونیکی تولیدشده (تن)",
    ),
    descriptions: eWasteMonitor,
    topic,
    unit: "T",
    decimals: 0,
    dimensions: [],
    sdgIndicators: ["12.4.2"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "EN_EWT_GENPCAP",
    names: localized(
      "Electronic waste generated, per capita (Kg)",
      "Образование электронных отходов на душу населения (кг)",
      "پسماند الکترونیکی تولیدشده، سرانه (کیلوگرم)",
    ),
    descriptions: eWasteMonitor,
    topic,
    unit: "KG_PER_CAP",
    decimals: 1,
    dimensions: [],
    sdgIndicators: ["12.4.2"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "EN_EWT_RCYV",
    names: localized(
      "Electronic waste recycling (Tonnes)",
      "Переработка электронных отходов (тонны)",
      "بازیافت پسماند الکترونیکی (تن)",
    ),
    descriptions: eWasteMonitor,
    topic,
    unit: "T",
    decimals: 0,
    dimensions: [],
    sdgIndicators: ["12.4.2", "12.5.1"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "EN_EWT_RCYR",
    names: localized(
      "Electronic waste recycling, rate (%)",
      "Переработка электронных отходов, уровень (%)",
      "بازیافت پسماند الکترونیکی، نرخ (درصد)",
    ),
    descriptions: eWasteMonitor,
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: ["12.4.2", "12.5.1"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "EN_HAZ_GENV",
    names: localized(
      "Hazardous waste generated (Tonnes)",
      "Образование опасных отходов (тонны)",
      "پسماند خطرناک تولیدشده (تن)",
    ),
    descriptions: hazardousStatistics,
    topic,
    unit: "T",
    decimals: 0,
    dimensions: [],
    sdgIndicators: ["12.4.2"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "EN_HAZ_PCAP",
    names: localized(
      "Hazardous waste generated, per capita (Kg)",
      "Образование опасных отходов на душу населения (кг)",
      "پسماند خطرناک تولیدشده، سرانه (کیلوگرم)",
    ),
    descriptions: hazardousStatistics,
    topic,
    unit: "KG_PER_CAP",
    decimals: 1,
    dimensions: [],
    sdgIndicators: ["12.4.2"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "EN_HAZ_TRTDISR",
    names: localized(
      "Hazardous waste treated or disposed, rate (%)",
      "Опасные отходы, обработанные или удалённые, доля (%)",
      "پسماند خطرناک تصفیه یا دفع‌شده، نرخ (درصد)",
    ),
    descriptions: hazardousStatistics,
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: ["12.4.2"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
];
