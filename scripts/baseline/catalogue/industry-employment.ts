/**
 * Catalogue: economic structure and jobs, the inputs of the just-transition lens. English names
 * are the World Bank's or the UN SDG database's own titles.
 */
import { type IndicatorDefinition, localized, type Trilingual } from "./indicator-definition.ts";

const topic = "industry-employment";

const sexes = {
  FE: {
    en: ["female", "female employment"],
    ru: ["женщины", "занятых женщин"],
    fa: ["زنان", "زنان شاغل"],
  },
  MA: {
    en: ["male", "male employment"],
    ru: ["мужчины", "занятых мужчин"],
    fa: ["مردان", "مردان شاغل"],
  },
} as const;

const sectors = {
  AGR: {
    name: localized("Employment in agriculture", "Занятость в сельском хозяйстве", "اشتغال در کشاورزی"),
    scope: localized(
      "agriculture, forestry, hunting and fishing (ISIC Rev.4 divisions 01–03)",
      "сельском, лесном хозяйстве, охоте и рыболовстве (разделы 01–03 МСОК, ред. 4)",
      "کشاورزی، جنگلداری، شکار و ماهیگیری (بخش‌های ۰۱ تا ۰۳ طبقه‌بندی ISIC، ویرایش ۴)",
    ),
  },
  IND: {
    name: localized("Employment in industry", "Занятость в промышленности", "اشتغال در صنعت"),
    scope: localized(
      "mining, manufacturing, construction and utilities (ISIC Rev.4 divisions 05–43)",
      "добыче полезных ископаемых, обрабатывающей промышленности, строительстве и коммунальном хозяйстве (разделы 05–43 МСОК, ред. 4)",
      "معدن، صنایع تولیدی، ساخت‌وساز و تأسیسات عمومی (بخش‌های ۰۵ تا ۴۳ طبقه‌بندی ISIC، ویرایش ۴)",
    ),
  },
  SRV: {
    name: localized("Employment in services", "Занятость в сфере услуг", "اشتغال در خدمات"),
    scope: localized(
      "trade, transport, accommodation, finance, public administration and other services (ISIC Rev.4 divisions 45–99)",
      "торговле, транспорте, гостиничном деле, финансах, государственном управлении и прочих услугах (разделы 45–99 МСОК, ред. 4)",
      "بازرگانی، حمل‌ونقل، اقامت، امور مالی، ادارهٔ عمومی و سایر خدمات (بخش‌های ۴۵ تا ۹۹ طبقه‌بندی ISIC، ویرایش ۴)",
    ),
  },
} as const;

const iloModelled = localized(
  "(modeled ILO estimate)",
  "(модельная оценка МОТ)",
  "(برآورد مدل‌سازی‌شدهٔ سازمان بین‌المللی کار)",
);

function employmentBySector(sector: keyof typeof sectors, sex: keyof typeof sexes): IndicatorDefinition {
  const { name, scope } = sectors[sector];
  const labels = sexes[sex];
  const line = (language: "en" | "ru" | "fa", share: string): string =>
    `${name[language]}, ${labels[language][0]} (% ${share}) ${iloModelled[language]}`;
  return {
    code: `SL.${sector}.EMPL.${sex}.ZS`,
    names: {
      en: line("en", `of ${labels.en[1]}`),
      ru: line("ru", labels.ru[1]),
      fa: `${name.fa}، ${labels.fa[0]} (درصد از ${labels.fa[1]}) ${iloModelled.fa}`,
    },
    descriptions: {
      en: `Share of employed ${sex === "FE" ? "women" : "men"} working in ${scope.en}. ILO modelled estimates; the latest years are projections.`,
      ru: `Доля ${sex === "FE" ? "женщин" : "мужчин"}, занятых в ${scope.ru}, среди всех занятых ${sex === "FE" ? "женщин" : "мужчин"}. Модельные оценки МОТ; последние годы — прогноз.`,
      fa: `سهم ${labels.fa[1]}ی که در ${scope.fa} کار می‌کنند. برآوردهای مدل‌سازی‌شدهٔ سازمان بین‌المللی کار؛ سال‌های آخر پیش‌بینی است.`,
    },
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: [],
    defaultSourceId: "wb-wdi-datahub",
    derivation: null,
  };
}

function vulnerableEmployment(sex: keyof typeof sexes): IndicatorDefinition {
  const labels = sexes[sex];
  const name: Trilingual = {
    en: `Vulnerable employment, ${labels.en[0]} (% of ${labels.en[1]}) ${iloModelled.en}`,
    ru: `Уязвимая занятость, ${labels.ru[0]} (% ${labels.ru[1]}) ${iloModelled.ru}`,
    fa: `اشتغال آسیب‌پذیر، ${labels.fa[0]} (درصد از ${labels.fa[1]}) ${iloModelled.fa}`,
  };
  return {
    code: `SL.EMP.VULN.${sex}.ZS`,
    names: name,
    descriptions: localized(
      "Contributing family workers and own-account workers as a share of employment: a proxy for informal work, used in the just-transition lens. ILO modelled estimates; the latest years are projections.",
      "Помогающие члены семьи и самозанятые работники в процентах от занятых: косвенный показатель неформальной занятости для анализа справедливого перехода. Модельные оценки МОТ; последние годы — прогноз.",
      "کارکنان خانوادگی بدون مزد و خویش‌فرمایان به‌صورت سهمی از شاغلان؛ شاخصی جانشین برای کار غیررسمی در تحلیل گذار عادلانه. برآوردهای مدل‌سازی‌شدهٔ سازمان بین‌المللی کار؛ سال‌های آخر پیش‌بینی است.",
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: [],
    defaultSourceId: "wb-wdi-datahub",
    derivation: null,
  };
}

export const industryEmploymentIndicators: readonly IndicatorDefinition[] = [
  {
    code: "NV.IND.TOTL.ZS",
    names: localized(
      "Industry (including construction), value added (% of GDP)",
      "Промышленность (включая строительство), добавленная стоимость (% ВВП)",
      "صنعت (شامل ساخت‌وساز)، ارزش افزوده (درصد از تولید ناخالص داخلی)",
    ),
    descriptions: localized(
      "Value added of mining, manufacturing, construction, electricity, water and gas (ISIC Rev.4 divisions 05–43) as a share of GDP.",
      "Добавленная стоимость добычи полезных ископаемых, обрабатывающей промышленности, строительства, электро-, газо- и водоснабжения (разделы 05–43 МСОК, ред. 4) в процентах от ВВП.",
      "ارزش افزودهٔ معدن، صنایع تولیدی، ساخت‌وساز، برق، آب و گاز (بخش‌های ۰۵ تا ۴۳ طبقه‌بندی ISIC، ویرایش ۴) به‌صورت سهمی از تولید ناخالص داخلی.",
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: [],
    defaultSourceId: "wb-wdi-datahub",
    derivation: null,
  },
  {
    code: "NV.AGR.TOTL.ZS",
    names: localized(
      "Agriculture, forestry, and fishing, value added (% of GDP)",
      "Сельское, лесное и рыбное хозяйство, добавленная стоимость (% ВВП)",
      "کشاورزی، جنگلداری و ماهیگیری، ارزش افزوده (درصد از تولید ناخالص داخلی)",
    ),
    descriptions: localized(
      "Value added of agriculture, forestry and fishing (ISIC Rev.4 divisions 01–03) as a share of GDP.",
      "Добавленная стоимость сельского, лесного и рыбного хозяйства (разделы 01–03 МСОК, ред. 4) в процентах от ВВП.",
      "ارزش افزودهٔ کشاورزی، جنگلداری و ماهیگیری (بخش‌های ۰۱ تا ۰۳ طبقه‌بندی ISIC، ویرایش ۴) به‌صورت سهمی از تولید ناخالص داخلی.",
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: [],
    defaultSourceId: "wb-wdi-datahub",
    derivation: null,
  },
  {
    code: "NV_IND_MANF",
    names: localized(
      "Manufacturing value added as a proportion of GDP (%)",
      "Добавленная стоимость обрабатывающей промышленности в процентах от ВВП",
      "ارزش افزودهٔ صنایع تولیدی به‌صورت درصدی از تولید ناخالص داخلی",
    ),
    descriptions: localized(
      "SDG indicator 9.2.1; UNIDO estimates from the UN SDG Global Database (October 2020 extract).",
      "Показатель ЦУР 9.2.1; оценки ЮНИДО из Глобальной базы данных ЦУР ООН (выгрузка октября 2020 г.).",
      "شاخص ۹.۲.۱ اهداف توسعهٔ پایدار؛ برآوردهای یونیدو از پایگاه جهانی دادهٔ اهداف توسعهٔ پایدار سازمان ملل (برداشت اکتبر ۲۰۲۰).",
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: ["9.2.1"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "NV_IND_MANFPC",
    names: localized(
      "Manufacturing value added per capita (constant 2015 United States dollars)",
      "Добавленная стоимость обрабатывающей промышленности на душу населения (в постоянных долларах США 2015 г.)",
      "ارزش افزودهٔ صنایع تولیدی سرانه (دلار ثابت ۲۰۱۵ آمریکا)",
    ),
    descriptions: localized(
      "SDG indicator 9.2.1; UNIDO estimates from the UN SDG Global Database (October 2020 extract).",
      "Показатель ЦУР 9.2.1; оценки ЮНИДО из Глобальной базы данных ЦУР ООН (выгрузка октября 2020 г.).",
      "شاخص ۹.۲.۱ اهداف توسعهٔ پایدار؛ برآوردهای یونیدو از پایگاه جهانی دادهٔ اهداف توسعهٔ پایدار سازمان ملل (برداشت اکتبر ۲۰۲۰).",
    ),
    topic,
    unit: "USD_CONST_2015_PER_CAP",
    decimals: 0,
    dimensions: [],
    sdgIndicators: ["9.2.1"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "NV.MNF.TECH.ZS.UN",
    names: localized(
      "Medium and high-tech manufacturing value added (% manufacturing value added)",
      "Добавленная стоимость средне- и высокотехнологичных производств (% добавленной стоимости обрабатывающей промышленности)",
      "ارزش افزودهٔ صنایع تولیدی با فناوری متوسط و بالا (درصد از ارزش افزودهٔ صنایع تولیدی)",
    ),
    descriptions: localized(
      "The proportion of medium and high-tech industry value added in total value added of manufacturing (UNIDO, via World Development Indicators).",
      "Доля добавленной стоимости средне- и высокотехнологичных отраслей в общей добавленной стоимости обрабатывающей промышленности (ЮНИДО, по данным Показателей мирового развития).",
      "سهم ارزش افزودهٔ صنایع با فناوری متوسط و بالا از کل ارزش افزودهٔ صنایع تولیدی (یونیدو، از طریق شاخص‌های توسعهٔ جهانی).",
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: ["9.b.1"],
    defaultSourceId: "wb-wdi-datahub",
    derivation: null,
  },
  {
    code: "SL_TLF_MANF",
    names: localized(
      "Manufacturing employment as a proportion of total employment (%)",
      "Занятость в обрабатывающей промышленности в процентах от общей занятости",
      "اشتغال در صنایع تولیدی به‌صورت درصدی از کل اشتغال",
    ),
    descriptions: localized(
      "SDG indicator 9.2.2; ILO data from the UN SDG Global Database (October 2020 extract).",
      "Показатель ЦУР 9.2.2; данные МОТ из Глобальной базы данных ЦУР ООН (выгрузка октября 2020 г.).",
      "شاخص ۹.۲.۲ اهداف توسعهٔ پایدار؛ داده‌های سازمان بین‌المللی کار از پایگاه جهانی دادهٔ اهداف توسعهٔ پایدار سازمان ملل (برداشت اکتبر ۲۰۲۰).",
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: ["9.2.2"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  employmentBySector("AGR", "FE"),
  employmentBySector("AGR", "MA"),
  employmentBySector("IND", "FE"),
  employmentBySector("IND", "MA"),
  employmentBySector("SRV", "FE"),
  employmentBySector("SRV", "MA"),
  {
    code: "SL.UEM.TOTL.ZS",
    names: localized(
      "Unemployment, total (% of total labor force) (modeled ILO estimate)",
      "Безработица, всего (% рабочей силы) (модельная оценка МОТ)",
      "بیکاری، کل (درصد از کل نیروی کار) (برآورد مدل‌سازی‌شدهٔ سازمان بین‌المللی کار)",
    ),
    descriptions: localized(
      "Share of the labour force that is without work but available for and seeking employment. ILO modelled estimates; the latest years are projections.",
      "Доля рабочей силы, не имеющей работы, но готовой приступить к ней и ищущей её. Модельные оценки МОТ; последние годы — прогноз.",
      "سهمی از نیروی کار که کار ندارد ولی آمادهٔ کار و در جست‌وجوی شغل است. برآوردهای مدل‌سازی‌شدهٔ سازمان بین‌المللی کار؛ سال‌های آخر پیش‌بینی است.",
    ),
    topic,
    unit: "PT",
    decimals: 1,
    dimensions: [],
    sdgIndicators: ["8.5.2"],
    defaultSourceId: "wb-wdi-datahub",
    derivation: null,
  },
  vulnerableEmployment("FE"),
  vulnerableEmployment("MA"),
];
