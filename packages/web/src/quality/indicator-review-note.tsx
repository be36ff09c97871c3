import type { FlaggedValueDto, HeldValueCount } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useApiResource } from "../api/api-context.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import { useSession } from "../session/session-context.tsx";

/**
 * What the indicator page says about values held for review. The public learns only how many
 * wait (the figures are unpublished); a signed-in user sees the held values of their scope and a
 * link to the data-quality page. Nothing is shown while none wait.
 */
export function IndicatorReviewNote({ indicator }: { indicator: string }) {
  const { session, user } = useSession();
  if (session === undefined) return null;
  return user === null ? <PublicCount indicator={indicator} /> : <ScopedFlags indicator={indicator} />;
}

function PublicCount({ indicator }: { indicator: string }) {
  const { t } = useTranslation();
  const counts = useApiResource<HeldValueCount>(`awaiting-review:${indicator}`, (api) =>
    api.getValuesAwaitingReview(indicator),
  );
  // A failed count must not take the page down: the published values are what it is for.
  if (counts.status !== "ready" || counts.data.total === 0) return null;
  return (
    <p className="notice review-note" data-testid="review-note">
      {t("quality.awaitingPublic", { count: counts.data.total })}
    </p>
  );
}

function ScopedFlags({ indicator }: { indicator: string }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const flags = useApiResource<{ data: FlaggedValueDto[] }>(`flags:${indicator}`, (api) =>
    api.listFlaggedValues({ indicator }),
  );
  if (flags.status !== "ready" || flags.data.data.length === 0) return null;
  const values = flags.data.data;
  return (
    <section className="notice review-note" data-testid="review-note" aria-labelledby="awaiting-review">
      <h2 id="awaiting-review">{t("quality.awaitingScoped", { count: values.length })}</h2>
      <ul>
        {values.map((value) => (
          <li key={value.versionId} data-version={value.versionId}>
            {formatters.country(value.area)}, <span dir="ltr">{value.timePeriod}</span>
            {value.dimensionKey === "" ? null : <span dir="ltr"> [{value.dimensionKey}]</span>}:{" "}
            <span dir="ltr">
              {value.value}
              {value.publishedValue === null ? "" : ` ← ${value.publishedValue}`}
            </span>{" "}
            ({value.flags.map((flag) => flag.ruleId).join(", ")})
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/quality?indicator=${encodeURIComponent(indicator)}`}>{t("quality.reviewLink")}</Link>
      </p>
    </section>
  );
}
