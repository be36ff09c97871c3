import type { ReadinessFramework, ReadinessIndex } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiClient } from "../api/api-context.tsx";
import { LocalizedName } from "../components/localized-name.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";

/**
 * The framework on the page: the pillars (UNECE/OECD building blocks) with their indicators,
 * each indicator's direction and why, weight, year window and series (an intensity with what it
 * is divided by and how the scale gives its unit); the method step by step; why pressures per
 * person are not in the index and where to see them; the other series left out; and the
 * engine's input files to rerun it.
 */
export function FrameworkSection({ index }: { index: ReadinessIndex }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const api = useApiClient();
  const { framework } = index;
  const { basis, method } = framework;
  const perPerson = framework.excluded.filter((entry) => entry.kind === "per-person-pressure");
  const otherExcluded = framework.excluded.filter((entry) => entry.kind !== "per-person-pressure");
  return (
    <section className="readiness-framework" aria-labelledby="readiness-framework-title">
      <h2 id="readiness-framework-title">{t("readiness.frameworkTitle")}</h2>
      <p>
        {t("readiness.basis")}{" "}
        <a href={basis.source.url} lang="en" dir="ltr">
          {basis.source.title}
        </a>{" "}
        <span lang="en" dir="ltr">
          ({basis.source.publisher}, {basis.source.year})
        </span>
      </p>
      {framework.pillars.map((pillar) => (
        <div key={pillar.code} className="readiness-pillar" data-pillar={pillar.code}>
          <h3>
            <LocalizedName text={pillar.names} />{" "}
            <span className="readiness-weight">
              {t("readiness.pillarWeight", { weight: format.number(pillar.weight, { decimals: 2 }) })}
            </span>
          </h3>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("readiness.indicator")}</th>
                  <th scope="col">{t("readiness.direction")}</th>
                  <th scope="col">{t("readiness.weight")}</th>
                  <th scope="col">{t("readiness.window")}</th>
                  <th scope="col">{t("readiness.series")}</th>
                </tr>
              </thead>
              <tbody>
                {framework.indicators
                  .filter((indicator) => indicator.pillar === pillar.code)
                  .map((indicator) => (
                    <tr key={indicator.code} data-indicator={indicator.code}>
                      <th scope="row">
                        <LocalizedName text={indicator.names} />
                      </th>
                      <td>
                        <strong>
                          {indicator.direction === 1
                            ? t("readiness.higherBetter")
                            : t("readiness.lowerBetter")}
                        </strong>{" "}
                        <LocalizedName text={indicator.directionReason} />
                      </td>
                      <td>{format.number(indicator.weight, { decimals: 2 })}</td>
                      <td>{t("readiness.windowFrom", { year: format.year(indicator.fromYear) })}</td>
                      <td>
                        <SeriesLink series={indicator.series} />
                        {Object.entries(indicator.dimensions).map(([dimension, code]) => (
                          <span key={dimension} className="readiness-breakdown">
                            {" "}
                            {dimension}={code}
                          </span>
                        ))}
                        {indicator.denominator === null ? null : (
                          <>
                            {" ÷ "}
                            <SeriesLink series={indicator.denominator.series} /> {t("readiness.sameYear")}
                            <p className="readiness-note" data-testid={`denominator-${indicator.code}`}>
                              {t("readiness.ratioUnit")}{" "}
                              <LocalizedName text={indicator.denominator.ratioUnitLabels} />.{" "}
                              <LocalizedName text={indicator.denominator.note} />
                            </p>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
      <h3>{t("readiness.methodTitle")}</h3>
      <ol className="readiness-method">
        <li>{t("readiness.stepCells")}</li>
        <li>{t("readiness.stepDenominate")}</li>
        <li>
          {t("readiness.stepScreen", {
            share: format.number(method.screenThreshold * 100, { decimals: 0 }),
            count: Math.ceil(method.screenThreshold * framework.indicators.length),
            total: framework.indicators.length,
          })}
        </li>
        <li>{t("readiness.stepImpute")}</li>
        <li>{t("readiness.stepTreat")}</li>
        <li>{t("readiness.stepNormalise")}</li>
        <li>{t("readiness.stepAggregate")}</li>
        <li>
          {t("readiness.stepUncertainty", {
            count: method.replications,
            replications: format.number(method.replications, { decimals: 0 }),
          })}
          <ul>
            {method.uncertainInputs.map((input) => (
              <li key={input.name} lang="en" dir="ltr">
                {input.name}: {input.alternatives.join("; ")}
              </li>
            ))}
          </ul>
        </li>
      </ol>
      <h3 id="readiness-per-person">{t("readiness.perPersonTitle")}</h3>
      <p>{t("readiness.perPersonIntro")}</p>
      <ExcludedList entries={perPerson} testId="per-person" />
      <h3>{t("readiness.excludedTitle")}</h3>
      <ExcludedList entries={otherExcluded} testId="excluded" />
      <h3>{t("readiness.rerunTitle")}</h3>
      <p>{t("readiness.rerunIntro")}</p>
      <ul className="readiness-downloads">
        {["iData.csv", "iMeta.csv", "pipeline.json", "uncertainty.json"].map((file) => (
          <li key={file}>
            <a href={api.readinessInputUrl(file)} download={file} data-testid={`download-${file}`}>
              {file}
            </a>
          </li>
        ))}
      </ul>
      <pre className="readiness-command" dir="ltr">
        {`atlas index build --data iData.csv --meta iMeta.csv --pipeline pipeline.json --out out\natlas index uncertainty --data iData.csv --meta iMeta.csv --pipeline pipeline.json --uncertain uncertainty.json --n ${method.replications} --seed ${method.seed} --out out-ua`}
      </pre>
    </section>
  );
}

function SeriesLink({ series }: { series: string }) {
  return <Link to={`/indicators/${encodeURIComponent(series)}`}>{series}</Link>;
}

/** Series left out, each linking to its page in the observatory, with the reason (in English). */
function ExcludedList({
  entries,
  testId,
}: {
  entries: readonly ReadinessFramework["excluded"][number][];
  testId: string;
}) {
  return (
    <ul className="readiness-excluded" data-testid={testId}>
      {entries.map((entry) => (
        <li key={`${entry.series}|${JSON.stringify(entry.dimensions)}`} data-series={entry.series}>
          <SeriesLink series={entry.series} />
          {Object.entries(entry.dimensions).map(([dimension, code]) => ` ${dimension}=${code}`)}:{" "}
          <span lang="en" dir="ltr">
            {entry.reason}
          </span>
        </li>
      ))}
    </ul>
  );
}
