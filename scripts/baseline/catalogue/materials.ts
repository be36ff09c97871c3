/**
 * Catalogue: domestic material consumption (SDG 12.2.2 / 8.4.2) with the UN material-group
 * breakdown. English names are the UN SDG database's series titles.
 */
import { type IndicatorDefinition, localized } from "./indicator-definition.ts";

const topic = "materials";

const dmcSource = localized(
  "Domestic extraction plus imports minus exports of raw materials (SDG 12.2.2 and 8.4.2). UNEP–IRP Global Material Flows Database via the UN SDG Global Database (October 2020 extract). The total covers biomass, fossil fuels, metal ores and non-metallic minerals; the breakdown follows the UN material groups.",
  "Внутренняя добыча плюс импорт минус экспорт сырья (ЦУР 12.2.2 и 8.4.2). Глобальная база данных материальных потоков ЮНЕП–МГР через Глобальную базу данных ЦУР ООН (выгрузка октября 2020 г.). Итог охватывает биомассу, ископаемое топливо, металлические руды и неметаллические полезные ископаемые; разбивка следует группам материалов ООН.",
  "استخراج داخلی به‌علاوهٔ واردات منهای صادرات مواد خام (شاخص‌های ۱۲.۲.۲ و ۸.۴.۲). پایگاه جهانی جریان مواد UNEP–IRP از طریق پایگاه جهانی دادهٔ اهداف توسعهٔ پایدار سازمان ملل (برداشت اکتبر ۲۰۲۰). مجموع شامل زیست‌توده، سوخت‌های فسیلی، کانه‌های فلزی و کانی‌های غیرفلزی است و تفکیک آن از گروه‌های مواد سازمان ملل پیروی می‌کند.",
);

export const materialsIndicators: readonly IndicatorDefinition[] = [
  {
    code: "EN_MAT_DOMCMPT",
    names: localized(
      "Domestic material consumption, by type of raw material (tonnes)",
      "Внутреннее материальное потребление по видам сырья (тонны)",
      "مصرف داخلی مواد بر حسب نوع مادهٔ خام (تن)",
    ),
    descriptions: dmcSource,
    topic,
    unit: "T",
    decimals: 0,
    dimensions: ["TYPE_OF_PRODUCT"],
    sdgIndicators: ["12.2.2", "8.4.2"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "EN_MAT_DOMCMPC",
    names: localized(
      "Domestic material consumption per capita, by type of raw material (tonnes)",
      "Внутреннее материальное потребление на душу населения по видам сырья (тонны)",
      "مصرف داخلی مواد سرانه بر حسب نوع مادهٔ خام (تن)",
    ),
    descriptions: dmcSource,
    topic,
    unit: "T_PER_CAP",
    decimals: 2,
    dimensions: ["TYPE_OF_PRODUCT"],
    sdgIndicators: ["12.2.2", "8.4.2"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
  {
    code: "EN_MAT_DOMCMPG",
    names: localized(
      "Domestic material consumption per unit of GDP, by type of raw material (kilograms per constant 2010 United States dollars)",
      "Внутреннее материальное потребление на единицу ВВП по видам сырья (кг на постоянный доллар США 2010 г.)",
      "مصرف داخلی مواد به ازای هر واحد تولید ناخالص داخلی بر حسب نوع مادهٔ خام (کیلوگرم به ازای هر دلار ثابت ۲۰۱۰ آمریکا)",
    ),
    descriptions: dmcSource,
    topic,
    unit: "KG_PER_USD_CONST_2010",
    decimals: 2,
    dimensions: ["TYPE_OF_PRODUCT"],
    sdgIndicators: ["12.2.2", "8.4.2"],
    defaultSourceId: "un-sdg-indicators-ddf",
    derivation: null,
  },
];
