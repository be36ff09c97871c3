/**
 * Loads the bundled baseline into the database in one transaction: reference data are upserted,
 * observations written under a new baseline import batch (never over values a file import
 * brought), rows only an older baseline had are removed, and the framework catalogue (which
 * only the baseline writes) is replaced whole. Nothing changes if any step fails.
 */
import {
  type AtlasDatabase,
  appStateKeys,
  bumpDataVersion,
  createImportBatch,
  deleteStaleBaselineObservations,
  readAppState,
  replaceFrameworks,
  setImportRowCount,
  upsertAreas,
  upsertDimensionCodes,
  upsertIndicators,
  upsertSources,
  writeAppState,
  writeObservations,
} from "@circular-atlas/database";
import { toFrameworkRows } from "../frameworks/framework-rows.ts";
import type { ProgressCallback } from "../progress.ts";
import { readBaseline, readBaselineManifest } from "./read-baseline.ts";

export interface LoadBaselineOptions {
  readonly db: AtlasDatabase;
  readonly directory: string;
  /** Load even when the database already holds this baseline version. */
  readonly force?: boolean;
  readonly onProgress?: ProgressCallback;
}

export interface BaselineLoadReport {
  readonly version: string;
  readonly loaded: boolean;
  readonly observations: { inserted: number; updated: number; kept: number; removed: number };
}

const chunkSize = 5_000;

export async function loadBaseline(options: LoadBaselineOptions): Promise<BaselineLoadReport> {
  const { db, directory } = options;
  // Every start asks whether a load is due: the manifest answers it, so the 2 MB of observations
  // are read and checked only when they will be loaded (a third of a second per start saved).
  const { version: manifestVersion } = await readBaselineManifest(directory);
  if (!options.force && (await readAppState(db, appStateKeys.baselineVersion)) === manifestVersion) {
    return {
      version: manifestVersion,
      loaded: false,
      observations: { inserted: 0, updated: 0, kept: 0, removed: 0 },
    };
  }
  const baseline = await readBaseline(directory);
  const version = baseline.manifest.version;
  return db.transaction(async (tx) => {
    await upsertAreas(tx, baseline.areas);
    // Regions an import registered earlier gain the codes the baseline knows for them (GeoCode).
    await upsertAreas(
      tx,
      baseline.regions.map(({ boundaryName: _name, evidence: _evidence, ...region }) => ({
        ...region,
        m49: null,
        iso2: null,
        level: "subnational" as const,
      })),
    );
    await upsertSources(tx, baseline.sources);
    await upsertIndicators(tx, baseline.indicators);
    await upsertDimensionCodes(tx, baseline.dimensionCodes);
    await replaceFrameworks(tx, toFrameworkRows(baseline.frameworks));
    const importId = await createImportBatch(tx, {
      kind: "baseline",
      format: "baseline",
      fileName: directory,
      contentHash: version,
    });
    const totals = { inserted: 0, updated: 0, kept: 0, removed: 0 };
    const total = baseline.observations.length;
    for (let start = 0; start < total; start += chunkSize) {
      const counts = await writeObservations(
        tx,
        baseline.observations.slice(start, start + chunkSize),
        importId,
        { keepImported: true },
      );
      totals.inserted += counts.inserted;
      totals.updated += counts.updated;
      totals.kept += counts.kept;
      options.onProgress?.(Math.min(start + chunkSize, total), total, "observations");
    }
    totals.removed = await deleteStaleBaselineObservations(tx, importId);
    await setImportRowCount(tx, importId, totals.inserted + totals.updated);
    await writeAppState(tx, appStateKeys.baselineVersion, version);
    await bumpDataVersion(tx);
    return { version, loaded: true, observations: totals };
  });
}
