import type { Indicator, Observation } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../hooks/use-formatters.ts";
import { useTopicLabel } from "../hooks/use-topic-label.ts";
import { latestTotal } from "../observations/latest-total.ts";
import { magnitudeOf } from "../observations/scale-decimal.ts";
import { useLocalizedLabel } from "./localized-name.tsx";

interface KeyFiguresProps {
  topics: readonly [string, readonly { indicator: Indicator; observations: readonly Observation[] }[]][];
}

/** At a glance: the first indicator with a headline value in each topic, latest year. */
export function KeyFigures({ topics }: KeyFiguresProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const label = useLocalizedLabel();
  const topicLabel = useTopicLabel();
  const figures = topics.flatMap(([topic, entries]) => {
    for (const entry of entries) {
      const latest = latestTotal(entry.observations);
      if (latest) return [{ topic, indicator: entry.indicator, latest }];
    }
    return [];
  });
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="key-figures" className="key-figures">
      <h2 id="key-figures">{t("profile.keyFigures")}</h2>
      <dl>
        {figures.map(({ topic, indicator, latest }) => (
          <div key={topic} className="key-figure">
            <dt>{label(indicator.names)}</dt>
            <dd>
              <span className="key-figure-value">
                {formatters.number(magnitudeOf(latest), { decimals: indicator.decimals, compact: true })}
              </span>{" "}
              <span className="unit">{label(indicator.unitLabels)}</span>
              <span className="year">
                {topicLabel(topic)} · {formatters.year(latest.year)}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
