/**
 * Country names in the region's languages, so that a search for "Казахстан", "قزاقستان" or
 * "Qozogʻiston" finds records tagged KAZ. Names come from i18n-iso-countries.
 */
import countries from "i18n-iso-countries";
import az from "i18n-iso-countries/langs/az.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fa from "i18n-iso-countries/langs/fa.json" with { type: "json" };
import kk from "i18n-iso-countries/langs/kk.json" with { type: "json" };
import ky from "i18n-iso-countries/langs/ky.json" with { type: "json" };
import ps from "i18n-iso-countries/langs/ps.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };
import tg from "i18n-iso-countries/langs/tg.json" with { type: "json" };
import tk from "i18n-iso-countries/langs/tk.json" with { type: "json" };
import tr from "i18n-iso-countries/langs/tr.json" with { type: "json" };
import ur from "i18n-iso-countries/langs/ur.json" with { type: "json" };
import uz from "i18n-iso-countries/langs/uz.json" with { type: "json" };

const locales = [en, ru, fa, tr, az, kk, ky, tg, tk, ps, ur, uz];
for (const locale of locales) countries.registerLocale(locale);

/** Every name of the country in every registered language, with its language. */
export function countryNames(iso3: string): { language: string; name: string }[] {
  return locales.flatMap((locale) =>
    (countries.getName(iso3, locale.locale, { select: "all" }) ?? []).map((name) => ({
      language: locale.locale,
      name,
    })),
  );
}
