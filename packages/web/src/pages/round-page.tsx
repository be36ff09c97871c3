import type { CountryCompletenessDto, RoundCompletenessDto } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { ErrorMessage } from "../components/error-message.tsx";
import { LoadingSkeleton } from "../components/loading-skeleton.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { sortByCountryName } from "../i18n/country-names.ts";
import { RequireSignIn } from "../rounds/require-sign-in.tsx";

/** `/rounds/:roundId`: how far each member state is with the round, and the totals. */
export function RoundPage() {
  const { t } = useTranslation();
  const { roundId = "" } = useParams();
  const resource = useApiResource(`completeness:${roundId}`, (api) => api.getCompleteness(Number(roundId)));
  usePageTitle(resource.status === "ready" ? resource.data.round.name : t("rounds.dashboard.title"));
  return (
    <RequireSignIn>
      {() => (
        <div className="page round-page">
          <p>
            <Link to="/rounds">{t("rounds.dashboard.back")}</Link>
          </p>
          {resource.status === "loading" ? <LoadingSkeleton blocks={3} /> : null}
          {resource.status === "error" ? (
            <ErrorMessage error={resource.error} onRetry={resource.retry} />
          ) : null}
          {resource.status === "ready" ? <Completeness completeness={resource.data} /> : null}
        </div>
      )}
    </RequireSignIn>
  );
}

const totals = ["expected", "submitted", "approved", "published", "overdue"] as const;

function Completeness({ completeness }: { completeness: RoundCompletenessDto }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const { round } = completeness;
  const byArea = new Map(completeness.countries.map((country) => [country.area, country]));
  const ordered = sortByCountryName([...byArea.keys()], formatters.language).flatMap((area) => {
    const country = byArea.get(area);
    return country === undefined ? [] : [country];
  });
  return (
    <>
      <h1>{round.name}</h1>
      <p className="lead">
        {t("rounds.dashboard.dates", {
          period: round.period,
          due: formatters.date(round.dueDate),
          lock: formatters.date(round.lockDate),
        })}
      </p>
      <dl className="round-totals" data-testid="round-totals">
        {totals.map((name) => (
          <div key={name} data-total={name}>
            <dt>{t(`rounds.dashboard.${name}`)}</dt>
            <dd>{formatters.number(completeness[name], { decimals: 0 })}</dd>
          </div>
        ))}
      </dl>
      <table className="data-table completeness-table" data-testid="completeness-table">
        <caption>{t("rounds.dashboard.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("rounds.dashboard.country")}</th>
            <th scope="col">{t("rounds.dashboard.state")}</th>
            <th scope="col">{t("rounds.dashboard.revision")}</th>
            <th scope="col">{t("rounds.dashboard.submittedAt")}</th>
            <th scope="col">{t("rounds.dashboard.approvedAt")}</th>
            <th scope="col">{t("rounds.dashboard.endorsed")}</th>
            <th scope="col">{t("rounds.dashboard.overdueColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((country) => (
            <CountryRow key={country.area} roundId={round.id} country={country} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function CountryRow({ roundId, country }: { roundId: number; country: CountryCompletenessDto }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const date = (timestamp: string | null) =>
    timestamp === null ? "—" : formatters.date(timestamp.slice(0, 10));
  return (
    <tr
      data-area={country.area}
      data-state={country.state}
      className={country.overdue ? "is-overdue" : undefined}
    >
      <th scope="row">
        <Link to={`/rounds/${roundId}/${country.area}`}>{formatters.country(country.area)}</Link>
      </th>
      <td>{t(`rounds.state.${country.state}`)}</td>
      <td>{country.revision === null ? "—" : formatters.number(country.revision, { decimals: 0 })}</td>
      <td>{date(country.submittedAt)}</td>
      <td>{date(country.approvedAt)}</td>
      <td>{t(country.leadEndorsed ? "rounds.dashboard.yes" : "rounds.dashboard.no")}</td>
      <td data-testid="overdue">
        {country.overdue ? (
          <span className="overdue-badge">
            <span aria-hidden="true">⚠ </span>
            {t("rounds.dashboard.overdueFlag")}
          </span>
        ) : (
          t("rounds.dashboard.onTime")
        )}
      </td>
    </tr>
  );
}
