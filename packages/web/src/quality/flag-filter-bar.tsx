import type { Indicator } from "@circular-atlas/contracts";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLocalizedLabel } from "../components/localized-name.tsx";
import { useFormatters } from "../hooks/use-formatters.ts";
import type { FlagFilter, FlagFilterKey } from "./flag-filters.ts";

export interface FlagFilterBarProps {
  choices: Record<FlagFilterKey, string[]>;
  filter: FlagFilter;
  indicators: readonly Indicator[];
  onChange: (key: FlagFilterKey, value: string | undefined) => void;
}

/** One select per filter (country, series, rule, severity); "all" clears it. */
export function FlagFilterBar({ choices, filter, indicators, onChange }: FlagFilterBarProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const localized = useLocalizedLabel();
  const id = useId();
  const names = new Map(indicators.map((indicator) => [indicator.code, localized(indicator.names)]));
  const label: Record<FlagFilterKey, (code: string) => string> = {
    area: formatters.country,
    indicator: (code) => names.get(code) ?? code,
    rule: (code) => code,
    severity: (code) => t(`quality.severity.${code}`, { defaultValue: code }),
  };
  return (
    <div className="controls" data-testid="flag-filters">
      {(["area", "indicator", "rule", "severity"] as const).map((key) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{t(`quality.filter.${key}`)}</label>
          <select
            id={`${id}-${key}`}
            value={filter[key] ?? ""}
            onChange={(event) => onChange(key, event.target.value === "" ? undefined : event.target.value)}
            data-filter={key}
          >
            <option value="">{t("quality.filter.all")}</option>
            {/* A value in the address that the list no longer holds stays selectable, so it can be cleared. */}
            {[...new Set([...choices[key], ...(filter[key] === undefined ? [] : [filter[key]])])].map(
              (code) => (
                <option key={code} value={code}>
                  {label[key](code)}
                </option>
              ),
            )}
          </select>
        </div>
      ))}
    </div>
  );
}
