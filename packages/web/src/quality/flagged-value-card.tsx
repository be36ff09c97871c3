import type { FlaggedValueDto } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../hooks/use-formatters.ts";
import { ReviewForm, type ReviewFormProps } from "./review-form.tsx";

export interface FlaggedValueCardProps {
  value: FlaggedValueDto;
  sourceTitle: string;
  /** Present for reviewers and administrators; others read the value only. */
  onReviewed?: ReviewFormProps["onReviewed"] | undefined;
}

/**
 * One held value: what was offered against what is published, every rule it broke with the
 * rule's own message, where it came from, and (for reviewers) the decision. Values are shown as
 * written, digits and all, since a leading zero or a lost decimal point is what is under review.
 */
export function FlaggedValueCard({ value, sourceTitle, onReviewed }: FlaggedValueCardProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  return (
    <li className="flagged-value" data-version={value.versionId} data-testid="flagged-value">
      <dl className="flagged-figures">
        <div>
          <dt>{t("table.year")}</dt>
          <dd dir="ltr">{value.timePeriod}</dd>
        </div>
        <div>
          <dt>{t("quality.breakdown")}</dt>
          <dd dir="ltr">{value.dimensionKey === "" ? t("common.total") : value.dimensionKey}</dd>
        </div>
        <div>
          <dt>{t("quality.heldValue")}</dt>
          <dd dir="ltr" data-value={value.value} data-testid="held-value">
            {value.value} {value.unit}
          </dd>
        </div>
        <div>
          <dt>{t("quality.publishedValue")}</dt>
          <dd dir="ltr" data-value={value.publishedValue ?? ""} data-testid="published-value">
            {value.publishedValue === null ? (
              <span className="missing">{t("quality.nonePublished")}</span>
            ) : (
              `${value.publishedValue} ${value.unit}`
            )}
          </dd>
        </div>
        <div>
          <dt>{t("table.source")}</dt>
          <dd>
            <Link to={`/about/data#${value.sourceId}`}>{sourceTitle}</Link>
            {" · "}
            {t("quality.importOn", { id: value.importId, date: formatters.date(value.recordedAt) })}
          </dd>
        </div>
      </dl>
      <ul className="flag-list">
        {value.flags.map((flag) => (
          <li key={flag.ruleId} className={`flag flag-${flag.severity}`} data-rule={flag.ruleId}>
            <span className="flag-severity">{t(`quality.severity.${flag.severity}`)}</span>{" "}
            <code dir="ltr">{flag.ruleId}</code>{" "}
            <span dir="ltr" className="flag-message">
              {flag.message}
            </span>
          </li>
        ))}
      </ul>
      {onReviewed === undefined ? null : <ReviewForm value={value} onReviewed={onReviewed} />}
    </li>
  );
}
