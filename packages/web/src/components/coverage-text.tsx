import type { Indicator } from "@circular-atlas/contracts";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../hooks/use-formatters.ts";

/**
 * "2000–2017, 10 countries". The API's coverage counts headline values only, so an indicator
 * published solely by breakdown (What a Waste's treatment shares) says so instead of "no data".
 */
export function CoverageText({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const { firstYear, lastYear, areaCount } = indicator.coverage;
  if (firstYear !== null && lastYear !== null) {
    return (
      <>
        {t("indicator.coverageText", { years: formatters.yearRange(firstYear, lastYear), count: areaCount })}
      </>
    );
  }
  return <>{indicator.dimensions.length > 0 ? t("indicator.breakdownsOnly") : t("common.noData")}</>;
}
