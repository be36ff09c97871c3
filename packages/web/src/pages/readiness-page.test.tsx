/**
 * The readiness page on the fixture index (two pillars, five members, Turkmenistan screened out;
 * hand-computed scores in readiness/what-if.test.ts). Under jsdom there is no Worker, so the
 * what-if recomputation runs the worker's own handler on this thread.
 */
import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { setValue } from "../test/form-input.ts";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => app?.unmount());

const table = (container: HTMLElement) => container.querySelector('[data-testid="readiness-table"]');
const rankCell = (container: HTMLElement, area: string) =>
  textOf(table(container)?.querySelector(`tr[data-area="${area}"] .readiness-rank`));

describe("ReadinessPage", () => {
  it("shows each rank with its median and interval, never alone, and the chart of the intervals", async () => {
    app = await renderApp("/readiness");
    const { container, requests } = app;
    await waitFor(() => table(container));
    expect(requests).toContain("/api/readiness-index");
    expect(textOf(container.querySelector("h1"))).toBe("Circular-economy readiness index");
    // Index 87.5 (UZB), 43.75 (TJK), 37.5 (KGZ), 25 (KAZ): rows in rank order.
    const rows = Array.from(table(container)?.querySelectorAll("tbody tr") ?? []);
    expect(rows.map((row) => row.getAttribute("data-area"))).toEqual(["UZB", "TJK", "KGZ", "KAZ", "TKM"]);
    for (const area of ["UZB", "TJK", "KGZ", "KAZ"]) {
      expect(rankCell(container, area)).toMatch(/^\d \(median [\d.]+, \d–\d\)$/);
    }
    expect(rankCell(container, "UZB").startsWith("1 ")).toBe(true);
    expect(textOf(container.querySelector('[data-testid="score-TJK"]'))).toBe("43.8");
    const chart = container.querySelector('[data-testid="chart"] svg');
    expect(chart?.getAttribute("role")).toBe("img");
    expect(chart?.getAttribute("aria-label")).toBe(
      "Rank of each member state with its 5–95 % interval; rank 1 is the highest score",
    );
    // One interval line per ranked member, none for the member that is not ranked.
    expect(chart?.querySelectorAll('[aria-label="rule"] line')).toHaveLength(4);
  });

  it("lists a member with too little data as not ranked, with its coverage", async () => {
    app = await renderApp("/readiness");
    const { container } = app;
    await waitFor(() => table(container));
    expect(rankCell(container, "TKM")).toBe("Not ranked: too little data");
    expect(textOf(container.querySelector('[data-testid="not-ranked"] li[data-area="TKM"]'))).toBe(
      "Turkmenistan: data for 1 of 4 indicators",
    );
  });

  it("recomputes in the browser when a pillar weight moves, and goes back to the published index", async () => {
    app = await renderApp("/readiness");
    const { container } = app;
    await waitFor(() => table(container));
    const status = () => textOf(container.querySelector('[data-testid="what-if-status"]'));
    expect(status()).toBe("Showing the published index.");
    const alpha = container.querySelector<HTMLInputElement>('input[data-pillar="Alpha"]');
    expect(container.querySelector('label[for="weight-Alpha"]')).not.toBeNull();
    await act(async () => {
      if (alpha) setValue(alpha, "0");
    });
    await waitFor(() => status() === "Recomputed with your weights.");
    // Beta alone: KAZ 50, KGZ 25, TJK 37.5, UZB 75.
    expect(textOf(container.querySelector('[data-testid="score-KAZ"]'))).toBe("50");
    expect(rankCell(container, "KAZ").startsWith("2 ")).toBe(true);
    expect(textOf(container.querySelector('[data-testid="what-if-note"]'))).toBe(
      "These results use your weights, not the published ones.",
    );
    expect(textOf(container.querySelector("output[for='weight-Beta']"))).toBe("weight 1, 100 % of the index");
    const reset = Array.from(container.querySelectorAll("button")).find(
      (button) => textOf(button) === "Back to the published weights",
    );
    await act(async () => reset?.click());
    await waitFor(() => status() === "Showing the published index.");
    expect(rankCell(container, "KAZ").startsWith("4 ")).toBe(true);
    expect(container.querySelector('[data-testid="what-if-note"]')).toBeNull();
  });

  it("opens a member's inputs from its score: values as published, years, sources, gaps as gaps", async () => {
    app = await renderApp("/readiness");
    const { container, router } = app;
    await waitFor(() => table(container));
    await act(async () => {
      container.querySelector<HTMLAnchorElement>('[data-testid="score-TJK"]')?.click();
    });
    expect(router.state.location.hash).toBe("#inputs-TJK");
    const inputs = await waitFor(() =>
      container.querySelector<HTMLDetailsElement>('[data-testid="inputs-TJK"][open]'),
    );
    const row = (indicator: string) =>
      Array.from(inputs.querySelector(`tr[data-indicator="${indicator}"]`)?.children ?? [], textOf);
    // An intensity: the value as published, ÷ the denominator of the same year, = the ratio read.
    expect(row("A1")).toEqual([
      "Indicator A1",
      "60 t ÷ 2000 intl $ = 30 kg per 1,000 $",
      "2020",
      expect.stringMatching(/^World Development Indicators.* ÷ World Development Indicators/),
      "–",
    ]);
    expect(row("A2")).toEqual([
      "Indicator A2",
      "3 %",
      "2021",
      expect.stringMatching(/^World Development Indicators/),
      "–",
    ]);
    expect(row("B2")[1]).toBe("Missing (filled with the indicators' mean for the index)");
    expect(row("B2")[2]).toBe("–");
  });

  it("shows a value without a denominator of its year as missing for the index, not divided", async () => {
    app = await renderApp("/readiness#inputs-TKM");
    const { container } = app;
    const inputs = await waitFor(() =>
      container.querySelector<HTMLDetailsElement>('[data-testid="inputs-TKM"][open]'),
    );
    const a1 = Array.from(inputs.querySelector('tr[data-indicator="A1"]')?.children ?? [], textOf);
    expect(a1[1]).toBe("5 t (no NY.GDP.MKTP.PP.CD value for 2020: missing for the index)");
    expect(a1[3]).not.toContain("÷");
  });

  it("documents the framework and offers the engine's inputs for download", async () => {
    app = await renderApp("/readiness");
    const { container } = app;
    await waitFor(() => table(container));
    const pillar = container.querySelector('.readiness-pillar[data-pillar="Alpha"]');
    expect(textOf(pillar?.querySelector("h3"))).toBe("Alpha pillar (weight 1)");
    expect(textOf(pillar?.querySelector('tr[data-indicator="A2"] td'))).toBe(
      "Lower is better. Fixture reason.",
    );
    expect(container.querySelector('[data-testid="download-iData.csv"]')?.getAttribute("href")).toBe(
      "/api/readiness-index/inputs/iData.csv",
    );
    // An intensity names its denominator, the unit the index reads and how the scale gives it.
    const series = pillar?.querySelectorAll('tr[data-indicator="A1"] td')[3];
    expect(textOf(series).startsWith("WAW_MSW_GENERATED ÷ NY.GDP.MKTP.PP.CD of the same year")).toBe(true);
    expect(textOf(container.querySelector('[data-testid="denominator-A1"]'))).toBe(
      "The index reads kg per 1,000 $. Fixture scale note.",
    );
    expect(container.querySelector('[data-testid="denominator-A2"]')).toBeNull();
    expect(textOf(container.querySelector(".readiness-method"))).toContain(
      "never divided by another year's GDP",
    );
  });

  it("says why pressures per person are not in the index, and links to them in the observatory", async () => {
    app = await renderApp("/readiness");
    const { container } = app;
    await waitFor(() => table(container));
    expect(textOf(container.querySelector(".page-header"))).toContain(
      "Pressures per person are not in it, because they fall with income",
    );
    const perPerson = container.querySelector('[data-testid="per-person"]');
    expect(Array.from(perPerson?.querySelectorAll("a") ?? [], (link) => link.getAttribute("href"))).toEqual([
      "/indicators/CDIAC_CO2_PCAP",
    ]);
    expect(textOf(perPerson)).toBe("CDIAC_CO2_PCAP: Fixture: consumption per person.");
    // The other series left out are listed apart.
    const excluded = container.querySelector('[data-testid="excluded"]');
    expect(
      Array.from(excluded?.querySelectorAll("li") ?? [], (item) => item.getAttribute("data-series")),
    ).toEqual(["EN_EWT_RCYR"]);
  });

  it("reads right to left in Persian, with the page's words in Persian", async () => {
    app = await renderApp("/readiness", "fa");
    const { container } = app;
    await waitFor(() => table(container));
    expect(document.documentElement.dir).toBe("rtl");
    expect(textOf(container.querySelector("h1"))).toBe("شاخص آمادگی برای اقتصاد چرخشی");
    expect(rankCell(container, "TKM")).toBe("بدون رتبه: دادهٔ ناکافی");
    expect(textOf(container.querySelector("#readiness-per-person"))).toBe(
      "فشارهای سرانه: در رصدخانه، نه در شاخص",
    );
  });
});
