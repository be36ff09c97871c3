/**
 * Observations as CSV, self-describing: every row carries its unit and its source's title,
 * publisher and licence, so a downloaded file keeps its attribution.
 */
import type { ObservationList } from "@circular-atlas/contracts";
import { toCsv } from "@circular-atlas/formats";
import { dimensionKeyOf } from "./dimension-key.ts";

export const observationCsvColumns = [
  "indicator",
  "area",
  "time_period",
  "dimensions",
  "value",
  "unit",
  "unit_mult",
  "obs_status",
  "nature",
  "source",
  "source_title",
  "publisher",
  "licence",
  "source_detail",
  "original_code",
  "derivation",
  "comment",
] as const;

export function toObservationsCsv(list: ObservationList): string {
  const sources = new Map(list.sources.map((source) => [source.id, source]));
  return toCsv(
    observationCsvColumns,
    list.data.map((observation) => {
      const source = sources.get(observation.source);
      return [
        observation.indicator,
        observation.area,
        observation.timePeriod,
        dimensionKeyOf(observation.dimensions),
        observation.value,
        observation.unit,
        observation.unitMult,
        observation.obsStatus,
        observation.nature,
        observation.source,
        source?.title,
        source?.publisher,
        source?.licence,
        observation.sourceDetail,
        observation.originalCode,
        observation.derivation,
        observation.comment,
      ];
    }),
  );
}
