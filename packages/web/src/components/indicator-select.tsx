import type { Indicator } from "@circular-atlas/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../hooks/use-formatters.ts";
import { useTopicLabel } from "../hooks/use-topic-label.ts";
import { compareTopics } from "../observations/topics.ts";
import { useLocalizedLabel } from "./localized-name.tsx";

export interface IndicatorSelectProps {
  indicators: readonly Indicator[];
  value: string;
  onChange: (code: string) => void;
}

/** Indicators grouped by topic, named in the UI language. */
export function IndicatorSelect({ indicators, value, onChange }: IndicatorSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const label = useLocalizedLabel();
  const topicLabel = useTopicLabel();
  const topics = [...new Set(indicators.map((indicator) => indicator.topic))].sort(compareTopics);
  return (
    <div className="field">
      <label htmlFor={id}>{t("home.indicatorLabel")}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid="indicator-select"
      >
        {topics.map((topic) => (
          <optgroup key={topic} label={topicLabel(topic)}>
            {indicators
              .filter((indicator) => indicator.topic === topic)
              .map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {label(indicator.names)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export interface YearSelectProps {
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}

/** Years with data, latest first, in the UI language's digits. */
export function YearSelect({ years, value, onChange }: YearSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const formatters = useFormatters();
  return (
    <div className="field">
      <label htmlFor={id}>{t("home.yearLabel")}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        data-testid="year-select"
      >
        {[...years]
          .sort((a, b) => b - a)
          .map((year) => (
            <option key={year} value={year}>
              {formatters.year(year)}
            </option>
          ))}
      </select>
    </div>
  );
}
