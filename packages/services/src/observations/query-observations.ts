/** Observations filtered by indicator, areas and years, with every source they cite. */
import type { ObservationList } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  countMatchingObservations,
  findObservations,
  findObservationsAsOf,
  type ObservationFilter,
} from "@circular-atlas/database";
import { type ReferenceCatalogue, referenceCatalogue } from "../reference/reference-catalogue.ts";
import { knownAreaCodes, knownIndicatorCodes } from "../reference/reference-queries.ts";
import { toObservation } from "../reference/to-dto.ts";
import { ServiceError } from "../service-error.ts";
import { breakdownFilter, parseSeriesKey } from "./series-key.ts";

/** The most rows one answer carries; larger results are read page by page. */
export const maxObservationPage = 100_000;

export interface ObservationSelection {
  /** Indicator codes; may be empty when `key` names the series. */
  readonly indicators: readonly string[];
  /** An SDMX-style data key (see series-key.ts), narrowing indicators, areas and breakdowns. */
  readonly key?: string | undefined;
  /** Rows to return (at most maxObservationPage, the default) and rows to skip first. */
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
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
  const filter = observationFilter(catalogue, selection);
  const limit = Math.min(selection.limit ?? maxObservationPage, maxObservationPage);
  const offset = selection.offset ?? 0;
  const [rows, total] =
    selection.asOf === undefined
      ? await Promise.all([
          findObservations(db, filter, { limit, offset }),
          countMatchingObservations(db, filter),
        ])
      : await asOfPage(db, filter, selection.asOf, { limit, offset });
  const sourceIds = new Set(rows.map((row) => row.sourceId));
  return {
    data: rows.map(toObservation),
    sources: catalogue.sources.filter((source) => sourceIds.has(source.id)),
    paging: { offset, limit, total },
  };
}

/**
 * The history's rows in force at `asOf`, narrowed by the key's breakdown positions and paged here:
 * a moment's values are few enough to filter in memory.
 */
async function asOfPage(
  db: AtlasDatabase,
  filter: ObservationFilter,
  asOf: string,
  page: { limit: number; offset: number },
): Promise<[Awaited<ReturnType<typeof findObservationsAsOf>>, number]> {
  const breakdowns = Object.entries(filter.breakdowns ?? {});
  const rows = (await findObservationsAsOf(db, filter, endOfMoment(asOf))).filter((row) =>
    breakdowns.every(([dimension, codes]) => codes.includes(row.dimensions[dimension] ?? "_T")),
  );
  return [rows.slice(page.offset, page.offset + page.limit), rows.length];
}

/**
 * Every page of a selection in one list, for exports that must not stop at a page (the CLI's
 * `atlas export`); `paging` then describes the whole.
 */
export async function queryEveryObservation(options: {
  db: AtlasDatabase;
  selection: ObservationSelection;
}): Promise<ObservationList> {
  const data: ObservationList["data"] = [];
  const sources = new Map<string, ObservationList["sources"][number]>();
  for (let offset = 0; ; ) {
    const page = await queryObservations({ db: options.db, selection: { ...options.selection, offset } });
    data.push(...page.data);
    for (const source of page.sources) sources.set(source.id, source);
    offset += page.data.length;
    if (page.data.length === 0 || offset >= (page.paging?.total ?? 0)) break;
  }
  return {
    data,
    sources: [...sources.values()],
    paging: { offset: 0, limit: data.length, total: data.length },
  };
}

function observationFilter(
  catalogue: ReferenceCatalogue,
  selection: ObservationSelection,
): ObservationFilter {
  const key =
    selection.key === undefined
      ? undefined
      : parseSeriesKey(selection.key, (code) => catalogue.indicatorsByCode.has(code));
  if (selection.indicators.length === 0 && key === undefined)
    throw new ServiceError(
      "validation-failed",
      "name the indicators: give `indicator` or an SDMX-style `key`",
      {},
    );
  const indicators =
    intersect(
      selection.indicators.length === 0 ? undefined : knownIndicatorCodes(catalogue, selection.indicators),
      key === undefined || key.series.length === 0 ? undefined : knownIndicatorCodes(catalogue, key.series),
    ) ?? catalogue.indicators.map((indicator) => indicator.code);
  const areas = intersect(
    selection.areas === undefined ? undefined : knownAreaCodes(catalogue, selection.areas),
    key === undefined || key.areas.length === 0 ? undefined : knownAreaCodes(catalogue, key.areas),
  );
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
  const dimensionOrders = new Map(
    indicators.map((code) => [code, catalogue.indicatorsByCode.get(code)?.dimensions ?? []] as const),
  );
  const breakdowns =
    key === undefined || selection.key === undefined
      ? {}
      : breakdownFilter(key, selection.key, dimensionOrders);
  return {
    indicators,
    // An explicit area list may name sub-national areas; without one, the member states.
    areas: areas ?? catalogue.areas.filter((area) => area.level === "country").map((area) => area.code),
    from: selection.from,
    to: selection.to,
    totalsOnly: selection.breakdown === "total" && Object.keys(breakdowns).length === 0,
    breakdowns,
  };
}

/** Codes in both lists (either may be absent = no constraint), in the first list's order. */
function intersect(
  first: readonly string[] | undefined,
  second: readonly string[] | undefined,
): string[] | undefined {
  if (first === undefined) return second === undefined ? undefined : [...second];
  if (second === undefined) return [...first];
  const keep = new Set(second);
  return first.filter((code) => keep.has(code));
}

/** A bare date stands for the whole day: what was published by its last millisecond, UTC. */
function endOfMoment(asOf: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : asOf;
}
