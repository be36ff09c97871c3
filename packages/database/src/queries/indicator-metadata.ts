/** Indicator metadata per country: written whole per (indicator number, area), read by number. */
import { and, asc, inArray, sql } from "drizzle-orm";
import type { AtlasExecutor } from "../atlas-database.ts";
import { indicatorMetadata } from "../schema.ts";

export type IndicatorMetadataRow = typeof indicatorMetadata.$inferSelect;
export type NewIndicatorMetadata = Omit<typeof indicatorMetadata.$inferInsert, "updatedAt">;

/** Inserts or replaces each row; returns how many were new and how many replaced. */
export async function writeIndicatorMetadata(
  db: AtlasExecutor,
  rows: readonly NewIndicatorMetadata[],
): Promise<{ inserted: number; replaced: number }> {
  if (rows.length === 0) return { inserted: 0, replaced: 0 };
  const existing = await db
    .select({ indicatorNumber: indicatorMetadata.indicatorNumber, areaCode: indicatorMetadata.areaCode })
    .from(indicatorMetadata)
    .where(
      and(
        inArray(indicatorMetadata.indicatorNumber, [...new Set(rows.map((row) => row.indicatorNumber))]),
        inArray(indicatorMetadata.areaCode, [...new Set(rows.map((row) => row.areaCode))]),
      ),
    );
  const known = new Set(existing.map((row) => `${row.indicatorNumber}|${row.areaCode}`));
  const replaced = rows.filter((row) => known.has(`${row.indicatorNumber}|${row.areaCode}`)).length;
  for (let start = 0; start < rows.length; start += 500)
    await db
      .insert(indicatorMetadata)
      .values(rows.slice(start, start + 500).map((row) => ({ ...row })))
      .onConflictDoUpdate({
        target: [indicatorMetadata.indicatorNumber, indicatorMetadata.areaCode],
        set: {
          fields: sql`excluded.fields`,
          content: sql`excluded.content`,
          sourceFiles: sql`excluded.source_files`,
          importId: sql`excluded.import_id`,
          updatedAt: sql`now()`,
        },
      });
  return { inserted: rows.length - replaced, replaced };
}

export function findIndicatorMetadata(
  db: AtlasExecutor,
  indicatorNumbers: readonly string[],
): Promise<IndicatorMetadataRow[]> {
  if (indicatorNumbers.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(indicatorMetadata)
    .where(inArray(indicatorMetadata.indicatorNumber, [...indicatorNumbers]))
    .orderBy(asc(indicatorMetadata.indicatorNumber), asc(indicatorMetadata.areaCode));
}
