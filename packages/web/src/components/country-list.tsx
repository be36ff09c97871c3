import type { Indicator } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../hooks/use-formatters.ts";
import { sortByCountryName } from "../i18n/country-names.ts";
import type { MapDatum } from "../maps/map-values.ts";
import { useLocalizedLabel } from "./localized-name.tsx";

export interface CountryListProps {
  members: readonly string[];
  indicator?: Indicator;
  data?: ReadonlyMap<string, MapDatum>;
}

/**
 * The member states as a plain list of links, with the mapped value when there is one: the
 * map's content for readers who do not use the map.
 */
export function CountryList({ members, indicator, data }: CountryListProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const label = useLocalizedLabel();
  return (
    <ul className="country-list" data-testid="country-list">
      {sortByCountryName(members, formatters.language).map((iso3) => {
        const datum = data?.get(iso3);
        return (
          <li key={iso3}>
            <Link to={`/countries/${iso3}`}>{formatters.country(iso3)}</Link>
            {indicator ? (
              <span className="country-list-value">
                {datum
                  ? `${formatters.number(datum.value, { decimals: indicator.decimals, compact: true })} ${label(indicator.unitLabels)}`
                  : t("map.noData")}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
