/**
 * Code lists of the breakdown dimensions, with labels in English, Russian and Persian. Totals
 * carry no code (their row has empty dimensions), so `ALP` (all raw materials) and `_T` are
 * absent. TYPE_OF_PRODUCT uses the UN SDG codes and hierarchy (verified by summing in a test);
 * the What a Waste lists are ours, one code per source column.
 */
import type { BaselineDimensionCode, LocalizedText } from "@circular-atlas/contracts";
import { localized } from "./indicator-definition.ts";

type CodeEntry = readonly [code: string, parentCode: string | null, names: LocalizedText];

const typeOfProduct: readonly CodeEntry[] = [
  ["BIM", null, localized("Biomass", "Биомасса", "زیست‌توده")],
  ["CRO", "BIM", localized("Crops", "Сельскохозяйственные культуры", "محصولات زراعی")],
  ["CPR", "BIM", localized("Crop residues", "Растительные остатки", "بقایای محصولات زراعی")],
  [
    "GBO",
    "BIM",
    localized(
      "Grazed biomass and fodder crops",
      "Пастбищная биомасса и кормовые культуры",
      "زیست‌تودهٔ چرا‌شده و گیاهان علوفه‌ای",
    ),
  ],
  ["WOD", "BIM", localized("Wood", "Древесина", "چوب")],
  ["WCH", "BIM", localized("Wild catch and harvest", "Дикий улов и сбор", "صید و برداشت از طبیعت")],
  ["FOF", null, localized("Fossil fuels", "Ископаемое топливо", "سوخت‌های فسیلی")],
  ["COL", "FOF", localized("Coal", "Уголь", "زغال‌سنگ")],
  ["GAS", "FOF", localized("Natural gas", "Природный газ", "گاز طبیعی")],
  ["PET", "FOF", localized("Petroleum", "Нефть", "نفت")],
  [
    "ONT",
    "FOF",
    localized("Oil shale and tar sands", "Горючие сланцы и битуминозные пески", "شیل نفتی و ماسه‌های قیری"),
  ],
  ["MEO", null, localized("Metal ores", "Металлические руды", "کانه‌های فلزی")],
  ["FEO", "MEO", localized("Iron ore", "Железная руда", "سنگ آهن")],
  ["NFO", "MEO", localized("Non-ferrous metal ores", "Руды цветных металлов", "کانه‌های فلزات غیرآهنی")],
  ["NMM", null, localized("Non-metallic minerals", "Неметаллические полезные ископаемые", "کانی‌های غیرفلزی")],
  [
    "NMA",
    "NMM",
    localized(
      "Non-metallic minerals - industrial or agricultural dominant",
      "Неметаллические полезные ископаемые — преимущественно промышленные или сельскохозяйственные",
      "کانی‌های غیرفلزی - عمدتاً صنعتی یا کشاورزی",
    ),
  ],
  [
    "NMC",
    "NMM",
    localized(
      "Non-metallic minerals - construction dominant",
      "Неметаллические полезные ископаемые — преимущественно строительные",
      "کانی‌های غیرفلزی - عمدتاً ساختمانی",
    ),
  ],
];

/** Ordered from the most to the least circular route, as in the waste hierarchy. */
const wasteTreatment: readonly CodeEntry[] = [
  ["RECYCLING", null, localized("Recycling", "Переработка (рециклинг)", "بازیافت")],
  ["COMPOST", null, localized("Composting", "Компостирование", "کمپوست‌سازی")],
  ["ANAEROBIC_DIGESTION", null, localized("Anaerobic digestion", "Анаэробное сбраживание", "هضم بی‌هوازی")],
  ["INCINERATION", null, localized("Incineration", "Сжигание", "زباله‌سوزی")],
  [
    "SANITARY_LANDFILL_GAS",
    null,
    localized(
      "Sanitary landfill with landfill gas system",
      "Санитарный полигон с системой сбора свалочного газа",
      "دفن بهداشتی با سامانهٔ جمع‌آوری گاز",
    ),
  ],
  ["CONTROLLED_LANDFILL", null, localized("Controlled landfill", "Контролируемый полигон", "دفن کنترل‌شده")],
  [
    "LANDFILL_UNSPECIFIED",
    null,
    localized("Landfill (unspecified)", "Полигон (тип не указан)", "دفن (نوع نامشخص)"),
  ],
  ["OPEN_DUMP", null, localized("Open dump", "Открытая свалка", "تخلیه در محل روباز")],
  ["WATERWAYS_MARINE", null, localized("Waterways and marine", "Водные объекты и море", "آبراه‌ها و دریا")],
  ["OTHER", null, localized("Other", "Прочее", "سایر")],
  ["UNACCOUNTED", null, localized("Unaccounted for", "Неучтённое", "نامشخص")],
];

const wasteComposition: readonly CodeEntry[] = [
  ["FOOD_ORGANIC", null, localized("Food and organic", "Пищевые и органические", "مواد غذایی و آلی")],
  [
    "YARD_GARDEN",
    null,
    localized("Yard and garden (green) waste", "Садово-парковые (зелёные) отходы", "پسماند باغی و سبز"),
  ],
  ["PAPER_CARDBOARD", null, localized("Paper and cardboard", "Бумага и картон", "کاغذ و مقوا")],
  ["PLASTIC", null, localized("Plastic", "Пластик", "پلاستیک")],
  ["GLASS", null, localized("Glass", "Стекло", "شیشه")],
  ["METAL", null, localized("Metal", "Металл", "فلز")],
  ["WOOD", null, localized("Wood", "Древесина", "چوب")],
  ["RUBBER_LEATHER", null, localized("Rubber and leather", "Резина и кожа", "لاستیک و چرم")],
  ["OTHER", null, localized("Other", "Прочее", "سایر")],
];

const wasteType: readonly CodeEntry[] = [
  ["AGRICULTURAL", null, localized("Agricultural waste", "Сельскохозяйственные отходы", "پسماند کشاورزی")],
  [
    "CONSTRUCTION_DEMOLITION",
    null,
    localized(
      "Construction and demolition waste",
      "Строительные отходы и отходы сноса",
      "پسماند ساخت‌وساز و تخریب",
    ),
  ],
  ["E_WASTE", null, localized("Electronic waste", "Электронные отходы", "پسماند الکترونیکی")],
  ["HAZARDOUS", null, localized("Hazardous waste", "Опасные отходы", "پسماند خطرناک")],
  ["INDUSTRIAL", null, localized("Industrial waste", "Промышленные отходы", "پسماند صنعتی")],
  ["MEDICAL", null, localized("Medical waste", "Медицинские отходы", "پسماند پزشکی")],
];

/** SDMX CL_URBANISATION codes; the whole country is the total (no code). */
const urbanisation: readonly CodeEntry[] = [
  ["U", null, localized("Urban", "Городская местность", "شهری")],
  ["R", null, localized("Rural", "Сельская местность", "روستایی")],
];

/** What a coverage percentage is a share of; every coverage value has one. */
const coverageBasis: readonly CodeEntry[] = [
  ["POPULATION", null, localized("Share of population", "Доля населения", "سهم جمعیت")],
  ["HOUSEHOLDS", null, localized("Share of households", "Доля домохозяйств", "سهم خانوارها")],
  ["WASTE", null, localized("Share of waste generated", "Доля образующихся отходов", "سهم پسماند تولیدشده")],
  ["AREA", null, localized("Share of geographic area", "Доля территории", "سهم مساحت جغرافیایی")],
];

const codeLists: Readonly<Record<string, readonly CodeEntry[]>> = {
  TYPE_OF_PRODUCT: typeOfProduct,
  WASTE_TREATMENT: wasteTreatment,
  WASTE_COMPOSITION: wasteComposition,
  WASTE_TYPE: wasteType,
  URBANISATION: urbanisation,
  COVERAGE_BASIS: coverageBasis,
};

/** `dimension-codes.json` before validation, grouped by dimension in list order. */
export const dimensionCodes: readonly BaselineDimensionCode[] = Object.entries(codeLists).flatMap(
  ([dimension, entries]) =>
    entries.map(([code, parentCode, names], index) => ({
      dimension,
      code,
      names,
      parentCode,
      sortOrder: index + 1,
    })),
);
