import type { ObservationQuery } from "@circular-atlas/contracts";

/** What the pages ask `/api/observations` for: the contract's query without the output format. */
export type ObservationRequest = { readonly indicator: readonly string[] } & Partial<
  Pick<ObservationQuery, "area" | "from" | "to" | "breakdown" | "asOf">
>;

/**
 * The query string for a request, with codes and keys in a fixed order so that equal requests
 * share one cache entry.
 */
export function toObservationSearch(request: ObservationRequest, format: "json" | "csv" = "json"): string {
  const params = new URLSearchParams();
  params.set("indicator", [...request.indicator].sort().join(","));
  if (request.area && request.area.length > 0) params.set("area", [...request.area].sort().join(","));
  if (request.from !== undefined) params.set("from", String(request.from));
  if (request.to !== undefined) params.set("to", String(request.to));
  params.set("breakdown", request.breakdown ?? "total");
  if (request.asOf !== undefined) params.set("asOf", request.asOf);
  if (format === "csv") params.set("format", "csv");
  return params.toString();
}
