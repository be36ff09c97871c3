import { describe, expect, it } from "vitest";
import { renderBarChart } from "./bar-chart.ts";
import { type LinePoint, renderLineChart } from "./line-chart.ts";
import { renderShareBarChart } from "./share-bar-chart.ts";
import { renderStackedBarChart, type StackedBar } from "./stacked-bar-chart.ts";

/** Pretty-prints an SVG with numbers rounded, so snapshots survive floating-point noise. */
function toSnapshotText(svg: SVGSVGElement): string {
  return `${svg.outerHTML.replace(/\d+\.\d{3,}/g, (number) => Number(number).toFixed(2)).replaceAll("><", ">\n<")}\n`;
}

const linePoints: LinePoint[] = [
  { key: "KAZ", label: "Kazakhstan", year: 2000, value: 15.95, color: "#4e79a7" },
  { key: "KAZ", label: "Kazakhstan", year: 2001, value: 17.2, color: "#4e79a7" },
  { key: "KAZ", label: "Kazakhstan", year: 2003, value: 19.8, color: "#4e79a7" },
  { key: "UZB", label: "Uzbekistan", year: 2000, value: 8.34, color: "#f28e2c" },
  { key: "UZB", label: "Uzbekistan", year: 2001, value: 8.9, color: "#f28e2c" },
  { key: "UZB", label: "Uzbekistan", year: 2003, value: 9.7, color: "#f28e2c" },
];

const stackedBars: StackedBar[] = [2000, 2001].flatMap((year) => [
  { year, key: "BIM", label: "Biomass", value: 3 + year - 2000, color: "#59a14f" },
  { year, key: "FOF", label: "Fossil fuels", value: 5, color: "#4e79a7" },
]);

describe("renderLineChart", () => {
  it("draws one labelled line per series and no inline style element", async () => {
    const svg = renderLineChart(linePoints, { label: "Test chart", language: "en", document });
    expect(svg.querySelectorAll("style")).toHaveLength(0);
    expect(svg.getAttribute("class")).toBe("atlas-plot");
    const labels = Array.from(svg.querySelectorAll("text")).map((node) => node.textContent);
    expect(labels).toContain("Kazakhstan");
    expect(labels).toContain("Uzbekistan");
    await expect(toSnapshotText(svg)).toMatchFileSnapshot("__snapshots__/line-chart.svg");
  });

  it("breaks a line where a year is missing", () => {
    const svg = renderLineChart(linePoints, { label: "Test chart", language: "en", document });
    const paths = Array.from(svg.querySelectorAll('[aria-label="line"] path'));
    // Each series has two segments (2000–2001, 2003), drawn as one path with two subpaths.
    for (const path of paths) expect((path.getAttribute("d") ?? "").match(/M/g)).toHaveLength(2);
  });

  it("writes tick labels in Persian digits for fa", () => {
    const svg = renderLineChart(linePoints, { label: "Test chart", language: "fa", document });
    const ticks = Array.from(svg.querySelectorAll('[aria-label="x-axis tick label"] text')).map(
      (node) => node.textContent,
    );
    expect(ticks).toContain("۲۰۰۰");
  });
});

describe("renderStackedBarChart", () => {
  it("stacks the parts of each year", async () => {
    const svg = renderStackedBarChart(stackedBars, { label: "Test chart", language: "en", document });
    expect(svg.querySelectorAll("style")).toHaveLength(0);
    expect(svg.querySelectorAll('[aria-label="bar"] rect')).toHaveLength(4);
    const titles = Array.from(svg.querySelectorAll("rect title")).map((node) => node.textContent);
    expect(titles).toContain("Biomass\n2001: 4");
    await expect(toSnapshotText(svg)).toMatchFileSnapshot("__snapshots__/stacked-bar-chart.svg");
  });
});

describe("renderBarChart", () => {
  it("draws bars largest first with their values", async () => {
    const svg = renderBarChart(
      [
        { key: "PAPER", label: "Paper", value: 12 },
        { key: "FOOD", label: "Food", value: 55.5 },
      ],
      { label: "Test chart", language: "ru", document, decimals: 1 },
    );
    const values = Array.from(svg.querySelectorAll('[aria-label="text"] text')).map(
      (node) => node.textContent,
    );
    expect(values).toEqual(["55,5", "12"]);
    await expect(toSnapshotText(svg)).toMatchFileSnapshot("__snapshots__/bar-chart.svg");
  });
});

describe("renderShareBarChart", () => {
  it("splits each group's bar into its shares, labelled at their middles", async () => {
    const segments = ["Women", "Men"].flatMap((group, index) => [
      { group, key: "agriculture", label: "Agriculture", value: 20 + index, color: "#59a14f" },
      { group, key: "industry", label: "Industry", value: 10 + index * 15, color: "#4e79a7" },
      { group, key: "services", label: "Services", value: 70 - index * 16, color: "#f28e2c" },
    ]);
    const svg = renderShareBarChart(segments, { label: "Employment by sector", language: "en", document });
    expect(svg.querySelectorAll('[aria-label="bar"] rect')).toHaveLength(6);
    const labels = Array.from(svg.querySelectorAll('[aria-label="text"] text'), (node) => node.textContent);
    expect(labels).toEqual(["20", "10", "70", "21", "25", "54"]);
    await expect(toSnapshotText(svg)).toMatchFileSnapshot("__snapshots__/share-bar-chart.svg");
  });
});
