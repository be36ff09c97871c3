import type {
  ReadinessCell,
  ReadinessCountry,
  ReadinessDenominator,
  ReadinessIndex,
  Source,
} from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { LocalizedName } from "../components/localized-name.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";

/**
 * A member state's inputs: each indicator's value as published, with its year, unit and source
 * (publisher and licence), whether it was missing and filled, and its normalised score. For an
 * intensity also the GDP it is divided by (same year, its own source) and the ratio the index
 * reads. Opens when the address points at it (the score links here).
 */
export function CountryInputs({ index, country }: { index: ReadinessIndex; country: ReadinessCountry }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { hash } = useLocation();
  const id = `inputs-${country.area}`;
  const indicators = new Map(index.framework.indicators.map((indicator) => [indicator.code, indicator]));
  const sources = new Map(index.sources.map((source) => [source.id, source]));
  const open = hash === `#${id}`;
  return (
    <details id={id} key={String(open)} open={open} className="readiness-inputs" data-testid={id}>
      <summary>
        {t("readiness.inputsOf", { country: format.country(country.area) })}
        {country.status === "insufficient-data" ? ` (${t("readiness.notRanked")})` : null}
      </summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("readiness.indicator")}</th>
              <th scope="col">{t("readiness.value")}</th>
              <th scope="col">{t("readiness.year")}</th>
              <th scope="col">{t("readiness.source")}</th>
              <th scope="col">{t("readiness.normalised")}</th>
            </tr>
          </thead>
          <tbody>
            {country.cells.map((cell) => {
              const indicator = indicators.get(cell.indicator);
              const source = cell.source === null ? undefined : sources.get(cell.source);
              return (
                <tr key={cell.indicator} data-indicator={cell.indicator}>
                  <th scope="row">
                    {indicator === undefined ? cell.indicator : <LocalizedName text={indicator.names} />}
                  </th>
                  <td className="readiness-value">
                    {cell.value === null ? (
                      <span className="missing">
                        {cell.imputed ? t("readiness.missingImputed") : t("readiness.missing")}
                      </span>
                    ) : (
                      <>
                        <span dir="ltr">{cell.value}</span>{" "}
                        {indicator === undefined ? null : <LocalizedName text={indicator.unitLabels} />}
                        {indicator?.denominator != null && cell.denominator !== null ? (
                          <Division cell={cell} denominator={indicator.denominator} />
                        ) : null}
                      </>
                    )}
                  </td>
                  <td>{cell.year === null ? "–" : format.year(cell.year)}</td>
                  <td>
                    <SourceCitation source={source} />
                    {cell.denominator?.source == null ? null : (
                      <span className="readiness-denominator">
                        {" ÷ "}
                        <SourceCitation source={sources.get(cell.denominator.source)} />
                      </span>
                    )}
                  </td>
                  <td>{cell.normalised === null ? "–" : format.number(cell.normalised, { decimals: 1 })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {indicators.size > 0 ? (
        <p>
          <Link to={`/countries/${country.area}`}>
            {t("readiness.profileLink", { country: format.country(country.area) })}
          </Link>
        </p>
      ) : null}
    </details>
  );
}

/** An intensity's division: ÷ the GDP of the same year as published, = the ratio the index reads. */
function Division({ cell, denominator }: { cell: ReadinessCell; denominator: ReadinessDenominator }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const divisor = cell.denominator;
  if (divisor?.value == null) {
    return (
      <span className="readiness-denominator missing">
        {" "}
        {t("readiness.noDenominator", {
          series: denominator.series,
          year: cell.year === null ? "–" : format.year(cell.year),
        })}
        {cell.imputed ? ` ${t("readiness.filledForIndex")}` : null}
      </span>
    );
  }
  return (
    <span className="readiness-denominator">
      {" ÷ "}
      <span dir="ltr">{divisor.value}</span> <LocalizedName text={denominator.unitLabels} />
      {cell.indicatorValue === null ? null : (
        <>
          {" = "}
          {format.number(cell.indicatorValue, { decimals: denominator.ratioDecimals })}{" "}
          <LocalizedName text={denominator.ratioUnitLabels} />
        </>
      )}
    </span>
  );
}

function SourceCitation({ source }: { source: Source | undefined }) {
  if (source === undefined) return <>–</>;
  return (
    <>
      <Link to={`/about/data#${source.id}`}>{source.title}</Link>{" "}
      <span className="licence">
        ({source.publisher}; {source.licence})
      </span>
    </>
  );
}
