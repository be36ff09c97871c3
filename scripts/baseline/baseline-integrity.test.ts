import { createRequire } from "node:module";
import { baselineFiles, baselineObservationColumns } from "@circular-atlas/contracts";
import { isDecimal } from "@circular-atlas/formats";
import { describe, expect, it } from "vitest";
import { hashBaselineFiles } from "./baseline-manifest.ts";
import { readBaselineFolder } from "./committed-baseline.ts";
import { ecoMembers } from "./eco-areas.ts";

const languages = ["en", "ru", "fa"] as const;
const baseline = readBaselineFolder();
const { observations, indicators, dimensionCodes, areas, sources, frameworks, manifest } = baseline;

describe("the committed baseline (data/baseline)", () => {
  it("has exactly the contract's observation columns", () => {
    expect(baseline.observationColumns).toEqual([...baselineObservationColumns]);
  });

  it("refers only to indicators, member states, sources and codes it defines", () => {
    const indicatorByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
    const members = new Set(areas.filter((area) => area.level === "country").map((area) => area.code));
    const sourceIds = new Set(sources.map((source) => source.id));
    const codes = new Set(dimensionCodes.map((code) => `${code.dimension}=${code.code}`));
    const problems: string[] = [];
    for (const row of observations) {
      const where = `${row["indicator"]} ${row["area"]} ${row["time_period"]} ${row["dimensions"]}`;
      const indicator = indicatorByCode.get(row["indicator"] ?? "");
      if (indicator === undefined) problems.push(`${where}: indicator`);
      if (indicator !== undefined && indicator.unit !== row["unit"]) problems.push(`${where}: unit`);
      if (!members.has(row["area"] ?? "")) problems.push(`${where}: area`);
      if (!sourceIds.has(row["source"] ?? "")) problems.push(`${where}: source`);
      if (row["original_code"] === "") problems.push(`${where}: original code`);
      for (const pair of (row["dimensions"] ?? "").split(";").filter(Boolean)) {
        if (!codes.has(pair)) problems.push(`${where}: code ${pair}`);
        if (!indicator?.dimensions.includes(pair.split("=")[0] ?? ""))
          problems.push(`${where}: dimension ${pair}`);
      }
    }
    for (const indicator of indicators) {
      if (indicator.defaultSourceId !== null && !sourceIds.has(indicator.defaultSourceId)) {
        problems.push(`${indicator.code}: default source`);
      }
    }
    for (const code of dimensionCodes) {
      if (code.parentCode !== null && !codes.has(`${code.dimension}=${code.parentCode}`)) {
        problems.push(`${code.dimension}=${code.code}: parent ${code.parentCode}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("names every indicator, unit and code in English, Russian and Persian", () => {
    const texts = [
      ...indicators.flatMap((indicator) => [indicator.names, indicator.descriptions, indicator.unitLabels]),
      ...dimensionCodes.map((code) => code.names),
    ];
    for (const text of texts) {
      for (const language of languages) expect(text[language]?.trim(), JSON.stringify(text)).toBeTruthy();
      expect(text["ru"]).toMatch(/[А-яЁё%]/);
      expect(text["fa"]).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("writes every value as decimal text, sorted and without duplicate keys", () => {
    expect(observations.filter((row) => !isDecimal(row["value"] ?? ""))).toEqual([]);
    const keys = observations.map((row) =>
      [row["indicator"], row["area"], row["time_period"], row["dimensions"]].join("|"),
    );
    expect(new Set(keys).size).toBe(keys.length);
    const sortKeys = observations.map((row) => [
      row["indicator"],
      row["area"],
      row["time_period"],
      row["dimensions"],
    ]);
    const sorted = [...sortKeys].sort((left, right) => {
      for (let index = 0; index < left.length; index++) {
        const a = left[index] ?? "";
        const b = right[index] ?? "";
        if (a !== b) return a < b ? -1 : 1;
      }
      return 0;
    });
    expect(sortKeys).toEqual(sorted);
  });

  it("gives a derivation formula to derived rows only, and to their indicators", () => {
    const derived = new Set(
      indicators.filter((indicator) => indicator.derivation !== null).map((i) => i.code),
    );
    expect([...derived].sort()).toEqual(["NY.GDP.MKTP.PP.CD", "WAW_MSW_PER_CAPITA"]);
    for (const row of observations) {
      expect(row["derivation"] !== "", `${row["indicator"]} ${row["area"]} ${row["time_period"]}`).toBe(
        derived.has(row["indicator"] ?? ""),
      );
    }
  });

  it("adds the DMC material groups up to their parents (the hierarchy in dimension-codes.json)", () => {
    const children = new Map<string | null, string[]>();
    for (const code of dimensionCodes.filter((entry) => entry.dimension === "TYPE_OF_PRODUCT")) {
      children.set(code.parentCode, [...(children.get(code.parentCode) ?? []), code.code]);
    }
    const values = new Map<string, number>();
    for (const row of observations.filter((entry) => entry["indicator"] === "EN_MAT_DOMCMPT")) {
      const product = row["dimensions"]?.replace("TYPE_OF_PRODUCT=", "") || "ALP";
      values.set(`${row["area"]}|${row["time_period"]}|${product}`, Number(row["value"]));
    }
    let checked = 0;
    for (const key of values.keys()) {
      const [area, year, product] = key.split("|");
      const parts = children.get(product === "ALP" ? null : (product ?? null)) ?? [];
      if (parts.length === 0) continue;
      const sum = parts.reduce((total, part) => total + (values.get(`${area}|${year}|${part}`) ?? 0), 0);
      // Published to whole tonnes or finer: parts and parent agree within rounding.
      expect(Math.abs(sum - (values.get(key) ?? 0)), key).toBeLessThanOrEqual(
        Math.max(1e-4 * (values.get(key) ?? 0), 5),
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(800);
  });

  it("stamps the manifest with the hash and counts of the other files", () => {
    const dataFiles = new Map(
      Object.values(baselineFiles)
        .filter((name) => name !== baselineFiles.manifest)
        .map((name) => [name, baseline.text(name)]),
    );
    expect(manifest.version).toBe(hashBaselineFiles(dataFiles));
    expect(manifest.counts).toEqual({
      areas: areas.length,
      sources: sources.length,
      indicators: indicators.length,
      dimensionCodes: dimensionCodes.length,
      frameworks: frameworks.length,
      observations: observations.length,
    });
  });

  it("lists the ten members under the ECO with codes that agree with ISO 3166", () => {
    const iso = createRequire(import.meta.url)("i18n-iso-countries") as typeof import("i18n-iso-countries");
    expect(areas[0]).toMatchObject({ code: "ECO", level: "organisation", parentCode: null });
    expect(areas.slice(1).map((area) => area.code)).toEqual(ecoMembers.map((member) => member.iso3));
    for (const area of areas.slice(1)) {
      expect(area).toMatchObject({ level: "country", parentCode: "ECO" });
      expect(area.iso2).toBe(iso.alpha3ToAlpha2(area.code));
      expect(area.m49).toBe(Number(iso.alpha3ToNumeric(area.code)));
    }
  });

  it("ships a small map with the ten members flagged and every feature coded", () => {
    expect(Buffer.byteLength(baseline.text(baselineFiles.geometry))).toBeLessThan(150 * 1024);
    const topology = baseline.geometry as {
      type: string;
      objects: Record<string, { geometries: { properties: { iso3: string; m49: number; eco: boolean } }[] }>;
    };
    expect(topology.type).toBe("Topology");
    expect(Object.keys(topology.objects)).toEqual(["countries"]);
    const features = topology.objects["countries"]?.geometries.map((geometry) => geometry.properties) ?? [];
    expect(
      features
        .filter((feature) => feature.eco)
        .map((feature) => feature.iso3)
        .sort(),
    ).toEqual(ecoMembers.map((member) => member.iso3).sort());
    for (const feature of features) {
      expect(feature.iso3).toMatch(/^[A-Z]{3}$/);
      expect(Number.isInteger(feature.m49)).toBe(true);
    }
  });
});
