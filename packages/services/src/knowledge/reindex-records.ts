/**
 * Re-indexing: records whose search columns were made under older folding rules (formats'
 * `searchFoldVersion`) get them made again, without a new version of their content. Run when
 * the database opens, so that an upgraded app never searches with mixed rules.
 */
import {
  type AtlasDatabase,
  bumpDataVersion,
  findStaleSearchRecords,
  updateRecordSearchColumns,
} from "@circular-atlas/database";
import { searchFoldVersion } from "@circular-atlas/formats";
import type { ProgressCallback } from "../progress.ts";
import { toRecordInput } from "./record-dto.ts";
import { buildRecordSearchDocument } from "./record-search-document.ts";
import { readTaxonomy } from "./taxonomy.ts";

const batchSize = 500;

export async function reindexStaleRecords(options: {
  db: AtlasDatabase;
  onProgress?: ProgressCallback;
}): Promise<number> {
  const { db } = options;
  let reindexed = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const rows = await findStaleSearchRecords(tx, searchFoldVersion, batchSize);
      if (rows.length === 0) return 0;
      const taxonomy = await readTaxonomy(tx);
      for (const row of rows) {
        const document = buildRecordSearchDocument(toRecordInput(row, []), taxonomy);
        await updateRecordSearchColumns(tx, row.id, document.columns);
      }
      await bumpDataVersion(tx);
      return rows.length;
    });
    if (done === 0) return reindexed;
    reindexed += done;
    // The total is unknown until the last batch; report what is done so far.
    options.onProgress?.(reindexed, reindexed, "re-indexing records");
  }
}
