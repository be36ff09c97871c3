import { useTranslation } from "react-i18next";

/**
 * Breakdown dimensions the catalogues name. The API labels each dimension's codes but not the
 * dimension itself, so a dimension outside this list shows its SDMX id.
 */
const knownDimensions = [
  "TYPE_OF_PRODUCT",
  "WASTE_TREATMENT",
  "WASTE_COMPOSITION",
  "WASTE_TYPE",
  "COVERAGE_BASIS",
  "URBANISATION",
  "SEX",
  "ACTIVITY",
] as const;
type KnownDimension = (typeof knownDimensions)[number];

function isKnownDimension(dimension: string): dimension is KnownDimension {
  return (knownDimensions as readonly string[]).includes(dimension);
}

export function useDimensionLabel(): (dimension: string) => string {
  const { t } = useTranslation();
  return (dimension) => (isKnownDimension(dimension) ? t(`dimensions.${dimension}`) : dimension);
}
