/**
 * Writes a checked import in one transaction: the sources, series, breakdown names and areas it
 * brings, the batch, the published rows and the held ones (pending versions with their flags).
 * Rows leave the compact store as objects a batch at a time.
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
import { type ClassifiedRows, classifiedGroups, flagsOf, RowOutcome } from "./classify-import-rows.ts";
import type { ImportFormatName } from "./import-report.ts";
import type { ResolvedRowStore } from "./resolved-row-store.ts";
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
  readonly store: ResolvedRowStore;
  /** Store indexes of the valid rows. */
  readonly valid: readonly number[];
  /** What the checks found; the rows are classified again inside the transaction to be written. */
  readonly classified: ClassifiedRows;
}

/** Rows written at a time (at least: a group of one indicator and area is written whole). */
const writeBatch = 5_000;

export async function writeImport(db: AtlasDatabase, plan: ImportPlan): Promise<void> {
  const { catalogue, series, addedDimensions, store, classified } = plan;
  const toWrite = plan.valid.filter((index) => classified.outcomes[index] !== RowOutcome.Unchanged);
  const written = new Set(toWrite.map((index) => store.indicator(index)));
  const areasUsed = new Set(toWrite.map((index) => store.area(index)));
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
    let toPublish: NewObservation[] = [];
    let toHold: PendingWrite[] = [];
    let rowCount = 0;
    const flush = async () => {
      await writeObservations(tx, toPublish, importId, { keepImported: false });
      await writePendingVersions(tx, toHold, importId);
      rowCount += toPublish.length + toHold.length;
      toPublish = [];
      toHold = [];
    };
    for await (const group of classifiedGroups(tx, store, plan.valid, catalogue.indicatorsByCode)) {
      for (const { row, outcome, findings } of group)
        if (outcome === RowOutcome.Hold)
          toHold.push({ observation: row.observation, flags: flagsOf(findings) });
        else if (outcome !== RowOutcome.Unchanged) toPublish.push(row.observation);
      if (toPublish.length + toHold.length >= writeBatch) await flush();
    }
    await flush();
    await setImportRowCount(tx, importId, rowCount);
    await bumpDataVersion(tx);
  });
}
