/**
 * The readiness index over the real bundled baseline, on PGlite and (with DATABASE_URL)
 * PostgreSQL. Expected cells, scores and ranks come from golden/readiness-index.R, a plain R
 * script (r-base only) that reads data/baseline/observations.csv itself and recomputes every
 * step; its output, golden/readiness-index.json, is committed beside it. The rank intervals come
 * from seeded random replications that R cannot replay, so they are checked for what must hold.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ReadinessIndex } from "@circular-atlas/contracts";
import { readinessIndexSchema } from "@circular-atlas/contracts";
import type { DatabaseHandle } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { readCsv } from "@circular-atlas/formats";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { buildIndexFromFiles } from "../composite-index/build-index-files.ts";
import { runIndexUncertaintyFromFiles } from "../composite-index/index-uncertainty-files.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import { computeReadinessIndex } from "./compute-readiness-index.ts";
import golden from "./golden/readiness-index.json" with { type: "json" };
import { readinessInputFile, readinessInputFileNames } from "./readiness-input-files.ts";

/** One case of the R reference, by unit code (then pillar or indicator code). */
interface Reference {
  readonly kept: readonly string[];
  readonly index: Readonly<Record<string, number>>;
  readonly rank: Readonly<Record<string, number>>;
  readonly pillars: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly normalised: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly imputed: Readonly<Record<string, readonly string[]>>;
}
// The baseline's display order of the member states (areas.json `sortOrder`).
const members = ["AFG", "AZE", "IRN", "KAZ", "KGZ", "PAK", "TJK", "TUR", "TKM", "UZB"];
const goldenCells = golden.cells as Record<
  string,
  Record<string, { value: string | null; year: number | null; source: string | null }>
>;

/** Scores, pillar scores, normalised cells, imputed flags and ranks against the R reference. */
function expectMatchesReference(index: ReadinessIndex, reference: Reference) {
  const ranked = index.countries.filter((country) => country.status === "ranked");
  expect(ranked.map((country) => country.area).sort()).toEqual([...reference.kept].sort());
  for (const country of ranked) {
    const area = country.area;
    expect(country.score).toBeCloseTo(reference.index[area] ?? Number.NaN, 9);
    expect(country.rank).toBe(reference.rank[area]);
    for (const pillar of country.pillars) {
      expect(pillar.score).toBeCloseTo(reference.pillars[area]?.[pillar.pillar] ?? Number.NaN, 9);
    }
    for (const cell of country.cells) {
      expect(cell.normalised).toBeCloseTo(reference.normalised[area]?.[cell.indicator] ?? Number.NaN, 9);
      expect(cell.imputed).toBe(reference.imputed[area]?.includes(cell.indicator) ?? false);
    }
  }
}

for (const target of testDatabaseTargets()) {
  describe(`computeReadinessIndex on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let index: ReadinessIndex;
    beforeAll(async () => {
      handle = await target.open();
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      index = await computeReadinessIndex({ db: handle.db });
    });
    afterAll(async () => {
      await handle.close();
    });

    it("answers the contract, with the four UNECE/OECD building blocks as pillars", () => {
      expect(() => readinessIndexSchema.parse(index)).not.toThrow();
      expect(index.framework.basis.framework).toBe("unece-oecd-ce");
      expect(index.framework.pillars.map((pillar) => pillar.buildingBlock)).toEqual([
        "material-life-cycle",
        "environment",
        "responses",
        "socio-economic",
      ]);
      expect(index.framework.indicators).toHaveLength(14);
      // Units come from the series' catalogue entry, with their labels in the three languages.
      const dmc = index.framework.indicators.find((indicator) => indicator.code === "DMC_PC");
      expect(dmc).toMatchObject({ series: "EN_MAT_DOMCMPC", unit: "T_PER_CAP", direction: -1 });
      expect(Object.keys(dmc?.unitLabels ?? {}).sort()).toEqual(["en", "fa", "ru"]);
    });

    it("reads every cell as the R reference reads observations.csv: value as published, year, source", () => {
      expect(index.countries.map((country) => country.area)).toEqual(members);
      for (const country of index.countries) {
        for (const cell of country.cells) {
          expect({ area: country.area, indicator: cell.indicator, ...pick(cell) }).toEqual({
            area: country.area,
            indicator: cell.indicator,
            ...goldenCells[country.area]?.[cell.indicator],
          });
        }
      }
      // Spot checks read by eye from the CSV: a 2017 DMC, a one-off waste survey, an old value left out.
      const cell = (area: string, indicator: string) =>
        index.countries.find((c) => c.area === area)?.cells.find((c) => c.indicator === indicator);
      expect(cell("KAZ", "DMC_PC")).toMatchObject({ value: "29.13647", year: 2017 });
      expect(cell("TKM", "MSW_PC")).toMatchObject({ value: "0.231", year: 2013, source: "wb-what-a-waste" });
      // Afghanistan's latest water-stress value is from 2009, before the 2010 window: missing, filled.
      expect(cell("AFG", "H2O_STRESS")).toMatchObject({
        value: null,
        year: null,
        source: null,
        imputed: true,
      });
      const citedInR = new Set(
        Object.values(goldenCells).flatMap((byIndicator) =>
          Object.values(byIndicator).flatMap((entry) => (entry.source === null ? [] : [entry.source])),
        ),
      );
      expect(index.sources.map((source) => source.id).sort()).toEqual([...citedInR].sort());
    });

    it("scores and ranks all ten members as the plain R reference does", () => {
      expect(index.countries.every((country) => country.status === "ranked")).toBe(true);
      expectMatchesReference(index, golden.baseline as Reference);
      // Turkmenistan has 11 of 14 indicators, just above the three-quarter threshold.
      expect(index.countries.find((country) => country.area === "TKM")?.coverage).toEqual({
        available: 11,
        total: 14,
      });
    });

    it("gives every rank a median and a 5–95 % interval over 1,000 replications, none failed", () => {
      expect(index.uncertainty).toMatchObject({ replications: 1_000, failed: [] });
      for (const country of index.countries) {
        const interval = country.rankInterval;
        expect(interval).not.toBeNull();
        if (interval === null) continue;
        expect(1).toBeLessThanOrEqual(interval.q5);
        expect(interval.q5).toBeLessThanOrEqual(interval.median);
        expect(interval.median).toBeLessThanOrEqual(interval.q95);
        expect(interval.q95).toBeLessThanOrEqual(10);
        expect(interval.mean).toBeGreaterThanOrEqual(interval.q5);
        expect(interval.mean).toBeLessThanOrEqual(interval.q95);
      }
      // The choices matter: some member's rank moves over the replications.
      expect(
        index.countries.some((country) => (country.rankInterval?.q95 ?? 0) > (country.rankInterval?.q5 ?? 0)),
      ).toBe(true);
    });

    it("answers the same index again from its cache until the data change", async () => {
      expect(await computeReadinessIndex({ db: handle.db })).toBe(index);
    });

    it("writes input files that read back as the index's own iData, iMeta and pipeline", () => {
      const data = readCsv(readinessInputFile(index, "iData.csv").text).records.map((record) => record.cells);
      expect(data[0]).toEqual(["uCode", "uName", ...index.framework.indicators.map((i) => i.code)]);
      const kazakhstan = data.find((row) => row[0] === "KAZ");
      expect(kazakhstan?.[1]).toBe("Kazakhstan");
      expect(kazakhstan?.[2]).toBe("29.13647");
      // Missing stays an empty cell, never a zero.
      expect(
        data.find((row) => row[0] === "AFG")?.[
          index.framework.indicators.findIndex((i) => i.code === "H2O_STRESS") + 2
        ],
      ).toBe("");
      const meta = readCsv(readinessInputFile(index, "iMeta.csv").text).records.map((record) => record.cells);
      expect(meta[0]).toEqual(["iCode", "iName", "Level", "Parent", "Type", "Direction", "Weight", "Unit"]);
      expect(meta.slice(1).map((row) => row[2])).toEqual([
        ...Array(14).fill("1"),
        ...Array(4).fill("2"),
        "3",
      ]);
      expect(JSON.parse(readinessInputFile(index, "pipeline.json").text)).toEqual(index.inputs.pipeline);
      expect(JSON.parse(readinessInputFile(index, "uncertainty.json").text)).toEqual(
        index.inputs.uncertainty,
      );
    });
    it("reruns from its downloaded files with atlas index build and uncertainty to the same scores and ranks", async () => {
      const work = mkdtempSync(path.join(tmpdir(), "atlas-readiness-rerun-"));
      try {
        for (const name of readinessInputFileNames) {
          writeFileSync(path.join(work, name), readinessInputFile(index, name).text);
        }
        const paths = {
          dataPath: path.join(work, "iData.csv"),
          metaPath: path.join(work, "iMeta.csv"),
          pipelinePath: path.join(work, "pipeline.json"),
        };
        await buildIndexFromFiles({ ...paths, outDir: path.join(work, "build") });
        await runIndexUncertaintyFromFiles({
          ...paths,
          uncertainPath: path.join(work, "uncertainty.json"),
          n: index.framework.method.replications,
          seed: index.framework.method.seed,
          sa: false,
          outDir: path.join(work, "ua"),
        });
        const rows = (file: string) =>
          readCsv(readFileSync(path.join(work, file), "utf8"))
            .records.slice(1)
            .map((record) => record.cells);
        const byArea = new Map(index.countries.map((country) => [country.area, country]));
        for (const [area, score, rank] of rows("build/results_index.csv")) {
          expect(Number(score)).toBe(byArea.get(area ?? "")?.score);
          expect(Number(rank)).toBe(byArea.get(area ?? "")?.rank);
        }
        for (const [area, , mean, median, q5, q95] of rows("ua/rank_stats.csv")) {
          expect(byArea.get(area ?? "")?.rankInterval).toEqual({
            mean: Number(mean),
            median: Number(median),
            q5: Number(q5),
            q95: Number(q95),
          });
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });

  describe(`a member with too little data on ${target.kind}`, () => {
    let handle: DatabaseHandle;
    let index: ReadinessIndex;
    beforeAll(async () => {
      handle = await target.open();
      await loadBaseline({ db: handle.db, directory: bundledBaselineDir });
      // Tajikistan loses four series, so it has 9 of 14 indicators (e-waste was already missing).
      await handle.db.execute(
        sql`delete from observation where area_code = 'TJK' and indicator_code in ('EN_MAT_DOMCMPC', 'EN_MAT_DOMCMPG', 'CDIAC_CO2_PCAP', 'EG.FEC.RNEW.ZS')`,
      );
      index = await computeReadinessIndex({ db: handle.db, replications: 200 });
    });
    afterAll(async () => {
      await handle.close();
    });

    it("lists it as not ranked, with its coverage and inputs but no score, rank or interval", () => {
      const tajikistan = index.countries.find((country) => country.area === "TJK");
      expect(tajikistan).toMatchObject({
        status: "insufficient-data",
        coverage: { available: 9, total: 14 },
        score: null,
        rank: null,
        rankInterval: null,
      });
      expect(tajikistan?.pillars.every((pillar) => pillar.score === null && pillar.rank === null)).toBe(true);
      expect(tajikistan?.cells.find((cell) => cell.indicator === "MSW_PC")).toMatchObject({
        value: "0.596",
        year: 2013,
        normalised: null,
      });
    });

    it("ranks the other nine among themselves, as the R reference does without Tajikistan", () => {
      expectMatchesReference(index, golden.tajikistanThinned as Reference);
      expect(index.uncertainty.replications).toBe(200);
      const ranks = index.countries.flatMap((country) => (country.rank === null ? [] : [country.rank]));
      expect([...ranks].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  });
}

function pick(cell: ReadinessIndex["countries"][number]["cells"][number]) {
  return { value: cell.value, year: cell.year, source: cell.source };
}
