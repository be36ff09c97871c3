/**
 * `computeReadinessIndex`: the ECO circular-economy readiness index from the published
 * observations. Reads the cells (latest value in each indicator's window), lays them out as
 * COINr's iData/iMeta, runs the engine (nominal build and uncertainty analysis) and returns the
 * framework, every member state's result and every input cell with its year and source.
 * Results are cached per database and data version: an import anywhere gives a fresh index.
 */
import type {
  ReadinessCell,
  ReadinessCountry,
  ReadinessFramework,
  ReadinessIndex,
  ReadinessIndicator,
} from "@circular-atlas/contracts";
import { type AtlasDatabase, findObservations, listFrameworks } from "@circular-atlas/database";
import { countryNames } from "../knowledge/country-names.ts";
import { type ReferenceCatalogue, referenceCatalogue } from "../reference/reference-catalogue.ts";
import { type PickedCells, pickReadinessCells } from "./readiness-cells.ts";
import { readinessExclusions } from "./readiness-exclusions.ts";
import {
  readinessBasisFramework,
  readinessFrameworkId,
  readinessFrameworkVersion,
  readinessIndexCode,
  readinessIndicators,
  readinessNames,
  readinessPillars,
  readinessReplications,
  readinessScreenThreshold,
  readinessSeed,
} from "./readiness-framework.ts";
import {
  readinessIData,
  readinessIMeta,
  readinessPipeline,
  readinessUncertainInputs,
  readinessUncertaintySpec,
} from "./readiness-inputs.ts";
import { type ReadinessEngineResult, runReadinessEngine } from "./run-readiness-engine.ts";

export interface ComputeReadinessIndexOptions {
  readonly db: AtlasDatabase;
  /** Replications of the uncertainty analysis; the published index uses 1,000. */
  readonly replications?: number;
  readonly signal?: AbortSignal;
}

const cache = new WeakMap<AtlasDatabase, Map<string, Promise<ReadinessIndex>>>();

export async function computeReadinessIndex(options: ComputeReadinessIndexOptions): Promise<ReadinessIndex> {
  const catalogue = await referenceCatalogue(options.db);
  const replications = options.replications ?? readinessReplications;
  const key = `${catalogue.dataVersion}|${readinessFrameworkVersion}|${replications}`;
  const byKey = cache.get(options.db) ?? new Map<string, Promise<ReadinessIndex>>();
  cache.set(options.db, byKey);
  const cached = byKey.get(key);
  if (cached !== undefined) return cached;
  const computing = buildReadinessIndex(options.db, catalogue, replications, options.signal);
  // Only the current version is worth keeping; a failed or cancelled build is not kept at all.
  byKey.clear();
  byKey.set(key, computing);
  computing.catch(() => byKey.delete(key));
  return computing;
}

async function buildReadinessIndex(
  db: AtlasDatabase,
  catalogue: ReferenceCatalogue,
  replications: number,
  signal: AbortSignal | undefined,
): Promise<ReadinessIndex> {
  const framework = await readinessFramework(db, catalogue, replications);
  const areas = catalogue.areas.filter((area) => area.level === "country").map((area) => area.code);
  const seriesUnits = new Map(
    framework.indicators.flatMap((indicator) => [
      [indicator.series, indicator.unit] as const,
      ...(indicator.denominator === null
        ? []
        : [[indicator.denominator.series, indicator.denominator.unit] as const]),
    ]),
  );
  const rows = await findObservations(db, {
    indicators: [...seriesUnits.keys()],
    areas,
    // A denominator is read only in its value's year, so no earlier than the value's window.
    from: Math.min(...framework.indicators.map((indicator) => indicator.fromYear)),
    totalsOnly: false,
  });
  const picked = pickReadinessCells({
    indicators: readinessIndicators,
    seriesUnits,
    areas,
    observations: rows,
  });
  const inputs = {
    iData: readinessIData({
      areas: areas.map((code) => ({ code, name: englishName(code) })),
      indicators: readinessIndicators,
      cells: picked.cells,
      denominators: picked.denominators,
    }),
    iMeta: readinessIMeta({
      pillars: framework.pillars,
      indicators: readinessIndicators.map((definition, at) => {
        const indicator = framework.indicators[at] as ReadinessIndicator;
        return {
          ...definition,
          unit: indicator.unit,
          ...(indicator.denominator === null ? {} : { denominatorUnit: indicator.denominator.unit }),
        };
      }),
    }),
    pipeline: readinessPipeline(readinessIndicators),
    uncertainty: readinessUncertaintySpec(),
  };
  const result = runReadinessEngine({
    ...inputs,
    replications,
    seed: readinessSeed,
    pillarCodes: framework.pillars.map((pillar) => pillar.code),
    indicatorCodes: framework.indicators.map((indicator) => indicator.code),
    signal,
  });
  const cited = new Set(
    [...picked.cells.values(), ...picked.denominators.values()]
      .flatMap((byArea) => [...byArea.values()])
      .map((cell) => cell.sourceId),
  );
  return {
    dataVersion: catalogue.dataVersion,
    framework,
    countries: areas.map((area) => toCountry(area, framework, picked, result)),
    sources: catalogue.sources.filter((source) => cited.has(source.id)),
    inputs,
    uncertainty: { replications, seed: readinessSeed, failed: [...result.failed] },
    diagnostics: [...picked.diagnostics, ...result.diagnostics].map((diagnostic) => ({
      code: diagnostic.code,
      severity: diagnostic.severity,
      message: diagnostic.message,
      ...(diagnostic.where === undefined ? {} : { where: { ...diagnostic.where } }),
    })),
  };
}

async function readinessFramework(
  db: AtlasDatabase,
  catalogue: ReferenceCatalogue,
  replications: number,
): Promise<ReadinessFramework> {
  const basis = (await listFrameworks(db)).find((row) => row.id === readinessBasisFramework);
  if (basis === undefined) throw new Error(`the framework catalogue has no ${readinessBasisFramework}`);
  return {
    id: readinessFrameworkId,
    version: readinessFrameworkVersion,
    names: readinessNames,
    basis: { framework: basis.id, source: basis.source },
    indexCode: readinessIndexCode,
    pillars: [...readinessPillars],
    indicators: readinessIndicators.map(({ denominator, ...indicator }): ReadinessIndicator => {
      const series = catalogueSeries(catalogue, indicator.series);
      return {
        ...indicator,
        unit: series.unit,
        unitLabels: series.unitLabels,
        denominator:
          denominator === undefined
            ? null
            : (({ names, unit, unitLabels }) => ({ ...denominator, names, unit, unitLabels }))(
                catalogueSeries(catalogue, denominator.series),
              ),
      };
    }),
    excluded: readinessExclusions.map((entry) => ({ ...entry, dimensions: { ...entry.dimensions } })),
    method: {
      screenThreshold: readinessScreenThreshold,
      replications,
      seed: readinessSeed,
      uncertainInputs: [
        ...readinessUncertainInputs.map((input) => ({ name: input.name, alternatives: [...input.labels] })),
        { name: "Weights", alternatives: ["±25 % noise on every indicator and pillar weight"] },
      ],
    },
  };
}

function catalogueSeries(catalogue: ReferenceCatalogue, code: string) {
  const series = catalogue.indicatorsByCode.get(code);
  if (series === undefined) throw new Error(`the catalogue has no series ${code}`);
  return series;
}

function toCountry(
  area: string,
  framework: ReadinessFramework,
  picked: PickedCells,
  result: ReadinessEngineResult,
): ReadinessCountry {
  const ranked = result.kept.includes(area);
  const interval = result.rankIntervals.get(area);
  const countryCells = framework.indicators.map((indicator): ReadinessCell => {
    const cell = picked.cells.get(indicator.code)?.get(area);
    const divisor = picked.denominators.get(indicator.code)?.get(area);
    return {
      indicator: indicator.code,
      value: cell?.value ?? null,
      year: cell?.year ?? null,
      source: cell?.sourceId ?? null,
      denominator:
        indicator.denominator === null
          ? null
          : { value: divisor?.value ?? null, year: divisor?.year ?? null, source: divisor?.sourceId ?? null },
      indicatorValue: result.denominated.get(indicator.code)?.get(area) ?? null,
      imputed: result.imputed.get(indicator.code)?.has(area) ?? false,
      normalised: result.normalised.get(indicator.code)?.get(area) ?? null,
    };
  });
  return {
    area,
    status: ranked ? "ranked" : "insufficient-data",
    coverage: {
      available: countryCells.filter((cell) => cell.indicatorValue !== null).length,
      total: countryCells.length,
    },
    score: ranked ? (result.index.score.get(area) ?? null) : null,
    rank: ranked ? (result.index.rank.get(area) ?? null) : null,
    rankInterval: ranked && interval !== undefined ? interval : null,
    pillars: framework.pillars.map((pillar) => ({
      pillar: pillar.code,
      score: result.pillars.get(pillar.code)?.score.get(area) ?? null,
      rank: result.pillars.get(pillar.code)?.rank.get(area) ?? null,
    })),
    cells: countryCells,
  };
}

function englishName(iso3: string): string {
  return countryNames(iso3).find((name) => name.language === "en")?.name ?? iso3;
}
