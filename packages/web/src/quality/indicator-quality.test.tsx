/**
 * The indicator page's review note and versions, through the whole app under jsdom: the public
 * sees how many values wait (never the figures), a signed-in user the held values of their
 * scope; a country's published versions and the table as published on a date come from the
 * history API.
 */
import type { ObservationHistory, ObservationList } from "@circular-atlas/contracts";
import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { json } from "../test/fixture-fetch.ts";
import { fixtureObservations } from "../test/fixture-observations.ts";
import { createQualityApi, fixtureSession } from "../test/fixture-quality.ts";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => app?.unmount());

const kyrgyz2000 = fixtureObservations.find(
  (item) =>
    item.indicator === "EN_MAT_DOMCMPC" &&
    item.area === "KGZ" &&
    item.year === 2000 &&
    Object.keys(item.dimensions).length === 0,
);

const history: ObservationHistory = {
  indicator: "EN_MAT_DOMCMPC",
  area: "KGZ",
  data: [
    {
      version: 2,
      timePeriod: "2000",
      year: 2000,
      dimensions: {},
      value: "5.3",
      unit: "T_PER_CAP",
      unitMult: 0,
      obsStatus: "A",
      nature: null,
      comment: null,
      source: "unsd-sdg",
      sourceDetail: null,
      state: "published",
      publishedAt: "2026-06-02T10:00:00.123456+00:00",
      supersededAt: null,
      import: {
        id: 4,
        kind: "file",
        fileName: "kgz-dmc.csv",
        format: "long-csv",
        importedAt: "2026-06-02T10:00:00+00:00",
      },
    },
    {
      version: 1,
      timePeriod: "2000",
      year: 2000,
      dimensions: {},
      value: "53",
      unit: "T_PER_CAP",
      unitMult: 0,
      obsStatus: "E",
      nature: null,
      comment: "NSC estimate",
      source: "unsd-sdg",
      sourceDetail: null,
      state: "superseded",
      publishedAt: "2026-01-15T08:00:00+00:00",
      supersededAt: "2026-06-02T10:00:00.123456+00:00",
      import: {
        id: 1,
        kind: "baseline",
        fileName: "baseline",
        format: "baseline",
        importedAt: "2026-01-15T08:00:00+00:00",
      },
    },
  ],
};

/** The quality stand-in plus the history and an `asOf` answer holding the superseded value. */
function routes(session: Parameters<typeof createQualityApi>[0]) {
  const quality = createQualityApi(session);
  return (url: URL, init: RequestInit | undefined) => {
    if (url.pathname === "/api/observations/history") return json(history);
    if (url.pathname === "/api/observations" && url.searchParams.has("asOf") && kyrgyz2000) {
      const then: ObservationList = {
        data: [{ ...kyrgyz2000, value: "53", obsStatus: "E", comment: "NSC estimate" }],
        sources: [],
      };
      return json(then);
    }
    return quality.routes(url, init);
  };
}

function setValue(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const prototype = element instanceof HTMLInputElement ? HTMLInputElement : HTMLSelectElement;
  Object.getOwnPropertyDescriptor(prototype.prototype, "value")?.set?.call(element, value);
  element.dispatchEvent(
    new Event(element instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }),
  );
}

// The whole indicator page (chart, map, 180-row table) renders per test; slow on a shared machine.
describe("indicator page: review note and versions", { timeout: 20_000 }, () => {
  it("tells the public how many values wait for review, without the figures", async () => {
    app = await renderApp("/indicators/EN_MAT_DOMCMPC", "en", routes(null));
    const note = await waitFor(() => app?.container.querySelector('[data-testid="review-note"]'));
    expect(textOf(note)).toBe(
      "3 values of this indicator are awaiting review and are not shown until a reviewer confirms them.",
    );
    expect(textOf(note)).not.toContain("467");
    expect(app.requests).not.toContain("/api/quality/flags?indicator=EN_MAT_DOMCMPC");
  });

  it("shows a signed-in user the held values of their scope, with a link to review them", async () => {
    app = await renderApp("/indicators/EN_MAT_DOMCMPC", "en", routes(fixtureSession("reviewer")));
    const note = await waitFor(() => app?.container.querySelector('[data-testid="review-note"]'));
    expect(textOf(note?.querySelector("h2"))).toBe("3 values awaiting review");
    expect(Array.from(note?.querySelectorAll("li") ?? [], textOf)[0]).toBe(
      "Kyrgyzstan, 2015: 467 ← 46.7 (scale-shift, year-on-year-jump)",
    );
    expect(note?.querySelector("a")?.getAttribute("href")).toBe("/quality?indicator=EN_MAT_DOMCMPC");
  });

  it("lists a country's published versions and the table as published on a date", async () => {
    app = await renderApp("/indicators/EN_MAT_DOMCMPC", "en", routes(null));
    const { container } = app;
    const area = await waitFor(() =>
      container.querySelector<HTMLSelectElement>('[data-testid="history-area"]'),
    );
    await act(async () => setValue(area, "KGZ"));
    const table = await waitFor(() => container.querySelector('[data-testid="version-table"]'));
    expect(
      Array.from(table.querySelectorAll("tbody tr"), (row) => Array.from(row.children).map(textOf)),
    ).toEqual([
      [
        "2000",
        "All",
        "2",
        "5.3 T_PER_CAP",
        "published now",
        "June 2, 2026",
        "file kgz-dmc.csv (long-csv)",
        "",
      ],
      [
        "2000",
        "All",
        "1",
        "53 T_PER_CAP",
        "superseded on June 2, 2026",
        "January 15, 2026",
        "bundled baseline",
        "estimated · NSC estimate",
      ],
    ]);
    const date = container.querySelector<HTMLInputElement>('[data-testid="as-of-date"]');
    if (!date) throw new Error("no date field");
    await act(async () => setValue(date, "2026-03-01"));
    const then = await waitFor(() => container.querySelector('[data-testid="as-published"]'));
    await waitFor(() => then.querySelector("tbody tr"));
    expect(app.requests).toContain(
      "/api/observations?indicator=EN_MAT_DOMCMPC&breakdown=all&asOf=2026-03-01",
    );
    expect(textOf(then.querySelector("h3"))).toBe("The table as published on March 1, 2026");
    expect(
      Array.from(then.querySelectorAll("tbody tr"), (row) => Array.from(row.children).map(textOf)),
    ).toEqual([
      ["Kyrgyzstan", "KGZ", "2000", "53", "tonnes per person", "unsd-sdg", "estimated · NSC estimate"],
    ]);
  });
});
