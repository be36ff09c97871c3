/**
 * The ECO circular-economy readiness index as data: four pillars, the building blocks of the
 * UNECE/OECD CES Guidelines for Measuring Circular Economy (baseline framework `unece-oecd-ce`),
 * each with indicators read from the observatory's own series. Nothing here is a value: the
 * values are read from the published observations, and a cell with none in its window is missing.
 *
 * The index measures readiness for the circular transition — efficiency, capacity and enablers —
 * not the size of consumption: pressures per person (materials, waste, e-waste, CO₂ per capita)
 * fall with income, so rewarding them ranks the poorest members first. They are left out (and
 * stay in the observatory); intensities per unit of GDP, divided by the engine's Denominate step,
 * stand in for them.
 *
 * A series made it in when at least six of the ten member states publish it within its window;
 * the candidates left out, and why, are listed in `readiness-exclusions.ts` and shown on the page.
 */
import type { ReadinessDenominator, ReadinessIndicator, ReadinessPillar } from "@circular-atlas/contracts";

/** A denominator as defined here; its names, unit and unit labels come from the series' catalogue entry. */
export type ReadinessDenominatorDefinition = Omit<ReadinessDenominator, "names" | "unit" | "unitLabels">;

/** An indicator as defined here; its unit and unit labels come from the series' catalogue entry. */
export type ReadinessIndicatorDefinition = Omit<ReadinessIndicator, "unit" | "unitLabels" | "denominator"> & {
  readonly denominator?: ReadinessDenominatorDefinition;
};

export const readinessFrameworkId = "eco-ce-readiness";
/** Bump when the indicators, windows, weights or method change: cached results key on it. */
export const readinessFrameworkVersion = "2025.2";
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

/** GDP at purchasing power parity, current international $: the denominator of the intensities. */
const GDP_PPP = "NY.GDP.MKTP.PP.CD";

export const readinessIndicators: readonly ReadinessIndicatorDefinition[] = [
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
    code: "MSW_GDP",
    pillar: "Materials",
    names: {
      en: "Municipal solid waste generated per unit of GDP",
      ru: "Образование твёрдых коммунальных отходов на единицу ВВП",
      fa: "پسماند جامد شهری تولیدشده به ازای واحد تولید ناخالص داخلی",
    },
    series: "WAW_MSW_GENERATED",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Less municipal waste per dollar of output means the economy turns less of what it uses into waste (prevention, the top of the waste hierarchy), not merely that it consumes less.",
      "Меньше коммунальных отходов на доллар продукции — экономика превращает в отходы меньшую часть того, что использует (предотвращение, вершина иерархии обращения с отходами), а не просто меньше потребляет.",
      "پسماند شهری کمتر به ازای هر دلار تولید یعنی اقتصاد بخش کمتری از آنچه به کار می‌برد به پسماند تبدیل می‌کند (پیشگیری، بالاترین پلهٔ سلسله‌مراتب پسماند)، نه صرفاً اینکه کمتر مصرف می‌کند.",
    ),
    weight: 1,
    fromYear: 2010,
    denominator: {
      code: "GDP_MSW_YEAR",
      series: GDP_PPP,
      dimensions: {},
      // t ÷ ($ ÷ 10⁶) = t per million $ = kg per 1,000 $.
      scaleFactor: 1e6,
      ratioUnit: "KG_PER_1000_INTL_USD_PPP",
      ratioUnitLabels: {
        en: "kg per 1,000 international $ of GDP (PPP, current prices)",
        ru: "кг на 1000 междунар. долл. ВВП (ППС, текущие цены)",
        fa: "کیلوگرم به ازای هر ۱۰۰۰ دلار بین‌المللی تولید ناخالص داخلی (برابری قدرت خرید، قیمت‌های جاری)",
      },
      ratioDecimals: 1,
      note: reason(
        "Tonnes ÷ (GDP in international $ ÷ 10⁶) = tonnes per million $ = kg per 1,000 $. Each member's waste figure has its own data year; GDP is read for that same year, in that year's current international dollars, so price levels differ a little between members whose years differ (the baseline has no constant-price PPP GDP).",
        "Тонны ÷ (ВВП в междунар. долл. ÷ 10⁶) = тонн на миллион долларов = кг на 1000 долларов. У каждой страны свой год данных об отходах; ВВП берётся за тот же год в текущих международных долларах этого года, поэтому уровень цен у стран с разными годами немного различается (ВВП по ППС в постоянных ценах в базовых данных нет).",
        "تن ÷ (تولید ناخالص داخلی به دلار بین‌المللی ÷ ۱۰⁶) = تن به ازای هر میلیون دلار = کیلوگرم به ازای هر ۱۰۰۰ دلار. دادهٔ پسماند هر کشور سال خود را دارد و تولید ناخالص داخلی برای همان سال و به دلار بین‌المللی جاری همان سال خوانده می‌شود؛ بنابراین سطح قیمت‌ها میان کشورهایی که سالشان متفاوت است اندکی فرق دارد (دادهٔ پایه تولید ناخالص داخلی به قیمت ثابت برابری قدرت خرید ندارد).",
      ),
    },
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
    code: "CO2_GDP",
    pillar: "Environment",
    names: {
      en: "CO₂ emissions from fossil fuels and cement per unit of GDP",
      ru: "Выбросы CO₂ от ископаемого топлива и цемента на единицу ВВП",
      fa: "انتشار دی‌اکسید کربن از سوخت‌های فسیلی و سیمان به ازای واحد تولید ناخالص داخلی",
    },
    series: "CDIAC_CO2",
    dimensions: {},
    direction: -1,
    directionReason: reason(
      "Fewer kilograms of CO₂ per dollar of output means the same value is produced with less fossil energy and cement: decoupling, not a smaller economy.",
      "Меньше килограммов CO₂ на доллар продукции — та же стоимость создаётся с меньшим количеством ископаемой энергии и цемента: это разделение роста и выбросов, а не меньшая экономика.",
      "کیلوگرم دی‌اکسید کربن کمتر به ازای هر دلار تولید یعنی همان ارزش با انرژی فسیلی و سیمان کمتری ساخته می‌شود: جداسازی رشد از انتشار، نه اقتصادی کوچک‌تر.",
    ),
    weight: 1,
    fromYear: 2015,
    denominator: {
      code: "GDP_CO2_YEAR",
      series: GDP_PPP,
      dimensions: {},
      // Mt ÷ ($ ÷ 10⁹) = 10⁹ kg ÷ 10⁹ $ = kg per $.
      scaleFactor: 1e9,
      ratioUnit: "KG_CO2_PER_INTL_USD_PPP",
      ratioUnitLabels: {
        en: "kg CO₂ per international $ of GDP (PPP, current prices)",
        ru: "кг CO₂ на междунар. долл. ВВП (ППС, текущие цены)",
        fa: "کیلوگرم CO₂ به ازای هر دلار بین‌المللی تولید ناخالص داخلی (برابری قدرت خرید، قیمت‌های جاری)",
      },
      ratioDecimals: 3,
      note: reason(
        "Mt CO₂ ÷ (GDP in international $ ÷ 10⁹) = kg CO₂ per international $. GDP is read for the emissions' year, in that year's current international dollars (the baseline has no constant-price PPP GDP).",
        "млн т CO₂ ÷ (ВВП в междунар. долл. ÷ 10⁹) = кг CO₂ на междунар. доллар. ВВП берётся за год выбросов в текущих международных долларах этого года (ВВП по ППС в постоянных ценах в базовых данных нет).",
        "میلیون تن CO₂ ÷ (تولید ناخالص داخلی به دلار بین‌المللی ÷ ۱۰⁹) = کیلوگرم CO₂ به ازای هر دلار بین‌المللی. تولید ناخالص داخلی برای سال انتشار و به دلار بین‌المللی جاری همان سال خوانده می‌شود (دادهٔ پایه تولید ناخالص داخلی به قیمت ثابت برابری قدرت خرید ندارد).",
      ),
    },
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
      "Withdrawing a smaller share of renewable freshwater leaves the resource able to renew itself (SDG 6.4.2). The share also depends on climate and on water flowing in from upstream, which no policy changes.",
      "Забор меньшей доли возобновляемых ресурсов пресной воды позволяет им восстанавливаться (ЦУР 6.4.2). Доля зависит также от климата и от притока воды сверху по течению, которые политика не меняет.",
      "برداشت سهم کمتری از آب شیرین تجدیدپذیر به منبع امکان بازسازی می‌دهد (هدف ۶٫۴٫۲). این سهم به اقلیم و آبی که از بالادست می‌رسد نیز بستگی دارد که هیچ سیاستی آن را تغییر نمی‌دهد.",
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
      "A larger renewable share is the energy side of the transition (SDG 7.2.1). It counts traditional biomass (firewood, dung) as renewable, so part of a high share can reflect little access to modern energy; read it beside the renewable share of electricity.",
      "Большая доля возобновляемой энергии — энергетическая сторона перехода (ЦУР 7.2.1). Она включает традиционную биомассу (дрова, кизяк), поэтому высокая доля отчасти может означать слабый доступ к современной энергии; читайте её вместе с долей возобновляемых источников в электроэнергии.",
      "سهم بیشتر انرژی تجدیدپذیر جنبهٔ انرژی گذار است (هدف ۷٫۲٫۱). این سهم زیست‌تودهٔ سنتی (هیزم، فضولات دامی) را تجدیدپذیر می‌شمارد، پس بخشی از سهم بالا ممکن است نشانهٔ دسترسی اندک به انرژی نوین باشد؛ آن را کنار سهم تجدیدپذیرها از تولید برق بخوانید.",
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

/** Screen byNA: ranked only with data for at least three quarters of the indicators (JRC practice). */
export const readinessScreenThreshold = 0.75;
export const readinessReplications = 1_000;
export const readinessSeed = 20_250_601;
