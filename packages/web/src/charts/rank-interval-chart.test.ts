import { describe, expect, it } from "vitest";
import { type RankInterval, renderRankIntervalChart } from "./rank-interval-chart.ts";

/** Pretty-prints an SVG with numbers rounded, so snapshots survive floating-point noise. */
function toSnapshotText(svg: SVGSVGElement): string {
  return `${svg.outerHTML.replace(/\d+\.\d{3,}/g, (number) => Number(number).toFixed(2)).replaceAll("><", ">\n<")}\n`;
}

const rows: RankInterval[] = [
  { key: "KGZ", label: "Kyrgyzstan", rank: 3, median: 2.5, q5: 1, q95: 4 },
  { key: "KAZ", label: "Kazakhstan", rank: 1, median: 1, q5: 1, q95: 2 },
  { key: "UZB", label: "Uzbekistan", rank: 2, median: 3, q5: 2, q95: 4 },
];

describe("renderRankIntervalChart", () => {
  it("draws one interval, one median dot and one nominal tick per member, in rank order", async () => {
    const svg = renderRankIntervalChart(rows, { label: "Ranks", language: "en", document, unitCount: 4 });
    expect(svg.querySelectorAll("style")).toHaveLength(0);
    expect(svg.getAttribute("aria-label")).toBe("Ranks");
    expect(svg.querySelectorAll('[aria-label="rule"] line')).toHaveLength(3);
    expect(svg.querySelectorAll('[aria-label="dot"] circle')).toHaveLength(3);
    expect(svg.querySelectorAll('[aria-label="tick"] line')).toHaveLength(3);
    const labels = Array.from(
      svg.querySelectorAll('[aria-label="y-axis tick label"] text'),
      (node) => node.textContent,
    );
    expect(labels).toEqual(["Kazakhstan", "Uzbekistan", "Kyrgyzstan"]);
    const ticks = Array.from(
      svg.querySelectorAll('[aria-label="x-axis tick label"] text'),
      (node) => node.textContent,
    );
    expect(ticks).toEqual(["1", "2", "3", "4"]);
    const titles = Array.from(svg.querySelectorAll("circle title"), (node) => node.textContent);
    expect(titles).toContain("Kyrgyzstan\n3 (1–4)");
    await expect(toSnapshotText(svg)).toMatchFileSnapshot("__snapshots__/rank-interval-chart.svg");
  });

  it("writes the rank axis in Persian digits for fa", () => {
    const svg = renderRankIntervalChart(rows, { label: "Ranks", language: "fa", document, unitCount: 4 });
    const ticks = Array.from(
      svg.querySelectorAll('[aria-label="x-axis tick label"] text'),
      (node) => node.textContent,
    );
    expect(ticks).toEqual(["۱", "۲", "۳", "۴"]);
  });
});
