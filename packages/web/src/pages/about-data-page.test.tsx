import { afterEach, describe, expect, it } from "vitest";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => app?.unmount());

describe("AboutDataPage", () => {
  it("lists every source under an anchor named by its id, with licence and citation", async () => {
    app = await renderApp("/about/data#unsd-sdg");
    const { container } = app;
    const entry = await waitFor(() => container.querySelector<HTMLElement>("#wb-wdi"));
    expect(textOf(entry.querySelector("h2"))).toBe("World Development Indicators");
    const licence = entry.querySelector<HTMLAnchorElement>(
      'a[href="https://creativecommons.org/licenses/by/4.0/"]',
    );
    expect(textOf(licence)).toBe("CC BY 4.0");
    expect(textOf(entry)).toContain("November 28, 2026");
    expect(textOf(entry.querySelector("cite"))).toBe("World Bank, World Development Indicators.");
    expect(textOf(container.querySelector("#unsd-sdg"))).toContain("Not stated");
    expect(container.querySelector('a[href="/api/docs"]')).not.toBeNull();
    // The address pointed at one source: it takes the focus once the list is there.
    await waitFor(() => document.activeElement?.id === "unsd-sdg");
  });
});
