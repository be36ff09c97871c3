/**
 * Writes a checked import in one transaction: the sources, series, breakdown names and areas it
 * brings, the batch, the published rows and the held ones (pending versions with their flags).
 */
import type { Source } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  bumpDataVersion,
  createImportBatch,
  type NewObservation,
  type PendingWrite,
  setImportRowCount,
  upsertAreas,
  upsertDimensionCodes,
  upsertIndicators,
  upsertSources,
  writeObservations,
  writePendingVersions,
} from "@circular-atlas/database";
import type { ReferenceCatalogue } from "../reference/reference-catalogue.ts";
import type { ImportFormatName } from "./import-report.ts";
import type { StructureSeries } from "./structure-series.ts";

export interface ImportPlan {
  readonly fileName: string;
  readonly format: ImportFormatName;
  readonly contentHash: string;
  readonly catalogue: ReferenceCatalogue;
  readonly newSources: readonly Source[];
  readonly series: StructureSeries;
  /** The agency whose area codes the sub-national areas keep as national codes. */
  readonly agency: string;
  readonly addedDimensions: ReadonlyMap<string, ReadonlySet<string>>;
  readonly toPublish: readonly NewObservation[];
  readonly toHold: readonly PendingWrite[];
}

export async function writeImport(db: AtlasDatabase, plan: ImportPlan): Promise<void> {
  const { catalogue, series, addedDimensions, toPublish, toHold } = plan;
  const written = new Set(
    [...toPublish, ...toHold.map((held) => held.observation)].map((row) => row.indicatorCode),
  );
  const areasUsed = new Set(
    [...toPublish, ...toHold.map((held) => held.observation)].map((row) => row.areaCode),
  );
  await db.transaction(async (tx) => {
    await upsertSources(tx, plan.newSources);
    await upsertAreas(
      tx,
      [...series.areas.entries()]
        .filter(([, area]) => areasUsed.has(area.code) && !catalogue.areasByCode.has(area.code))
        .map(([code, area], index) => ({
          ...area,
          nationalCodes: { [plan.agency]: code },
          sortOrder: 1_000 + index,
        })),
    );
    await upsertIndicators(
      tx,
      [...series.indicators.values()]
        .filter((indicator) => written.has(indicator.code))
        .map(({ coverage: _coverage, ...indicator }, index) => ({
          ...indicator,
          sortOrder: 10_000 + index,
        })),
    );
    for (const [code, dimensions] of addedDimensions) {
      const known = catalogue.indicatorsByCode.get(code);
      if (known === undefined) continue;
      const { coverage: _coverage, ...indicator } = known;
      await upsertIndicators(tx, [
        { ...indicator, dimensions: [...new Set([...known.dimensions, ...dimensions])] },
      ]);
    }
    const knownCodes = new Set(catalogue.dimensionCodes.map((code) => `${code.dimension}\u0000${code.code}`));
    await upsertDimensionCodes(
      tx,
      series.dimensionCodes.filter((code) => !knownCodes.has(`${code.dimension}\u0000${code.code}`)),
    );
    const importId = await createImportBatch(tx, {
      kind: "file",
      format: plan.format,
      fileName: plan.fileName,
      contentHash: plan.contentHash,
    });
    await writeObservations(tx, toPublish, importId, { keepImported: false });
    await writePendingVersions(tx, toHold, importId);
    await setImportRowCount(tx, importId, toPublish.length + toHold.length);
    await bumpDataVersion(tx);
  });
}
