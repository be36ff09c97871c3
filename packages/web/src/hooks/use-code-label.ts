import type { DimensionCode, LocalizedText } from "@circular-atlas/contracts";
import { useMemo } from "react";
import { useFormatters } from "./use-formatters.ts";

/** Names of breakdown codes in the UI language, from a dimension code list; unknown codes show as is. */
export function useCodeLabel(
  dimensionCodes: readonly DimensionCode[],
): (dimension: string, code: string) => string {
  const formatters = useFormatters();
  return useMemo(() => {
    const names = new Map<string, LocalizedText>(
      dimensionCodes.map((entry) => [`${entry.dimension}|${entry.code}`, entry.names]),
    );
    return (dimension: string, code: string) => {
      const text = names.get(`${dimension}|${code}`);
      return text ? formatters.text(text).text : code;
    };
  }, [dimensionCodes, formatters]);
}
