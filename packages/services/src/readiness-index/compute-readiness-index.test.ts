/**
 * The readiness index over the real bundled baseline, on PGlite and (with DATABASE_URL)
 * PostgreSQL. Expected cells (with the same-year GDP of each intensity), divided values, scores
 * and ranks come from golden/readiness-index.R, a plain R script (r-base only) that reads
 * data/baseline/observations.csv itself and recomputes every step, the division included; its
 * output, golden/readiness-index.json, is committed beside it. Two intensities are also divided
 * by hand from the CSV lines. The rank intervals come from seeded random replications that R
 * cannot replay, so they are checked for what must hold.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ReadinessIndex } from "@circular-atlas/contracts";
import { readinessIndexSchema } from "@circular-atlas/contracts";
import type { DatabaseHandle } from "@circular-atlas/database";
import { testDatabaseTargets } from "@circular-atlas/database/testing";
import { readCsv } from "@circular-atlas/formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaseline } from "../baseline/load-baseline.ts";
import { buildIndexFromFiles } from "../composite-index/build-index-files.ts";
import { runIndexUncertaintyFromFiles } from "../composite-index/index-uncertainty-files.ts";
import { bundledBaselineDir } from "../testing/baseline-fixture.ts";
import {
  readinessCell as cell,
  expectMatchesReference,
  type Reference,
} from "../testing/readiness-reference.ts";
import { computeReadinessIndex } from "./compute-readiness-index.ts";
import golden from "./golden/readiness-index.json" with { type: "json" };
import { readinessInputFile, readinessInputFileNames } from "./readiness-input-files.ts";

const baseline = golden.baseline as Reference;
const perPersonSeries = ["EN_MAT_DOMCMPC", "WAW_MSW_PER_CAPITA", "EN_EWT_GENPCAP", "CDIAC_CO2_PCAP"];

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
      expect(index.framework.indicators.map((indicator) => indicator.code)).toEqual([
        "DMC_GDP",
        "MSW_GDP",
        "MSW_DUMP",
        "CO2_GDP",
        "H2O_STRESS",
        "ENERGY_INT",
        "RENEW_FEC",
        "RENEW_ELC",
        "FFS_GDP",
        "MANF_VA",
        "MANF_TECH",
        "MANF_EMP",
      ]);
      // Units come from the series' catalogue entry, with their labels in the three languages.
      const dmc = index.framework.indicators.find((indicator) => indicator.code === "DMC_GDP");
      expect(dmc).toMatchObject({
        series: "EN_MAT_DOMCMPG",
        unit: "KG_PER_USD_CONST_2010",
        denominator: null,
      });
      expect(Object.keys(dmc?.unitLabels ?? {}).sort()).toEqual(["en", "fa", "ru"]);
      // Every direction has its reason in the three languages.
      for (const indicator of index.framework.indicators) {
        expect(Object.keys(indicator.directionReason).sort(), indicator.code).toEqual(["en", "fa", "ru"]);
        expect(Object.values(indicator.directionReason).every((text) => text.length > 20)).toBe(true);
      }
    });

    it("reads no pressure per person and lists all four as left out, with why", () => {
      const read = index.framework.indicators.flatMap((indicator) => [
        indicator.series,
        ...(indicator.denominator === null ? [] : [indicator.denominator.series]),
      ]);
      for (const series of perPersonSeries) expect(read).not.toContain(series);
      const perPerson = index.framework.excluded.filter((entry) => entry.kind === "per-person-pressure");
      expect(perPerson.map((entry) => entry.series).sort()).toEqual([...perPersonSeries].sort());
      for (const entry of perPerson) {
        expect(entry.reason).toMatch(/rises with income/);
        expect(entry.reason).toMatch(/stays in the observatory/);
      }
    });

    it("divides CO2 and municipal waste by GDP PPP, with the scale factor that gives their unit", () => {
      const byCode = new Map(index.framework.indicators.map((indicator) => [indicator.code, indicator]));
      expect(byCode.get("CO2_GDP")).toMatchObject({
        series: "CDIAC_CO2",
        unit: "MT_CO2",
        direction: -1,
        denominator: {
          code: "GDP_CO2_YEAR",
          series: "NY.GDP.MKTP.PP.CD",
          unit: "INTL_USD_CURRENT",
          scaleFactor: 1e9,
          ratioUnit: "KG_CO2_PER_INTL_USD_PPP",
        },
      });
      expect(byCode.get("MSW_GDP")).toMatchObject({
        series: "WAW_MSW_GENERATED",
        unit: "T_PER_YEAR",
        direction: -1,
        denominator: {
          code: "GDP_MSW_YEAR",
          series: "NY.GDP.MKTP.PP.CD",
          scaleFactor: 1e6,
          ratioUnit: "KG_PER_1000_INTL_USD_PPP",
        },
      });
      for (const code of ["CO2_GDP", "MSW_GDP"]) {
        const denominator = byCode.get(code)?.denominator;
        expect(Object.keys(denominator?.note ?? {}).sort()).toEqual(["en", "fa", "ru"]);
        expect(Object.keys(denominator?.ratioUnitLabels ?? {}).sort()).toEqual(["en", "fa", "ru"]);
      }
      // The pipeline divides first, by the same columns iMeta's Denominator names.
      const pipeline = index.inputs.pipeline as { steps: { op: string; dset: string; denomby?: unknown }[] };
      expect(pipeline.steps.map((step) => step.op)).toEqual([
        "Denominate",
        "Screen",
        "Impute",
        "Treat",
        "Normalise",
        "Aggregate",
      ]);
      expect(pipeline.steps[0]).toMatchObject({
        dset: "Raw",
        denomby: [
          { iCode: "MSW_GDP", Denominator: "GDP_MSW_YEAR", ScaleFactor: 1e6 },
          { iCode: "CO2_GDP", Denominator: "GDP_CO2_YEAR", ScaleFactor: 1e9 },
        ],
      });
    });

    it("reads and divides every cell as the R reference does, and scores and ranks all ten members as it does", () => {
      expectMatchesReference(index, baseline);
      expect(index.countries.every((country) => country.status === "ranked")).toBe(true);
      const citedInR = new Set(
        Object.values(baseline.cells).flatMap((byIndicator) =>
          Object.values(byIndicator).flatMap((entry) =>
            [entry.source, entry.denominator?.source ?? null].filter((source) => source !== null),
          ),
        ),
      );
      expect(index.sources.map((source) => source.id).sort()).toEqual([...citedInR].sort());
      // Turkmenistan has 9 of 12 indicators, just at the three-quarter threshold.
      expect(index.countries.find((country) => country.area === "TKM")?.coverage).toEqual({
        available: 9,
        total: 12,
      });
    });

    it("divides each intensity by the GDP of its own year (checked by hand against the CSV lines)", () => {
      // observations.csv: CDIAC_CO2,KAZ,2020 = 207.5 Mt; NY.GDP.MKTP.PP.CD,KAZ,2020 = 565757228614 $.
      expect(cell(index, "KAZ", "CO2_GDP")).toMatchObject({
        value: "207.5",
        year: 2020,
        source: "datahub-co2-fossil-by-nation",
        denominator: { value: "565757228614", year: 2020, source: "wb-wdi-datahub" },
      });
      // 207.5 / (565757228614 / 1e9) = 0.366765088461 kg CO2 per $.
      expect(cell(index, "KAZ", "CO2_GDP")?.indicatorValue).toBeCloseTo(0.366765088461, 11);
      // WAW_MSW_GENERATED,TKM,2013 = 500000 t; NY.GDP.MKTP.PP.CD,TKM,2013 = 69625757915 $:
      // 500000 / (69625757915 / 1e6) = 7.181250373036 kg per 1,000 $, the waste figure's own year.
      expect(cell(index, "TKM", "MSW_GDP")).toMatchObject({
        value: "500000",
        year: 2013,
        denominator: { value: "69625757915", year: 2013 },
      });
      expect(cell(index, "TKM", "MSW_GDP")?.indicatorValue).toBeCloseTo(7.181250373036, 11);
      // Other indicators are not divided: no denominator, the published value itself.
      expect(cell(index, "KAZ", "DMC_GDP")).toMatchObject({
        value: "2.67346",
        year: 2017,
        denominator: null,
        indicatorValue: 2.67346,
      });
      // Afghanistan's latest water-stress value is from 2009, before the 2010 window: missing, filled.
      expect(cell(index, "AFG", "H2O_STRESS")).toMatchObject({
        value: null,
        year: null,
        source: null,
        indicatorValue: null,
        imputed: true,
      });
      for (const country of index.countries) {
        for (const entry of country.cells) {
          if (entry.denominator?.year != null) expect(entry.denominator.year).toBe(entry.year);
        }
      }
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
      expect(data[0]).toEqual([
        "uCode",
        "uName",
        ...index.framework.indicators.map((i) => i.code),
        "GDP_MSW_YEAR",
        "GDP_CO2_YEAR",
      ]);
      const kazakhstan = data.find((row) => row[0] === "KAZ");
      expect(kazakhstan?.[1]).toBe("Kazakhstan");
      expect(kazakhstan?.[2]).toBe("2.67346");
      // The numerator as published, and in its own column the GDP of the same year (2020).
      expect(kazakhstan?.[data[0]?.indexOf("CO2_GDP") ?? -1]).toBe("207.5");
      expect(kazakhstan?.[data[0]?.indexOf("GDP_CO2_YEAR") ?? -1]).toBe("565757228614");
      // Kazakhstan's waste figure is from 2012, so its GDP column holds the GDP of 2012.
      expect(kazakhstan?.[data[0]?.indexOf("GDP_MSW_YEAR") ?? -1]).toBe(
        cell(index, "KAZ", "MSW_GDP")?.denominator?.value,
      );
      expect(cell(index, "KAZ", "MSW_GDP")?.denominator?.year).toBe(2012);
      // Missing stays an empty cell, never a zero.
      expect(
        data.find((row) => row[0] === "AFG")?.[
          index.framework.indicators.findIndex((i) => i.code === "H2O_STRESS") + 2
        ],
      ).toBe("");
      const meta = readCsv(readinessInputFile(index, "iMeta.csv").text).records.map((record) => record.cells);
      expect(meta[0]).toEqual([
        "iCode",
        "iName",
        "Level",
        "Parent",
        "Type",
        "Direction",
        "Weight",
        "Unit",
        "Denominator",
      ]);
      expect(meta.slice(1).map((row) => [row[2], row[4]])).toEqual([
        ...Array(12).fill(["1", "Indicator"]),
        ["", "Denominator"],
        ["", "Denominator"],
        ...Array(4).fill(["2", "Aggregate"]),
        ["3", "Aggregate"],
      ]);
      const metaRow = (code: string) => meta.find((row) => row[0] === code);
      // The indicator's Unit is the ratio's; its Denominator names the column; the denominator's Unit is GDP's.
      expect(metaRow("CO2_GDP")?.slice(7)).toEqual(["KG_CO2_PER_INTL_USD_PPP", "GDP_CO2_YEAR"]);
      expect(metaRow("MSW_GDP")?.slice(7)).toEqual(["KG_PER_1000_INTL_USD_PPP", "GDP_MSW_YEAR"]);
      expect(metaRow("DMC_GDP")?.slice(7)).toEqual(["KG_PER_USD_CONST_2010", ""]);
      expect(metaRow("GDP_CO2_YEAR")?.slice(4, 8)).toEqual(["Denominator", "", "", "INTL_USD_CURRENT"]);
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
}
