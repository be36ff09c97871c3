/**
 * The shape of a catalogue entry (an indicator before the catalogue gives it its sort order) and
 * the shared unit labels, so that one unit code always reads the same in every language.
 */
import type { BaselineIndicator } from "@circular-atlas/contracts";

/** A catalogue entry; the catalogue adds `sortOrder` and `unitLabels` (from `unitLabels`). */
export interface IndicatorDefinition extends Omit<BaselineIndicator, "sortOrder" | "unitLabels" | "unit"> {
  readonly unit: UnitCode;
}

/**
 * Text in the three languages the platform starts with; English first. A type alias, not an
 * interface, so that it stays assignable to the contracts' `LocalizedText` record.
 */
export type Trilingual = { readonly en: string; readonly ru: string; readonly fa: string };

export function localized(en: string, ru: string, fa: string): Trilingual {
  return { en, ru, fa };
}

/** Unit codes used by the baseline. Scale is part of the code (MT_CO2 = million tonnes). */
export const unitLabels = {
  PERSONS: localized("persons", "человек", "نفر"),
  PT: localized("%", "%", "درصد"),
  USD_CURRENT: localized("current US$", "текущих долл. США", "دلار جاری آمریکا"),
  USD_CURRENT_PER_CAP: localized(
    "current US$ per person",
    "текущих долл. США на человека",
    "دلار جاری آمریکا به ازای هر نفر",
  ),
  INTL_USD_CURRENT: localized("current international $", "текущих междунар. долл.", "دلار بین‌المللی جاری"),
  INTL_USD_CURRENT_PER_CAP: localized(
    "current international $ per person",
    "текущих междунар. долл. на человека",
    "دلار بین‌المللی جاری به ازای هر نفر",
  ),
  USD_CONST_2015_PER_CAP: localized(
    "constant 2015 US$ per person",
    "постоянных долл. США 2015 г. на человека",
    "دلار ثابت ۲۰۱۵ آمریکا به ازای هر نفر",
  ),
  T: localized("tonnes", "тонн", "تن"),
  T_PER_YEAR: localized("tonnes per year", "тонн в год", "تن در سال"),
  T_PER_CAP: localized("tonnes per person", "тонн на человека", "تن به ازای هر نفر"),
  KG_PER_CAP: localized("kg per person", "кг на человека", "کیلوگرم به ازای هر نفر"),
  KG_PER_CAP_PER_DAY: localized(
    "kg per person per day",
    "кг на человека в сутки",
    "کیلوگرم به ازای هر نفر در روز",
  ),
  KG_PER_USD_CONST_2010: localized(
    "kg per constant 2010 US$",
    "кг на постоянный долл. США 2010 г.",
    "کیلوگرم به ازای هر دلار ثابت ۲۰۱۰ آمریکا",
  ),
  MJ_PER_USD_PPP_2021: localized(
    "MJ per 2021 PPP $ of GDP",
    "МДж на долл. ВВП по ППС 2021 г.",
    "مگاژول به ازای هر دلار تولید ناخالص داخلی (برابری قدرت خرید ۲۰۲۱)",
  ),
  KGOE_PER_CAP: localized(
    "kg of oil equivalent per person",
    "кг нефтяного эквивалента на человека",
    "کیلوگرم معادل نفت به ازای هر نفر",
  ),
  MT_CO2: localized("Mt CO2", "млн т CO2", "میلیون تن CO2"),
  MT_CO2E: localized("Mt CO2e", "млн т CO2-экв.", "میلیون تن معادل CO2"),
  T_CO2_PER_CAP: localized("t CO2 per person", "т CO2 на человека", "تن CO2 به ازای هر نفر"),
} as const satisfies Record<string, Trilingual>;

export type UnitCode = keyof typeof unitLabels;
