import type { ReadinessPillar } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LocalizedName } from "../components/localized-name.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import type { DisplayCountry } from "./readiness-view.ts";

/**
 * Every member state's result: the rank only beside its interval, the score linked to the
 * inputs it was computed from, the pillar scores and the coverage. Members not ranked say why.
 */
export function ResultsTable({
  countries,
  pillars,
}: {
  countries: readonly DisplayCountry[];
  pillars: readonly ReadinessPillar[];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const score = (value: number | null) => (value === null ? "–" : format.number(value, { decimals: 1 }));
  return (
    <div className="table-scroll">
      <table className="data-table readiness-table" data-testid="readiness-table">
        <caption>{t("readiness.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("readiness.country")}</th>
            <th scope="col">{t("readiness.rankWithInterval")}</th>
            <th scope="col">{t("readiness.score")}</th>
            {pillars.map((pillar) => (
              <th key={pillar.code} scope="col">
                <LocalizedName text={pillar.names} />
              </th>
            ))}
            <th scope="col">{t("readiness.coverage")}</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((country) => (
            <tr key={country.area} data-area={country.area} data-status={country.status}>
              <th scope="row">{format.country(country.area)}</th>
              <td className="readiness-rank">
                {country.status === "ranked" && country.rank !== null ? (
                  <>
                    {format.number(country.rank, { decimals: 0 })}{" "}
                    {country.rankInterval === null ? null : (
                      <span className="readiness-interval">
                        {t("readiness.rankInterval", {
                          median: format.number(country.rankInterval.median, { decimals: 1 }),
                          from: format.number(country.rankInterval.q5, { decimals: 0 }),
                          to: format.number(country.rankInterval.q95, { decimals: 0 }),
                        })}
                      </span>
                    )}
                  </>
                ) : (
                  t("readiness.notRanked")
                )}
              </td>
              <td>
                <Link to={{ hash: `inputs-${country.area}` }} data-testid={`score-${country.area}`}>
                  {country.status === "ranked" ? score(country.score) : t("readiness.seeInputs")}
                </Link>
              </td>
              {pillars.map((pillar) => (
                <td key={pillar.code}>{score(country.pillars[pillar.code] ?? null)}</td>
              ))}
              <td>
                {t("readiness.coverageOf", {
                  available: format.number(country.coverage.available, { decimals: 0 }),
                  total: format.number(country.coverage.total, { decimals: 0 }),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
