import { readCsv } from "@circular-atlas/formats";
import { act } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type RenderedApp, renderApp, textOf, waitFor } from "../test/render-app.tsx";

let app: RenderedApp | undefined;
afterEach(() => {
  app?.unmount();
  vi.restoreAllMocks();
});

function tableRows(container: HTMLElement): string[][] {
  return Array.from(container.querySelectorAll('[data-testid="indicator-table"] tbody tr'), (row) =>
    Array.from(row.children).map(textOf),
  );
}

/** The table's rows with each value as its exact decimal (`data-value`), not the localised text. */
function exactTableRows(container: HTMLElement): string[][] {
  return Array.from(container.querySelectorAll('[data-testid="indicator-table"] tbody tr'), (row) =>
    Array.from(row.children).map((cell) => cell.getAttribute("data-value") ?? textOf(cell)),
  );
}

async function downloadedCsv(container: HTMLElement): Promise<string> {
  let blob: Blob | undefined;
  // jsdom has no object URLs; capture the blob the button would save.
  URL.createObjectURL = vi.fn((object: Blob | MediaSource) => {
    blob = object as Blob;
    return "blob:csv";
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  await act(async () => container.querySelector<HTMLButtonElement>('[data-testid="download-csv"]')?.click());
  if (!blob) throw new Error("no CSV was built");
  return (await blob.text()).replace(/^\uFEFF/, "");
}

describe("IndicatorPage", () => {
  it("shows a line per country, a map and a table of every headline value", async () => {
    app = await renderApp("/indicators/EN_MAT_DOMCMPC");
    const { container } = app;
    await waitFor(() => container.querySelector('[data-testid="indicator-table"]'));
    expect(textOf(container.querySelector("h1"))).toBe("Domestic material consumption per capita");
    const chart = container.querySelector('[data-testid="chart"] svg');
    expect(chart?.querySelectorAll('[aria-label="line"] path')).toHaveLength(10);
    expect(container.querySelectorAll(".members path[data-area]")).toHaveLength(10);
    expect(tableRows(container)).toHaveLength(180);
    expect(tableRows(container)[0]).toEqual([
      "Afghanistan",
      "AFG",
      "2000",
      "1.2",
      "tonnes per person",
      "UN SDG Global Indicators Database (DDF extract)",
    ]);
  });

  it("downloads exactly the table shown, in its sort order, with unit and source columns", async () => {
    app = await renderApp("/indicators/EN_MAT_DOMCMPC");
    const { container } = app;
    await waitFor(() => container.querySelector('[data-testid="indicator-table"]'));
    const valueHeader = Array.from(container.querySelectorAll<HTMLButtonElement>(".sort-button")).find(
      (button) => textOf(button).startsWith("Value"),
    );
    await act(async () => valueHeader?.click());
    await act(async () => valueHeader?.click());
    const shown = exactTableRows(container);
    expect(shown[0]?.[1]).toBe("KAZ");
    expect(container.querySelector('th[aria-sort="descending"]')).not.toBeNull();

    const records = readCsv(await downloadedCsv(container)).records.map((record) => record.cells);
    expect(records[0]).toEqual(["Country", "ISO code", "Year", "Value", "Unit", "Source"]);
    const body = records.slice(1).filter((cells) => cells.some((cell) => cell !== ""));
    expect(body).toEqual(shown);
  });

  it("adds breakdown rows and a column per dimension on request, and downloads those", async () => {
    app = await renderApp("/indicators/EN_MAT_DOMCMPC");
    const { container } = app;
    const toggle = await waitFor(() =>
      container.querySelector<HTMLInputElement>('[data-testid="show-breakdowns"]'),
    );
    await act(async () => toggle.click());
    await waitFor(() => tableRows(container).length === 10 * 18 * 6);
    const headers = Array.from(
      container.querySelectorAll('[data-testid="indicator-table"] thead th'),
      textOf,
    );
    expect(headers).toEqual(["Country▲", "ISO code", "Year↕", "Material group", "Value↕", "Unit", "Source"]);
    expect(
      tableRows(container)
        .slice(0, 2)
        .map((row) => row[3]),
    ).toEqual(["All", "Biomass"]);
    const records = readCsv(await downloadedCsv(container)).records.map((record) => record.cells);
    expect(records[0]?.[3]).toBe("Material group");
    expect(records.filter((cells) => cells.some((cell) => cell !== "")).slice(1)).toEqual(
      exactTableRows(container),
    );
  });

  it("shows the breakdown table alone when an indicator publishes no total", async () => {
    app = await renderApp("/indicators/EN_MSW_COMP");
    const { container } = app;
    await waitFor(() => container.querySelector('[data-testid="indicator-table"]'));
    expect(textOf(container.querySelector(".empty-state"))).toContain("Only breakdowns are published");
    expect(container.querySelector('[data-testid="chart"]')).toBeNull();
    expect(container.querySelector('[data-testid="show-breakdowns"]')).toBeNull();
    expect(tableRows(container)).toHaveLength(9);
    expect(tableRows(container)[0]?.slice(0, 5)).toEqual([
      "Kazakhstan",
      "KAZ",
      "2016",
      "Food and green",
      "55.5",
    ]);
  });

  it("lists the framework indicators the series stands for, each linking to its coverage matrix", async () => {
    app = await renderApp("/indicators/EN_MAT_DOMCMPC");
    const entry = await waitFor(() =>
      app?.container.querySelector('.indicator-frameworks [data-framework="sdg"]'),
    );
    expect(textOf(entry)).toBe("SDG indicators: 12.2.2 Domestic material consumption (direct)");
    expect(entry.querySelector("a")?.getAttribute("href")).toBe("/coverage?framework=sdg");
  });

  it("shows the national metadata in the reader's language, naming what other languages add", async () => {
    app = await renderApp("/indicators/EN_MAT_DOMCMPC", "ru");
    const record = await waitFor(() =>
      app?.container.querySelector('.national-metadata details[data-area="KAZ"]'),
    );
    expect(textOf(record.querySelector("summary"))).toContain("12.2.2");
    const fields = Array.from(record.querySelectorAll("[data-field]"), (field) => [
      field.getAttribute("data-field"),
      textOf(field.querySelector("dt")),
      textOf(field.querySelector("dd")),
    ]);
    expect(fields).toEqual([
      ["computation_definitions", "Определения", "Внутренняя добыча плюс импорт минус экспорт."],
      ["un_custodian_agency", "Ответственное агентство ООН", "ЮНЕП"],
      [
        "goal_meta_link",
        "Метаданные ООН",
        "https://unstats.un.org/sdgs/metadata/files/Metadata-12-02-02.pdf",
      ],
    ]);
    expect(record.querySelector('[data-field="goal_meta_link"] a')?.getAttribute("href")).toContain(
      "unstats",
    );
    // The English-only source organisation is not shown in English on the Russian page.
    expect(textOf(record)).not.toContain("Bureau of National Statistics");
    expect(textOf(record.querySelector(".metadata-elsewhere"))).toContain("(en): 1");
  });

  it("shows no metadata section for a series no publisher described", async () => {
    app = await renderApp("/indicators/SP.POP.TOTL");
    await waitFor(() => app?.container.querySelector('[data-testid="indicator-table"]'));
    await waitFor(() => app?.requests.includes("/api/indicators/SP.POP.TOTL/metadata") || undefined);
    // Let the answer (an empty list) render before looking.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(app.container.querySelector(".national-metadata")).toBeNull();
  });

  it("says the indicator is unknown in the UI language", async () => {
    app = await renderApp("/indicators/NOPE", "fa");
    const error = await waitFor(() => app?.container.querySelector('[data-testid="error-message"]'));
    expect(textOf(error)).toContain("شاخصی با این کد وجود ندارد.");
  });
});
