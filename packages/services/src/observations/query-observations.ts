/** Observations filtered by indicator, areas and years, with every source they cite. */
import type { ObservationList } from "@circular-atlas/contracts";
import { type AtlasDatabase, findObservations, findObservationsAsOf } from "@circular-atlas/database";
import { referenceCatalogue } from "../reference/reference-catalogue.ts";
import { knownAreaCodes, knownIndicatorCodes } from "../reference/reference-queries.ts";
import { toObservation } from "../reference/to-dto.ts";
import { ServiceError } from "../service-error.ts";

export interface ObservationSelection {
  readonly indicators: readonly string[];
  /** ISO alpha-3 codes; every member state when absent. */
  readonly areas?: readonly string[] | undefined;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly breakdown: "total" | "all";
  /**
   * The values as published at this moment (ISO date or date-time; a date means the end of that
   * day, UTC), read from the history: corrections made later and values under review are absent.
   */
  readonly asOf?: string | undefined;
}

export async function queryObservations(options: {
  db: AtlasDatabase;
  selection: ObservationSelection;
}): Promise<ObservationList> {
  const { db, selection } = options;
  const catalogue = await referenceCatalogue(db);
  const indicators = knownIndicatorCodes(catalogue, selection.indicators);
  const areas =
    selection.areas === undefined
      ? catalogue.areas.filter((area) => area.level === "country").map((area) => area.code)
      : knownAreaCodes(catalogue, selection.areas);
  if (selection.from !== undefined && selection.to !== undefined && selection.from > selection.to) {
    throw new ServiceError(
      "validation-failed",
      `the year range is empty: from ${selection.from} is after to ${selection.to}`,
      {
        from: selection.from,
        to: selection.to,
      },
    );
  }
  const filter = {
    indicators,
    areas,
    from: selection.from,
    to: selection.to,
    totalsOnly: selection.breakdown === "total",
  };
  const rows =
    selection.asOf === undefined
      ? await findObservations(db, filter)
      : await findObservationsAsOf(db, filter, endOfMoment(selection.asOf));
  const sourceIds = new Set(rows.map((row) => row.sourceId));
  return {
    data: rows.map(toObservation),
    sources: catalogue.sources.filter((source) => sourceIds.has(source.id)),
  };
}

/** A bare date stands for the whole day: what was published by its last millisecond, UTC. */
function endOfMoment(asOf: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : asOf;
}
