import { describe, expect, it } from "vitest";
import { readBaselineFolder } from "./committed-baseline.ts";

const { frameworks, indicators, observations, manifest } = readBaselineFolder();
const byId = new Map(frameworks.map((framework) => [framework.id, framework]));

describe("the committed framework catalogue (data/baseline/frameworks.json)", () => {
  it("holds the three frameworks of issue 4, counted in the manifest", () => {
    expect(frameworks.map((framework) => framework.id)).toEqual(["unece-oecd-ce", "sdg", "eurostat-ce-2023"]);
    expect(manifest.counts.frameworks).toBe(3);
  });

  it("cites a document with a year, an https address and a place in it for every framework and indicator", () => {
    const sources = frameworks.flatMap((framework) => [
      framework.source,
      ...framework.indicators.map((indicator) => indicator.source),
    ]);
    for (const source of sources) {
      expect(source.url, source.title).toMatch(/^https:\/\//);
      expect(source.year).toBeGreaterThanOrEqual(2017);
      expect(source.locator.trim()).not.toBe("");
    }
  });

  it("links only baseline series, each with a reason and a breakdown the series has", () => {
    const seriesCodes = new Set(indicators.map((indicator) => indicator.code));
    const keys = new Set(observations.map((row) => `${row["indicator"]}|${row["dimensions"]}`));
    const problems: string[] = [];
    for (const framework of frameworks) {
      for (const indicator of framework.indicators) {
        for (const link of indicator.series) {
          const where = `${framework.id}/${indicator.code} → ${link.series}`;
          if (!seriesCodes.has(link.series)) problems.push(`${where}: unknown series`);
          if (!keys.has(`${link.series}|${link.dimensionKey}`)) problems.push(`${where}: no such breakdown`);
          if (link.reason.trim() === "") problems.push(`${where}: no reason`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("lists the SDG indicators under 8.4, 9.4, 11.6 and goal 12 with their official numbers", () => {
    // The count is the UN list's: 2 under 8.4, 1 under 9.4, 2 under 11.6 and 13 under goal 12.
    const codes = byId.get("sdg")?.indicators.map((indicator) => indicator.code) ?? [];
    expect(codes).toHaveLength(18);
    expect(codes.filter((code) => code.startsWith("12."))).toHaveLength(13);
    for (const code of codes) expect(code).toMatch(/^(8\.4|9\.4|11\.6|12\.[1-8abc])\.\d$/);
  });

  it("files the Eurostat indicators under the five dimensions of the 2023 revision, by cei_ code", () => {
    const eurostat = byId.get("eurostat-ce-2023");
    expect(eurostat?.groups.map((group) => group.names["en"])).toEqual([
      "Production and consumption",
      "Waste management",
      "Secondary raw materials",
      "Competitiveness and innovation",
      "Global sustainability and resilience",
    ]);
    for (const indicator of eurostat?.indicators ?? []) {
      expect(indicator.code).toMatch(new RegExp(`^cei_${indicator.groupCode}\\d{3}$`));
    }
  });

  it("gives the UNECE/OECD building blocks and says that the core indicator list is not yet in", () => {
    const unece = byId.get("unece-oecd-ce");
    expect(unece?.groups).toHaveLength(4);
    expect(unece?.indicators).toEqual([]);
    expect(unece?.notes).toMatch(/19 core indicators/);
  });
});
