/**
 * A `fetch` stub that answers the API's routes from the fixtures, the way the server would
 * (filters, 404 problem+json), and records every requested URL so tests can assert caching.
 */
import type { ObservationList, Problem } from "@circular-atlas/contracts";
import {
  fixtureAreas,
  fixtureDimensionCodes,
  fixtureIndicators,
  fixtureSources,
} from "./fixture-catalogue.ts";
import { fixtureCoverage, fixtureFrameworks, fixtureSeriesFrameworks } from "./fixture-frameworks.ts";
import { fixtureGeometry } from "./fixture-geometry.ts";
import { fixtureIndicatorMetadata } from "./fixture-indicator-metadata.ts";
import { fixtureObservations, fixtureProfile } from "./fixture-observations.ts";
import { fixtureReadiness } from "./fixture-readiness.ts";

export interface FixtureFetch {
  fetch: typeof fetch;
  requests: string[];
}

/** Answers some routes before the fixtures do (a session, held values); undefined passes on. */
export type ExtraRoutes = (url: URL, init: RequestInit | undefined) => Response | undefined;

export function createFixtureFetch(extra?: ExtraRoutes): FixtureFetch {
  const requests: string[] = [];
  const fetchStub: typeof fetch = async (input, init) => {
    const url = new URL(String(input), "http://atlas.test");
    requests.push(`${init?.method ?? "GET"} ${url.pathname}${url.search}`.replace(/^GET /, ""));
    // Uploads arrive as a Blob, which only reads asynchronously: the routes get its bytes.
    const read =
      init?.body instanceof Blob ? { ...init, body: new Uint8Array(await init.body.arrayBuffer()) } : init;
    return extra?.(url, read) ?? route(url);
  };
  return { fetch: fetchStub, requests };
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": status === 200 ? "application/json" : "application/problem+json" },
  });
}

export function problem(status: number, code: string, detail: string): Response {
  const body: Problem = {
    type: `https://circular-atlas.org/problems/${code}`,
    title: code,
    status,
    detail,
    code,
  };
  return json(body, status);
}

function route(url: URL): Response {
  const path = url.pathname;
  const memberMatch = /^\/api\/(areas|indicators|countries)\/([^/]+)(\/profile)?$/.exec(path);
  if (path === "/api/areas") return json({ data: fixtureAreas });
  if (path === "/api/indicators") return json({ data: fixtureIndicators });
  if (path === "/api/sources") return json({ data: fixtureSources });
  if (path === "/api/geometry") return json(fixtureGeometry);
  if (path === "/api/frameworks") return json({ data: fixtureFrameworks });
  const frameworksMatch = /^\/api\/indicators\/([^/]+)\/frameworks$/.exec(path);
  if (frameworksMatch) return json(fixtureSeriesFrameworks(frameworksMatch[1] ?? ""));
  const metadataMatch = /^\/api\/indicators\/([^/]+)\/metadata$/.exec(path);
  if (metadataMatch)
    return json({ data: fixtureIndicatorMetadata(decodeURIComponent(metadataMatch[1] ?? "")) });
  if (path === "/api/coverage") {
    const matrix = fixtureCoverage(url.searchParams.get("framework") ?? "");
    return matrix ? json(matrix) : problem(400, "validation-failed", "unknown framework");
  }
  if (path === "/api/observations") return json(observations(url.searchParams));
  if (path === "/api/readiness-index") return json(fixtureReadiness());
  if (memberMatch) {
    const [, resource, code = ""] = memberMatch;
    const area = fixtureAreas.find((candidate) => candidate.code === code);
    if (resource === "areas") return area ? json(area) : problem(404, "unknown-area", `no area ${code}`);
    if (resource === "countries") {
      return area && area.level === "country"
        ? json(fixtureProfile(code))
        : problem(404, "unknown-area", `no area ${code}`);
    }
    const indicator = fixtureIndicators.find((candidate) => candidate.code === code);
    if (!indicator) return problem(404, "unknown-indicator", `no indicator ${code}`);
    const dimensionCodes = fixtureDimensionCodes.filter((entry) =>
      indicator.dimensions.includes(entry.dimension),
    );
    return json({ data: indicator, dimensionCodes });
  }
  return problem(404, "not-found", `no route ${path}`);
}

function observations(params: URLSearchParams): ObservationList {
  const indicators = (params.get("indicator") ?? "").split(",");
  const areas = params.get("area")?.split(",");
  const from = Number(params.get("from") ?? "-Infinity");
  const to = Number(params.get("to") ?? "Infinity");
  const all = params.get("breakdown") === "all";
  const data = fixtureObservations.filter(
    (item) =>
      indicators.includes(item.indicator) &&
      (!areas || areas.includes(item.area)) &&
      item.year >= from &&
      item.year <= to &&
      (all || Object.keys(item.dimensions).length === 0),
  );
  const cited = new Set(data.map((item) => item.source));
  return { data, sources: fixtureSources.filter((source) => cited.has(source.id)) };
}
