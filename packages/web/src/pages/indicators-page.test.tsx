import { afterEach, describe, expect, it } from "vitest";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => app?.unmount());

describe("IndicatorsPage", () => {
  it("groups indicators by topic with unit and coverage", async () => {
    app = await renderApp("/indicators");
    const { container } = app;
    await waitFor(() => container.querySelector(".indicator-list"));
    const sections = Array.from(container.querySelectorAll("section[id^='topic-']"));
    expect(sections.map((section) => section.id)).toEqual([
      "topic-population-economy",
      "topic-industry-employment",
      "topic-materials",
      "topic-waste",
      "topic-energy-climate",
    ]);
    const ewaste = container.querySelector('[data-indicator="EN_EWT_GENPCAP"]');
    expect(ewaste?.querySelector("a")?.getAttribute("href")).toBe("/indicators/EN_EWT_GENPCAP");
    expect(textOf(ewaste?.querySelector(".indicator-meta"))).toBe("kg · 2000–2017, 8 countries");
    const composition = container.querySelector('[data-indicator="EN_MSW_COMP"] .indicator-meta');
    expect(textOf(composition)).toBe("% · published by breakdown only");
  });
});
