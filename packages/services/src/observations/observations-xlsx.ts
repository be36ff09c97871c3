/**
 * Observations as the long template's workbook (formats' `toLongXlsx`): one row per value with its
 * unit, source id, breakdowns and attributes, importing back unchanged. The template's year is
 * four digits, so an observation of another time period (a quarter) is left out and reported.
 */
import type { ObservationList } from "@circular-atlas/contracts";
import { type FormatDiagnostic, type LongXlsxRow, toLongXlsx } from "@circular-atlas/formats";

export function toObservationsXlsx(list: ObservationList): {
  bytes: Uint8Array;
  contentType: string;
  extension: string;
  diagnostics: FormatDiagnostic[];
} {
  const diagnostics: FormatDiagnostic[] = [];
  const rows: LongXlsxRow[] = [];
  list.data.forEach((observation, index) => {
    if (!/^\d{4}$/.test(observation.timePeriod)) {
      diagnostics.push({
        code: "xlsx/time-period",
        severity: "error",
        message: `time period ${observation.timePeriod} of ${observation.indicator} for ${observation.area} is not a year, which the template's year column needs`,
        row: index + 1,
      });
      return;
    }
    rows.push({
      indicator: observation.indicator,
      area: observation.area,
      year: Number(observation.timePeriod),
      value: observation.value,
      unit: observation.unit,
      source: observation.source,
      dimensions: observation.dimensions,
      unitMult: observation.unitMult,
      // A is the default status on import; only other statuses need the column.
      obsStatus: observation.obsStatus === "A" ? undefined : observation.obsStatus,
      nature: observation.nature ?? undefined,
      sourceDetail: observation.sourceDetail ?? undefined,
      comment: observation.comment ?? undefined,
    });
  });
  return {
    bytes: toLongXlsx(rows),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    diagnostics,
  };
}
