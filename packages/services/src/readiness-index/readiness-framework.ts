/**
 * The ECO circular-economy readiness index as data: four pillars, the building blocks of the
 * UNECE/OECD CES Guidelines for Measuring Circular Economy (baseline framework `unece-oecd-ce`),
 * each with indicators read from the observatory's own series. Nothing here is a value: the
 * values are read from the published observations, and a cell with none in its window is missing.
 *
 * A series made it in when at least six of the ten member states publish it within its window;
 * the candidates left out, and why, are listed in `readinessExclusions` and shown on the page.
 */
import type { ReadinessIndicator, ReadinessPillar } from "@circular-atlas/contracts";

/** An indicator as defined here; its unit and unit labels come from the series' catalogue entry. */
export type ReadinessIndicatorDefinition = Omit<ReadinessIndicator, "unit" | "unitLabels">;

export const readinessFrameworkId = "eco-ce-readiness";
/** Bump when the indicators, windows, weights or method change: cached results key on it. */
export const readinessFrameworkVersion = "2025.1";
export const readinessIndexCode = "CEReadiness";
export const readinessBasisFramework = "unece-oecd-ce";

export const readinessNames = {
  en: "ECO circular-economy readiness index",
  ru: "Индекс готовности стран ОЭС к циркулярной экономике",
  fa: "شاخص آمادگی اقتصاد چرخشی کشورهای اکو",
};

export const readinessPillars: readonly ReadinessPillar[] = [
  {
    code: "Materials",
    buildingBlock: "material-life-cycle",
    names: {
      en: "Material life-cycle and value chain",
      ru: "Жизненный цикл материалов и цепочка создания стоимости",
      fa: "چرخهٔ عمر مواد و زنجیرهٔ ارزش",
    },
    weight: 1,
  },
  {
    code: "Environment",
    buildingBlock: "environment",
    names: {
      en: "Interactions with the environment",
      ru: "Взаимодействие с окружающей средой",
      fa: "تعامل با محیط زیست",
    },
    weight: 1,
  },
  {
    code: "Responses",
    buildingBlock: "responses",
    names: { en: "Responses and actions", ru: "Ответные меры и действия", fa: "واکنش‌ها و اقدامات" },
    weight: 1,
  },
  {
    code: "Opportunities",
    buildingBlock: "socio-economic",
    names: {
      en: "Socio-economic opportunities",
      ru: "Социально-экономические возможности",
      fa: "فرصت‌های اجتماعی و اقتصادی",
    },
    weight: 1,
  },
];

/** A reason in the three languages the catalogue carries. */
const reason = (en: string, ru: string, fa: string) => ({ en, ru, fa });

export const readinessIndicators: readonly ReadinessIndicatorDefinition[] = [
  {
    code: "DMC_PC",
    pillar: "Materials",
    names: {
      en: "Domestic material consumption per capita",
      ru: "Внутреннее материальное потребление на душу населения",
      fa: "مصرف داخلی مواد سرانه",
    },
    series: "EN_MAT_DOMCMPC",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Fewer tonnes of materials used per person means less extraction for the same population (SDG 12.2.2).",
      "Меньше тонн материалов на человека — меньше добычи при той же численности населения (ЦУР 12.2.2).",
      "تن مواد کمتر به ازای هر نفر یعنی استخراج کمتر برای همان جمعیت (هدف ۱۲٫۲٫۲).",
    ),
    weight: 1,
    fromYear: 2010,
  },
  {
    code: "DMC_GDP",
    pillar: "Materials",
    names: {
      en: "Domestic material consumption per unit of GDP",
      ru: "Внутреннее материальное потребление на единицу ВВП",
      fa: "مصرف داخلی مواد به ازای واحد تولید ناخالص داخلی",
    },
    series: "EN_MAT_DOMCMPG",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Fewer kilograms of materials per dollar of output is higher resource productivity (SDG 8.4.2).",
      "Меньше килограммов материалов на доллар продукции — выше ресурсоэффективность (ЦУР 8.4.2).",
      "کیلوگرم مواد کمتر به ازای هر دلار تولید یعنی بهره‌وری بیشتر منابع (هدف ۸٫۴٫۲).",
    ),
    weight: 1,
    fromYear: 2010,
  },
  {
    code: "MSW_PC",
    pillar: "Materials",
    names: {
      en: "Municipal solid waste generated per capita",
      ru: "Образование твёрдых коммунальных отходов на душу населения",
      fa: "سرانهٔ تولید پسماند جامد شهری",
    },
    series: "WAW_MSW_PER_CAPITA",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Less waste per person is the first aim of the waste hierarchy (prevention).",
      "Меньше отходов на человека — первая цель иерархии обращения с отходами (предотвращение).",
      "پسماند کمتر به ازای هر نفر نخستین هدف سلسله‌مراتب مدیریت پسماند است (پیشگیری).",
    ),
    weight: 1,
    fromYear: 2010,
  },
  {
    code: "MSW_DUMP",
    pillar: "Materials",
    names: {
      en: "Share of municipal waste disposed of in open dumps",
      ru: "Доля коммунальных отходов, вывозимых на открытые свалки",
      fa: "سهم پسماند شهری که در محل‌های روباز تخلیه می‌شود",
    },
    series: "WAW_MSW_TREATMENT",
    dimensions: { WASTE_TREATMENT: "OPEN_DUMP" },
    direction: -1,
    directionReason: reason(
      "Open dumping recovers nothing and is the bottom of the waste hierarchy; a smaller share means more waste reaches managed treatment.",
      "Открытые свалки ничего не возвращают в оборот и находятся в самом низу иерархии; меньшая доля означает, что больше отходов проходит управляемую обработку.",
      "تخلیهٔ روباز هیچ چیزی را بازیابی نمی‌کند و پایین‌ترین پلهٔ سلسله‌مراتب پسماند است؛ سهم کمتر یعنی پسماند بیشتری به پردازش مدیریت‌شده می‌رسد.",
    ),
    weight: 1,
    fromYear: 2010,
  },
  {
    code: "EWASTE_PC",
    pillar: "Materials",
    names: {
      en: "Electronic waste generated per capita",
      ru: "Образование электронных отходов на душу населения",
      fa: "پسماند الکترونیکی تولیدشده، سرانه",
    },
    series: "EN_EWT_GENPCAP",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Less e-waste per person means longer-lived equipment and less hazardous material to collect (SDG 12.5).",
      "Меньше электронных отходов на человека — дольше служит техника и меньше опасных материалов для сбора (ЦУР 12.5).",
      "پسماند الکترونیکی کمتر به ازای هر نفر یعنی عمر بیشتر تجهیزات و مواد خطرناک کمتر برای جمع‌آوری (هدف ۱۲٫۵).",
    ),
    weight: 1,
    fromYear: 2015,
  },
  {
    code: "CO2_PC",
    pillar: "Environment",
    names: {
      en: "CO₂ emissions per capita from fossil fuels and cement",
      ru: "Выбросы CO₂ на душу населения от ископаемого топлива и цемента",
      fa: "انتشار سرانهٔ دی‌اکسید کربن از سوخت‌های فسیلی و سیمان",
    },
    series: "CDIAC_CO2_PCAP",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Lower emissions per person are a smaller climate pressure from material and energy use.",
      "Меньшие выбросы на человека — меньшая климатическая нагрузка от использования материалов и энергии.",
      "انتشار کمتر به ازای هر نفر یعنی فشار اقلیمی کمتر ناشی از مصرف مواد و انرژی.",
    ),
    weight: 1,
    fromYear: 2015,
  },
  {
    code: "H2O_STRESS",
    pillar: "Environment",
    names: {
      en: "Level of water stress",
      ru: "Уровень водного стресса",
      fa: "سطح تنش آبی",
    },
    series: "ER_H2O_STRESS",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Withdrawing a smaller share of renewable freshwater leaves the resource able to renew itself (SDG 6.4.2).",
      "Забор меньшей доли возобновляемых ресурсов пресной воды позволяет им восстанавливаться (ЦУР 6.4.2).",
      "برداشت سهم کمتری از آب شیرین تجدیدپذیر به منبع امکان بازسازی می‌دهد (هدف ۶٫۴٫۲).",
    ),
    weight: 1,
    fromYear: 2010,
  },
  {
    code: "ENERGY_INT",
    pillar: "Environment",
    names: {
      en: "Energy intensity of primary energy",
      ru: "Энергоёмкость по первичной энергии",
      fa: "شدت انرژی اولیه",
    },
    series: "EG.EGY.PRIM.PP.KD",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Less primary energy per dollar of output is less pressure for the same economic result (SDG 7.3.1).",
      "Меньше первичной энергии на доллар продукции — меньшая нагрузка при том же результате (ЦУР 7.3.1).",
      "انرژی اولیهٔ کمتر به ازای هر دلار تولید یعنی فشار کمتر برای همان نتیجهٔ اقتصادی (هدف ۷٫۳٫۱).",
    ),
    weight: 1,
    fromYear: 2015,
  },
  {
    code: "RENEW_FEC",
    pillar: "Responses",
    names: {
      en: "Renewable share of final energy consumption",
      ru: "Доля возобновляемой энергии в конечном энергопотреблении",
      fa: "سهم انرژی تجدیدپذیر از مصرف نهایی انرژی",
    },
    series: "EG.FEC.RNEW.ZS",
    dimensions: {},
    direction: 1,
    directionReason: reason(
      "A larger renewable share is the energy side of the transition (SDG 7.2.1).",
      "Большая доля возобновляемой энергии — энергетическая сторона перехода (ЦУР 7.2.1).",
      "سهم بیشتر انرژی تجدیدپذیر جنبهٔ انرژی گذار است (هدف ۷٫۲٫۱).",
    ),
    weight: 1,
    fromYear: 2015,
  },
  {
    code: "RENEW_ELC",
    pillar: "Responses",
    names: {
      en: "Renewable share of electricity output",
      ru: "Доля возобновляемых источников в производстве электроэнергии",
      fa: "سهم تجدیدپذیرها از تولید برق",
    },
    series: "EG.ELC.RNEW.ZS",
    dimensions: {},
    direction: 1,
    directionReason: reason(
      "More electricity from renewable sources lowers the footprint of electrified recycling and production.",
      "Больше электроэнергии из возобновляемых источников снижает след электрифицированной переработки и производства.",
      "برق بیشتر از منابع تجدیدپذیر ردپای بازیافت و تولید برقی را کاهش می‌دهد.",
    ),
    weight: 1,
    fromYear: 2015,
  },
  {
    code: "FFS_GDP",
    pillar: "Responses",
    names: {
      en: "Fossil-fuel subsidies as a share of GDP",
      ru: "Субсидии на ископаемое топливо в процентах от ВВП",
      fa: "یارانهٔ سوخت‌های فسیلی به‌صورت درصدی از تولید ناخالص داخلی",
    },
    series: "ER_FFS_PRTSPR",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Subsidising fossil fuels works against resource efficiency; SDG 12.c asks to phase them out.",
      "Субсидии на ископаемое топливо противоречат ресурсоэффективности; ЦУР 12.c призывает их отменить.",
      "یارانهٔ سوخت فسیلی برخلاف بهره‌وری منابع است؛ هدف ۱۲.c حذف تدریجی آن را می‌خواهد.",
    ),
    weight: 1,
    fromYear: 2015,
  },
  {
    code: "MANF_VA",
    pillar: "Opportunities",
    names: {
      en: "Manufacturing value added as a share of GDP",
      ru: "Добавленная стоимость обрабатывающей промышленности в процентах от ВВП",
      fa: "ارزش افزودهٔ صنایع تولیدی به‌صورت درصدی از تولید ناخالص داخلی",
    },
    series: "NV_IND_MANF",
    dimensions: {},
    direction: 1,
    directionReason: reason(
      "A manufacturing base is where remanufacturing, repair and secondary materials create jobs and value (SDG 9.2.1).",
      "Обрабатывающая промышленность — то место, где восстановление, ремонт и вторичное сырьё создают рабочие места и стоимость (ЦУР 9.2.1).",
      "پایهٔ صنعتی جایی است که بازتولید، تعمیر و مواد ثانویه شغل و ارزش می‌آفرینند (هدف ۹٫۲٫۱).",
    ),
    weight: 1,
    fromYear: 2015,
  },
  {
    code: "MANF_TECH",
    pillar: "Opportunities",
    names: {
      en: "Medium and high-tech share of manufacturing value added",
      ru: "Доля средне- и высокотехнологичных производств в добавленной стоимости обрабатывающей промышленности",
      fa: "سهم فناوری متوسط و بالا از ارزش افزودهٔ صنایع تولیدی",
    },
    series: "NV.MNF.TECH.ZS.UN",
    dimensions: {},
    direction: 1,
    directionReason: reason(
      "Technology-intensive industry has the capabilities circular design and recovery need (SDG 9.b.1).",
      "Технологичные отрасли обладают возможностями, нужными для циркулярного дизайна и восстановления (ЦУР 9.b.1).",
      "صنایع با فناوری بالاتر توانمندی‌هایی دارند که طراحی و بازیابی چرخشی به آن نیاز دارد (هدف ۹.b.۱).",
    ),
    weight: 1,
    fromYear: 2015,
  },
  {
    code: "MANF_EMP",
    pillar: "Opportunities",
    names: {
      en: "Manufacturing employment as a share of total employment",
      ru: "Занятость в обрабатывающей промышленности в процентах от общей занятости",
      fa: "اشتغال در صنایع تولیدی به‌صورت درصدی از کل اشتغال",
    },
    series: "SL_TLF_MANF",
    dimensions: {},
    direction: 1,
    directionReason: reason(
      "A manufacturing workforce is the skills base a circular industry can employ (SDG 9.2.2).",
      "Занятые в обрабатывающей промышленности — кадровая база, на которую может опереться циркулярная промышленность (ЦУР 9.2.2).",
      "نیروی کار صنعتی پایهٔ مهارتی است که صنعت چرخشی می‌تواند به کار گیرد (هدف ۹٫۲٫۲).",
    ),
    weight: 1,
    fromYear: 2010,
  },
];

/** Candidates read and left out, so the choice can be checked against the coverage matrix. */
export const readinessExclusions = [
  {
    series: "WAW_MSW_TREATMENT",
    dimensions: { WASTE_TREATMENT: "RECYCLING" },
    reason:
      "Recycling share: three member states (IRN, KAZ, PAK). Reading the other seven as 0 % would invent values.",
  },
  {
    series: "WAW_MSW_TREATMENT",
    dimensions: { WASTE_TREATMENT: "COMPOST" },
    reason: "Composting share: three member states (IRN, PAK, TUR).",
  },
  {
    series: "WAW_MSW_COLLECTION",
    dimensions: { COVERAGE_BASIS: "POPULATION" },
    reason:
      "Collection coverage by population: four member states; two more report it by waste weight, which is not the same measure.",
  },
  {
    series: "EN_HAZ_TRTDISR",
    dimensions: {},
    reason:
      "Hazardous waste treated or disposed: five member states, and values above 100 % (treatment of stocks) that a rate cannot compare.",
  },
  {
    series: "EN_EWT_RCYR",
    dimensions: {},
    reason: "E-waste recycling rate: two member states (KAZ, TUR).",
  },
] as const;

/** Screen byNA: ranked only with data for at least three quarters of the indicators (JRC practice). */
export const readinessScreenThreshold = 0.75;
export const readinessReplications = 1_000;
export const readinessSeed = 20_250_601;
