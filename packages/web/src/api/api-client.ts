/**
 * The typed client for the server's HTTP API. Shapes are the contracts' DTO types; imports are
 * type-only so that zod stays out of the browser bundle (the server validates what it sends).
 * Every successful GET is cached in memory for the session, so moving between pages does not
 * refetch.
 */
import type {
  Area,
  AreaList,
  CountryProfile,
  IndicatorDetail,
  IndicatorList,
  ObservationList,
  SourceList,
} from "@circular-atlas/contracts";
import type { CountriesTopology } from "../maps/country-features.ts";
import { ApiError, clientErrorCodes, toApiError } from "./api-error.ts";
import { type ObservationRequest, toObservationSearch } from "./observation-request.ts";

export interface ApiClientOptions {
  /** Defaults to the global `fetch`; tests pass a stub. */
  fetch?: typeof fetch;
  /** Prefix of every path; the API lives on the same origin under `/api` by default. */
  baseUrl?: string;
}

export interface ApiClient {
  getAreas(): Promise<AreaList>;
  getArea(code: string): Promise<Area>;
  getGeometry(): Promise<CountriesTopology>;
  getIndicators(): Promise<IndicatorList>;
  getIndicator(code: string): Promise<IndicatorDetail>;
  getObservations(request: ObservationRequest): Promise<ObservationList>;
  getCountryProfile(code: string): Promise<CountryProfile>;
  getSources(): Promise<SourceList>;
  /** The URL of the server's own CSV for a request (for "download everything" links). */
  observationsCsvUrl(request: ObservationRequest): string;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? "/api";
  const cache = new Map<string, Promise<unknown>>();

  function getJson<T>(path: string): Promise<T> {
    const cached = cache.get(path);
    if (cached) return cached as Promise<T>;
    const pending = requestJson<T>(fetchImpl, `${baseUrl}${path}`);
    cache.set(path, pending);
    // A failure is not remembered: the next visit tries again (the connection may be back).
    pending.catch(() => cache.delete(path));
    return pending;
  }

  const segment = encodeURIComponent;
  return {
    getAreas: () => getJson("/areas"),
    getArea: (code) => getJson(`/areas/${segment(code)}`),
    getGeometry: () => getJson("/geometry"),
    getIndicators: () => getJson("/indicators"),
    getIndicator: (code) => getJson(`/indicators/${segment(code)}`),
    getObservations: (request) => getJson(`/observations?${toObservationSearch(request)}`),
    getCountryProfile: (code) => getJson(`/countries/${segment(code)}/profile`),
    getSources: () => getJson("/sources"),
    observationsCsvUrl: (request) => `${baseUrl}/observations?${toObservationSearch(request, "csv")}`,
  };
}

async function requestJson<T>(fetchImpl: typeof fetch, url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: "application/json" } });
  } catch (error) {
    throw new ApiError(
      { status: 0, code: clientErrorCodes.network, detail: `GET ${url} failed` },
      { cause: error },
    );
  }
  if (!response.ok) throw await toApiError(response);
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new ApiError(
      { status: response.status, code: clientErrorCodes.badResponse, detail: `GET ${url}: invalid JSON` },
      { cause: error },
    );
  }
}
