/**
 * Held values and a signed-in session for page tests: a small stand-in for the quality API that
 * answers the way the server does (scope already applied, a review removes the value from the
 * open list, a second review of it is a 409), so pages can be driven through a whole review.
 * The server's own behaviour is tested on PGlite in packages/server.
 */
import type { FlaggedValueDto, RoleName, Session } from "@circular-atlas/contracts";
import { type ExtraRoutes, json, problem } from "./fixture-fetch.ts";

export function fixtureSession(role: RoleName, countries: string[] = []): Session {
  return {
    user: {
      id: 1,
      email: `${role}@example.org`,
      displayName: "",
      role,
      countries,
      hasPassword: true,
      lockedUntil: null,
      disabled: false,
    },
    csrfToken: "csrf",
    setupOpen: false,
  };
}

/** Held values shaped like the Kyrgyz lost-decimal case (a ×10 shift, a leading zero), on a fixture indicator. */
export function fixtureHeldValues(): FlaggedValueDto[] {
  const flag = (ruleId: string, severity: "error" | "warning", message: string) => ({
    ruleId,
    severity,
    message,
    details: {},
    state: "open" as const,
    reviewedBy: null,
    reviewComment: null,
  });
  const base = {
    version: 2,
    indicator: "EN_MAT_DOMCMPC",
    dimensionKey: "",
    unit: "T_PER_CAP",
    unitMult: 0,
    state: "pending" as const,
    sourceId: "unsd-sdg",
    importId: 7,
    recordedAt: "2026-12-01T09:30:00+00:00",
  };
  return [
    {
      ...base,
      versionId: 101,
      area: "KGZ",
      timePeriod: "2015",
      value: "467",
      publishedValue: "46.7",
      flags: [
        flag("scale-shift", "error", "467 is 10 × the accepted value 46.7"),
        flag("year-on-year-jump", "warning", "467 in 2015 is 9.6 × the 2014 value 48.75"),
      ],
    },
    {
      ...base,
      versionId: 102,
      area: "KGZ",
      timePeriod: "2016",
      value: "01",
      publishedValue: null,
      flags: [flag("leading-zero", "warning", "01 has a leading zero")],
    },
    {
      ...base,
      versionId: 103,
      area: "KAZ",
      timePeriod: "2017",
      value: "329",
      publishedValue: "32.9",
      flags: [flag("scale-shift", "error", "329 is 10 × the accepted value 32.9")],
    },
  ];
}

export interface QualityApi {
  routes: ExtraRoutes;
  reviews: { versionId: number; decision: string; comment: string }[];
  held: FlaggedValueDto[];
}

export function createQualityApi(session: Session | null, held = fixtureHeldValues()): QualityApi {
  const api: QualityApi = { routes: () => undefined, reviews: [], held };
  api.routes = (url, init) => {
    if (url.pathname === "/api/auth/session")
      return json(session ?? { user: null, csrfToken: null, setupOpen: false });
    if (url.pathname === "/api/quality/rules")
      return json({
        origin: "default",
        rules: [
          {
            id: "percent-range",
            kind: "percent-range",
            severity: "error",
            enabled: true,
            scope: { units: ["PT"] },
            description: "",
            params: { min: 0, max: 100 },
          },
          {
            id: "leading-zero",
            kind: "leading-zeros",
            severity: "warning",
            enabled: false,
            scope: {},
            description: "",
            params: {},
          },
        ],
      });
    if (url.pathname === "/api/quality/awaiting-review") {
      const indicator = url.searchParams.get("indicator");
      const mine = api.held.filter((value) => value.indicator === indicator);
      const areas = [...new Set(mine.map((value) => value.area))].sort();
      return json({
        indicator,
        total: mine.length,
        data: areas.map((area) => ({ area, count: mine.filter((value) => value.area === area).length })),
      });
    }
    if (url.pathname === "/api/quality/flags") {
      if (session === null) return problem(401, "unauthenticated", "sign in");
      const indicator = url.searchParams.get("indicator");
      return json({ data: api.held.filter((value) => indicator === null || value.indicator === indicator) });
    }
    const review = /^\/api\/quality\/flags\/(\d+)\/review$/.exec(url.pathname);
    if (review && init?.method === "POST") {
      const body = JSON.parse(String(init.body)) as { decision: string; comment: string };
      const versionId = Number(review[1]);
      const value = api.held.find((candidate) => candidate.versionId === versionId);
      if (value === undefined)
        return problem(409, "conflict", `version ${versionId} is not waiting for review`);
      api.reviews.push({ versionId, ...body });
      api.held = api.held.filter((candidate) => candidate !== value);
      return json({ ...value, state: body.decision === "confirm" ? "published" : "rejected" });
    }
    return undefined;
  };
  return api;
}
