/**
 * The typed client for the server's HTTP API. Shapes are the contracts' DTO types; imports are
 * type-only so that zod stays out of the browser bundle (the server validates what it sends).
 * Every successful GET is cached in memory for the session, so moving between pages does not
 * refetch.
 */
import type {
  ApiScopeName,
  ApiTokenDto,
  Area,
  AreaList,
  CountryProfile,
  CoverageMatrix,
  FlaggedValueDto,
  FrameworkList,
  HeldValueCount,
  IndicatorDetail,
  IndicatorList,
  IndicatorMetadataList,
  KnowledgeRecord,
  ObservationHistory,
  ObservationHistoryQuery,
  ObservationList,
  QualityRuleDto,
  ReadinessIndex,
  RecordActionName,
  RecordHistory,
  RecordInput,
  RoleName,
  SearchResult,
  SeriesFrameworks,
  Session,
  SourceList,
  Taxonomy,
  User,
} from "@circular-atlas/contracts";
import type { CountriesTopology } from "../maps/country-features.ts";
import type { RegionsTopology } from "../maps/region-features.ts";
import { ApiError, clientErrorCodes, toApiError } from "./api-error.ts";
import { type ObservationRequest, toObservationSearch } from "./observation-request.ts";
import { createRoundsClient, type RoundsApi } from "./rounds-client.ts";

export interface ApiClientOptions {
  /** Defaults to the global `fetch`; tests pass a stub. */
  fetch?: typeof fetch;
  /** Prefix of every path; the API lives on the same origin under `/api` by default. */
  baseUrl?: string;
}

export interface ApiClient extends RoundsApi {
  getAreas(): Promise<AreaList>;
  getArea(code: string): Promise<Area>;
  getGeometry(): Promise<CountriesTopology>;
  /** Sub-national boundaries, one TopoJSON object per country that has a layer. */
  getRegionGeometry(): Promise<RegionsTopology>;
  getIndicators(): Promise<IndicatorList>;
  getIndicator(code: string): Promise<IndicatorDetail>;
  getObservations(request: ObservationRequest): Promise<ObservationList>;
  getCountryProfile(code: string): Promise<CountryProfile>;
  getSources(): Promise<SourceList>;
  getFrameworks(): Promise<FrameworkList>;
  getCoverage(frameworkId: string): Promise<CoverageMatrix>;
  /** The URL of the server's CSV of a framework's coverage matrix. */
  coverageCsvUrl(frameworkId: string): string;
  getSeriesFrameworks(code: string): Promise<SeriesFrameworks>;
  /** The ECO circular-economy readiness index with its framework, results and inputs. */
  getReadinessIndex(): Promise<ReadinessIndex>;
  /** The URL of one of the index's engine input files (`iData.csv`, `pipeline.json`, …). */
  readinessInputUrl(file: string): string;
  /** The metadata national publishers give for a series, per country and language. */
  getIndicatorMetadata(code: string): Promise<IndicatorMetadataList>;
  /** The URL of the server's own CSV for a request (for "download everything" links). */
  observationsCsvUrl(request: ObservationRequest): string;
  getTaxonomy(): Promise<Taxonomy>;
  /** Knowledge-base search; never cached (drafts change while one works). */
  search(query: string): Promise<SearchResult>;
  getRecord(id: string): Promise<KnowledgeRecord>;
  getRecordHistory(id: string): Promise<RecordHistory>;
  createRecord(input: RecordInput): Promise<KnowledgeRecord>;
  updateRecord(id: string, input: RecordInput): Promise<KnowledgeRecord>;
  recordAction(id: string, action: RecordActionName, comment?: string): Promise<KnowledgeRecord>;
  getSession(): Promise<Session>;
  signIn(email: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
  setup(input: { email: string; displayName: string; password: string }): Promise<User>;
  resetPassword(token: string, password: string): Promise<User>;
  listUsers(): Promise<{ data: User[] }>;
  createUser(input: {
    email: string;
    displayName: string;
    role: RoleName;
    countries: readonly string[];
  }): Promise<{ user: User; passwordToken: string }>;
  updateUser(
    email: string,
    input: { role?: RoleName; countries?: readonly string[]; disabled?: boolean },
  ): Promise<User>;
  listApiTokens(): Promise<{ data: ApiTokenDto[] }>;
  createApiToken(
    name: string,
    scopes: readonly ApiScopeName[],
  ): Promise<{ token: ApiTokenDto; secret: string }>;
  revokeApiToken(id: number): Promise<void>;
  /** Values held for review that the signed-in user may see; never cached. */
  listFlaggedValues(query?: { indicator?: string; area?: string }): Promise<{ data: FlaggedValueDto[] }>;
  reviewFlaggedValue(
    versionId: number,
    decision: "confirm" | "reject",
    comment: string,
  ): Promise<FlaggedValueDto>;
  /** How many values of a series wait for review (public); never cached, since reviews change it. */
  getValuesAwaitingReview(indicator: string): Promise<HeldValueCount>;
  /** The data-quality rules in force (the saved set, or the built-in defaults). */
  getQualityRules(): Promise<{ origin: "saved" | "default"; rules: QualityRuleDto[] }>;
  /** The published versions of a series in one area; fresh, since a review adds one. */
  getObservationHistory(query: ObservationHistoryQuery): Promise<ObservationHistory>;
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

  // The session's CSRF token, sent with every write; learnt from the session answers.
  let csrfToken: string | null = null;
  const remember = (session: Session) => {
    csrfToken = session.csrfToken;
    return session;
  };
  const fresh = <T>(path: string) => requestJson<T>(fetchImpl, `${baseUrl}${path}`);
  const write = <T>(method: string, path: string, body: unknown) =>
    send<T>(fetchImpl, method, `${baseUrl}${path}`, jsonBody(body), csrfToken);
  const upload = <T>(method: string, path: string, bytes: Blob, contentType: string) =>
    send<T>(fetchImpl, method, `${baseUrl}${path}`, { body: bytes, contentType }, csrfToken);

  const segment = encodeURIComponent;
  return {
    ...createRoundsClient({ baseUrl, cached: getJson, fresh, write, upload }),
    getAreas: () => getJson("/areas"),
    getArea: (code) => getJson(`/areas/${segment(code)}`),
    getGeometry: () => getJson("/geometry"),
    getRegionGeometry: () => getJson("/geometry/regions"),
    getIndicators: () => getJson("/indicators"),
    getIndicator: (code) => getJson(`/indicators/${segment(code)}`),
    getObservations: (request) => getJson(`/observations?${toObservationSearch(request)}`),
    getCountryProfile: (code) => getJson(`/countries/${segment(code)}/profile`),
    getSources: () => getJson("/sources"),
    getFrameworks: () => getJson("/frameworks"),
    getCoverage: (frameworkId) => getJson(`/coverage?framework=${segment(frameworkId)}`),
    coverageCsvUrl: (frameworkId) => `${baseUrl}/coverage?framework=${segment(frameworkId)}&format=csv`,
    getSeriesFrameworks: (code) => getJson(`/indicators/${segment(code)}/frameworks`),
    getReadinessIndex: () => getJson("/readiness-index"),
    readinessInputUrl: (file) => `${baseUrl}/readiness-index/inputs/${segment(file)}`,
    getIndicatorMetadata: (code) => getJson(`/indicators/${segment(code)}/metadata`),
    observationsCsvUrl: (request) => `${baseUrl}/observations?${toObservationSearch(request, "csv")}`,
    getTaxonomy: () => getJson("/taxonomy"),
    search: (query) => fresh(`/search?${query}`),
    getRecord: (id) => fresh(`/records/${segment(id)}`),
    getRecordHistory: (id) => fresh(`/records/${segment(id)}/history`),
    createRecord: (input) => write("POST", "/records", input),
    updateRecord: (id, input) => write("PUT", `/records/${segment(id)}`, input),
    recordAction: (id, action, comment) =>
      write(
        "POST",
        `/records/${segment(id)}/actions`,
        comment === undefined ? { action } : { action, comment },
      ),
    getSession: async () => remember(await fresh<Session>("/auth/session")),
    signIn: async (email, password) =>
      remember(await write<Session>("POST", "/auth/login", { email, password })),
    signOut: async () => {
      await write<null>("POST", "/auth/logout", {});
      csrfToken = null;
    },
    setup: (input) => write("POST", "/auth/setup", input),
    resetPassword: (token, password) => write("POST", "/auth/reset-password", { token, password }),
    listUsers: () => fresh("/users"),
    createUser: (input) => write("POST", "/users", input),
    updateUser: (email, input) => write("PATCH", `/users/${segment(email)}`, input),
    listApiTokens: () => fresh("/auth/tokens"),
    createApiToken: (name, scopes) => write("POST", "/auth/tokens", { name, scopes }),
    revokeApiToken: async (id) => {
      await write<null>("DELETE", `/auth/tokens/${id}`, undefined);
    },
    listFlaggedValues: (query = {}) => fresh(`/quality/flags?${new URLSearchParams(query)}`),
    reviewFlaggedValue: (versionId, decision, comment) =>
      write("POST", `/quality/flags/${versionId}/review`, { decision, comment }),
    getValuesAwaitingReview: (indicator) =>
      fresh(`/quality/awaiting-review?${new URLSearchParams({ indicator })}`),
    getQualityRules: () => fresh("/quality/rules"),
    getObservationHistory: (query) =>
      fresh(
        `/observations/history?${new URLSearchParams(
          Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
        )}`,
      ),
  };
}

/** A request body with its content type: JSON for most writes, raw `.xlsx` bytes for workbooks. */
interface RequestBody {
  body: BodyInit;
  contentType: string;
}

function jsonBody(body: unknown): RequestBody {
  return { body: JSON.stringify(body), contentType: "application/json" };
}

async function send<T>(
  fetchImpl: typeof fetch,
  method: string,
  url: string,
  { body, contentType }: RequestBody,
  csrfToken: string | null,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", "content-type": contentType };
  if (csrfToken !== null) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetchImpl(url, { method, headers, body, credentials: "same-origin" });
  } catch (error) {
    throw new ApiError(
      { status: 0, code: clientErrorCodes.network, detail: `${method} ${url} failed` },
      { cause: error },
    );
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
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
