import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { memberCodes } from "../test/fixture-catalogue.ts";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => app?.unmount());

function memberPaths(container: HTMLElement): SVGPathElement[] {
  return Array.from(container.querySelectorAll<SVGPathElement>(".members path[data-area]"));
}

describe("HomePage", () => {
  it("draws every member state with its value for the featured indicator's widest year", async () => {
    app = await renderApp("/");
    const { container } = app;
    await waitFor(() => memberPaths(container).length === 10);
    const paths = memberPaths(container);
    expect(paths.map((path) => path.dataset["area"]).sort()).toEqual([...memberCodes].sort());
    // DMC per capita (the featured indicator) in 2017, the latest year covering all ten.
    const kaz = paths.find((path) => path.dataset["area"] === "KAZ");
    expect(kaz?.dataset["value"]).toBe("24.16");
    expect(container.querySelector<HTMLSelectElement>('[data-testid="year-select"]')?.value).toBe("2017");
    expect(container.querySelectorAll(".neighbours path")).toHaveLength(2);
  });

  it("shows a legend with classes and a no-data swatch, and the disclaimer", async () => {
    app = await renderApp("/?indicator=EN_EWT_GENPCAP&year=2010");
    const { container } = app;
    const legend = await waitFor(() => container.querySelector('[data-testid="map-legend"]'));
    expect(legend.querySelectorAll("li[data-color]").length).toBeGreaterThan(2);
    expect(textOf(legend)).toContain("No data");
    const tjk = memberPaths(container).find((path) => path.dataset["area"] === "TJK");
    expect(tjk?.dataset["value"]).toBe("");
    expect(tjk?.getAttribute("fill")).toMatch(/^url\(#no-data-/);
    expect(textOf(container.querySelector('[data-testid="map-disclaimer"]'))).toContain("do not imply");
  });

  it("names each country link with its value and shows the tooltip on keyboard focus", async () => {
    app = await renderApp("/?indicator=SP.POP.TOTL&year=2005");
    const { container } = app;
    await waitFor(() => memberPaths(container).length === 10);
    const link = container.querySelector<SVGAElement>('a[href="/countries/KAZ"]');
    expect(link?.getAttribute("aria-label")).toBe(
      "Kazakhstan: 55.2 million persons in 2005. Source: World Development Indicators",
    );
    await act(async () => link?.dispatchEvent(new FocusEvent("focusin", { bubbles: true })));
    const tooltip = await waitFor(() => container.querySelector('[data-testid="map-tooltip"]'));
    expect(textOf(tooltip)).toContain("Kazakhstan");
    expect(textOf(tooltip)).toContain("2005");
    expect(textOf(tooltip)).toContain("World Development Indicators");
  });

  it("recolours the map when another indicator is chosen", async () => {
    app = await renderApp("/");
    const { container } = app;
    await waitFor(() => memberPaths(container).length === 10);
    const select = container.querySelector<HTMLSelectElement>('[data-testid="indicator-select"]');
    if (!select) throw new Error("no indicator select");
    await act(async () => {
      select.value = "CO2_PCAP";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await waitFor(() => app?.router.state.location.search.includes("CO2_PCAP"));
    await waitFor(
      () => memberPaths(container).find((path) => path.dataset["area"] === "AFG")?.dataset["value"] === "",
    );
    const kaz = memberPaths(container).find((path) => path.dataset["area"] === "KAZ");
    expect(kaz?.dataset["value"]).toBe("12.08");
  });

  it("lists the ten countries with links to their profiles", async () => {
    app = await renderApp("/");
    const list = await waitFor(() => app?.container.querySelector('[data-testid="country-list"]'));
    const links = Array.from(list.querySelectorAll("a")).map((link) => link.getAttribute("href"));
    expect(links).toHaveLength(10);
    expect(links[0]).toBe("/countries/AFG");
  });

  it("renders in Persian right to left with Persian digits", async () => {
    app = await renderApp("/?indicator=EN_MAT_DOMCMPC&year=2010", "fa");
    const { container } = app;
    const legend = await waitFor(() => container.querySelector('[data-testid="map-legend"]'));
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("fa");
    expect(textOf(legend)).toMatch(/[۰-۹]/);
    expect(textOf(legend)).not.toMatch(/[0-9]/);
    expect(textOf(container.querySelector("h1"))).toBe("اقتصاد چرخشی در منطقهٔ اکو");
  });
});
