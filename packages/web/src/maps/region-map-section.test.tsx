/**
 * The region map under jsdom against the real bundled Kazakh boundaries
 * (data/baseline/regions.topo.json) and a stub API: values are coloured, a region without a
 * value is hatched and listed as "No data" (a published 0 is a value), the breakdown and year
 * switch what is shown, and an indicator without regional values fetches no boundaries.
 */
import type { Area, Observation } from "@circular-atlas/contracts";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import regionsTopology from "../../../../data/baseline/regions.topo.json";
import { createApiClient } from "../api/api-client.ts";
import { createI18n } from "../i18n/setup-i18n.ts";
import { Root } from "../root.tsx";
import { fixtureIndicators } from "../test/fixture-catalogue.ts";
import { textOf, waitFor } from "../test/render-app.tsx";
import { RegionMapSection } from "./region-map-section.tsx";

const indicator = fixtureIndicators[0];
if (indicator === undefined) throw new Error("no fixture indicator");

const areas: Area[] = [
  { code: "KAZ", m49: 398, iso2: "KZ", level: "country", parentCode: "ECO", names: {} },
  {
    code: "KAZ-KZAKM",
    m49: null,
    iso2: null,
    level: "subnational",
    parentCode: "KAZ",
    names: { en: "Akmola" },
  },
  {
    code: "KAZ-KZAKT",
    m49: null,
    iso2: null,
    level: "subnational",
    parentCode: "KAZ",
    names: { en: "Aktobe" },
  },
];

function observation(
  area: string,
  year: number,
  value: string,
  dimensions: Record<string, string> = {},
): Observation {
  return {
    indicator: indicator?.code ?? "",
    area,
    timePeriod: String(year),
    year,
    dimensions,
    value,
    unit: indicator?.unit ?? "",
    unitMult: 0,
    obsStatus: "A",
    nature: null,
    source: "kazstat",
    sourceDetail: null,
    originalCode: indicator?.code ?? "",
    derivation: null,
    comment: null,
  };
}

function stubFetch(regional: readonly Observation[], requests: string[]): typeof fetch {
  return async (input) => {
    const url = new URL(String(input), "http://atlas.test");
    requests.push(url.pathname);
    const body =
      url.pathname === "/api/areas"
        ? { data: areas }
        : url.pathname === "/api/observations"
          ? { data: regional, sources: [] }
          : url.pathname === "/api/geometry/regions"
            ? regionsTopology
            : undefined;
    return body === undefined
      ? new Response("{}", { status: 404 })
      : new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  };
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function render(regional: readonly Observation[]) {
  const requests: string[] = [];
  const i18n = await createI18n("en");
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <Root api={createApiClient({ fetch: stubFetch(regional, requests) })} i18n={i18n}>
        <RegionMapSection indicator={indicator as NonNullable<typeof indicator>} dimensionCodes={[]} />
      </Root>,
    );
  });
  cleanup = () => {
    act(() => root.unmount());
    container.remove();
  };
  return { container, requests };
}

const shape = (container: HTMLElement, area: string) =>
  container.querySelector<SVGPathElement>(`[data-testid="region-map"] path[data-area="${area}"]`);

describe("RegionMapSection", () => {
  it("colours the regions with a value, hatches the others and lists every region in the table", async () => {
    const { container } = await render([
      observation("KAZ-KZAKM", 2020, "11.5"),
      observation("KAZ-KZAKT", 2020, "0"),
      observation("KAZ-KZAKM", 2021, "12"),
      observation("KAZ-KZAKM", 2020, "5", { SEX: "F" }),
      // Abai region (2022) has no shape in the boundary file: listed under the map, not dropped.
      observation("KAZ-KZABY", 2020, "3"),
    ]);
    await waitFor(() => container.querySelector('[data-testid="region-map"]'));
    expect(container.querySelectorAll('[data-testid="region-map"] path[data-area]')).toHaveLength(17);
    // 2020 has two regions, 2021 one: the map opens on 2020.
    expect(shape(container, "KAZ-KZAKM")?.getAttribute("data-value")).toBe("11.5");
    expect(shape(container, "KAZ-KZAKT")?.getAttribute("class")).toBe("has-data");
    expect(shape(container, "KAZ-KZAKT")?.getAttribute("data-value")).toBe("0");
    // Every region is drawn inside the frame and none is a sliver: the projection fits the
    // country (a ring wound the wrong way would fit the globe and shrink Kazakhstan to a dot).
    for (const path of container.querySelectorAll('[data-testid="region-map"] path[data-area]')) {
      const numbers = (path.getAttribute("d") ?? "").match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      const xs = numbers.filter((_, index) => index % 2 === 0);
      const ys = numbers.filter((_, index) => index % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(960);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(560);
      expect(Math.max(...xs) - Math.min(...xs), path.getAttribute("data-area") ?? "").toBeGreaterThan(5);
    }
    expect(shape(container, "KAZ-KZALM")?.getAttribute("class")).toBe("no-data");
    expect(shape(container, "KAZ-KZALM")?.getAttribute("fill")).toMatch(/^url\(#region-no-data-/);
    expect(textOf(container.querySelector(".region-map-missing"))).toContain("15 of 17");
    expect(container.querySelector('[data-testid="map-legend"]')).not.toBeNull();
    // Each region with its exact value (`data-value`) or, when it has none, the text shown.
    const rows = Array.from(container.querySelectorAll('[data-testid="region-table"] tbody tr'), (row) =>
      Array.from(row.children).map((cell) => cell.getAttribute("data-value") || textOf(cell)),
    );
    expect(rows).toHaveLength(18);
    expect(rows.at(-1)).toEqual(["KAZ-KZABY (not on the map: no boundary)", "3"]);
    expect(rows).toContainEqual(["Akmola", "11.5"]);
    expect(rows).toContainEqual(["Aktobe", "0"]);
    expect(rows).toContainEqual(["KAZ-KZALM", "No data"]);
  });

  it("shows the chosen breakdown and year", async () => {
    const { container } = await render([
      observation("KAZ-KZAKM", 2020, "11.5"),
      observation("KAZ-KZAKT", 2020, "7"),
      observation("KAZ-KZAKM", 2020, "5", { SEX: "F" }),
      observation("KAZ-KZAKM", 2019, "4", { SEX: "F" }),
    ]);
    const select = await waitFor(() =>
      container.querySelector<HTMLSelectElement>('[data-testid="region-breakdown-select"]'),
    );
    await act(async () => {
      select.value = "SEX=F";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(shape(container, "KAZ-KZAKM")?.getAttribute("data-value")).toBe("5");
    expect(shape(container, "KAZ-KZAKT")?.getAttribute("class")).toBe("no-data");
    const year = container.querySelector<HTMLSelectElement>('[data-testid="year-select"]');
    if (year === null) throw new Error("no year select");
    await act(async () => {
      year.value = "2019";
      year.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(shape(container, "KAZ-KZAKM")?.getAttribute("data-value")).toBe("4");
  });

  it("shows nothing and fetches no boundaries for an indicator without regional values", async () => {
    const { container, requests } = await render([]);
    await waitFor(() => requests.includes("/api/observations"));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(container.querySelector('[data-testid="region-map-section"]')).toBeNull();
    expect(requests).not.toContain("/api/geometry/regions");
  });
});
