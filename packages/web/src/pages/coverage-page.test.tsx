import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => app?.unmount());

const table = (container: HTMLElement) => container.querySelector('[data-testid="coverage-table"]');

describe("CoveragePage", () => {
  it("opens on the first framework with indicators, as a table with a caption, row and column headers", async () => {
    app = await renderApp("/coverage");
    const { container, requests } = app;
    const matrix = await waitFor(() => table(container));
    expect(requests).toContain("/api/coverage?framework=sdg");
    expect(textOf(matrix.querySelector("caption"))).toBe(
      "SDG indicators: coverage in the ten ECO member states",
    );
    const columns = Array.from(matrix.querySelectorAll('thead th[scope="col"]'), textOf);
    expect(columns).toHaveLength(11);
    expect(columns.slice(0, 3)).toEqual(["Indicator", "Afghanistan", "Azerbaijan"]);
    expect(Array.from(matrix.querySelectorAll('th[scope="colgroup"]'), textOf)).toEqual([
      "Target 12.2",
      "Target 12.5",
    ]);
    const rowHeader = matrix.querySelector('[data-indicator="12.5.1"] th[scope="row"]');
    expect(textOf(rowHeader)).toBe("12.5.1 National recycling rate MSW_RCY (proxy)");
  });

  it("says each status in words, with the years behind it, never a number for a gap", async () => {
    app = await renderApp("/coverage?framework=sdg");
    const matrix = await waitFor(() => table(app?.container as HTMLElement));
    const cell = (indicator: string, area: string) =>
      matrix.querySelector(`[data-indicator="${indicator}"] td[data-area="${area}"]`);
    expect(textOf(cell("12.2.2", "KAZ"))).toBe("Available 2000–2017, 3 years");
    expect(textOf(cell("12.5.1", "IRN"))).toBe("Proxy 2017, 1 year");
    expect(textOf(cell("12.5.1", "KAZ"))).toBe("Missing");
    expect(cell("12.5.1", "KAZ")?.querySelector(".coverage-years")).toBeNull();
  });

  it("switches framework from the selector, keeps the choice in the address and links the CSV", async () => {
    app = await renderApp("/coverage?framework=sdg");
    const { container, router } = app;
    await waitFor(() => table(container));
    const csv = container.querySelector('[data-testid="coverage-csv"]');
    expect(csv?.getAttribute("href")).toBe("/api/coverage?framework=sdg&format=csv");
    const select = container.querySelector<HTMLSelectElement>("#coverage-framework");
    expect(container.querySelector('label[for="coverage-framework"]')).not.toBeNull();
    await act(async () => {
      if (select === null) return;
      select.value = "empty";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await waitFor(() => container.querySelector(".coverage-notes"));
    expect(router.state.location.search).toBe("?framework=empty");
    expect(table(container)).toBeNull();
    expect(textOf(container.querySelector(".coverage-notes"))).toBe(
      "The indicator list is not yet in the catalogue.",
    );
    expect(container.querySelector('[data-testid="coverage-csv"]')?.getAttribute("href")).toBe(
      "/api/coverage?framework=empty&format=csv",
    );
  });

  it("reads right to left in Persian with the page's words in Persian", async () => {
    app = await renderApp("/coverage?framework=sdg", "fa");
    const matrix = await waitFor(() => table(app?.container as HTMLElement));
    expect(document.documentElement.dir).toBe("rtl");
    expect(textOf(app.container.querySelector("h1"))).toBe("پوشش بر پایهٔ چارچوب");
    expect(textOf(matrix.querySelector('[data-indicator="12.5.1"] td[data-area="KAZ"]'))).toBe("ناموجود");
  });
});
