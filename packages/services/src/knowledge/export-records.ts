/**
 * Exporting knowledge records as JSON or CSV in the import format, so an export imports back
 * unchanged. Only records the viewer may see are exported.
 */
import type { RecordTypeName } from "@circular-atlas/contracts";
import { type AtlasExecutor, listAllRecords, listRelations } from "@circular-atlas/database";
import { toRecordsCsv } from "@circular-atlas/formats";
import type { Actor } from "../accounts/actor.ts";
import { canSeeRecord } from "../accounts/permissions.ts";
import type { RecordFileFormat } from "./import-records.ts";
import { recordSnapshot } from "./persist-record.ts";
import { toRecordInput } from "./record-dto.ts";

export interface RecordExportFilter {
  readonly countries?: readonly string[];
  readonly types?: readonly RecordTypeName[];
}

export async function exportRecords(options: {
  db: AtlasExecutor;
  viewer: Actor | undefined;
  format: RecordFileFormat;
  filter?: RecordExportFilter;
}): Promise<{ text: string; count: number }> {
  const { countries, types } = options.filter ?? {};
  const rows = (await listAllRecords(options.db)).filter(
    (row) =>
      canSeeRecord(options.viewer, row) &&
      (countries === undefined ||
        countries.length === 0 ||
        row.countries.some((country) => countries.includes(country))) &&
      (types === undefined || types.length === 0 || types.includes(row.type as RecordTypeName)),
  );
  const relations = await listRelations(
    options.db,
    rows.map((row) => row.id),
  );
  const visible = new Set(rows.map((row) => row.id));
  const records = rows.map((row) => {
    const input = toRecordInput(
      row,
      relations.filter((relation) => relation.fromId === row.id && visible.has(relation.toId)),
    );
    return recordSnapshot(input, input.status ?? "draft");
  });
  const text = options.format === "csv" ? toRecordsCsv(records) : `${JSON.stringify(records, null, 2)}\n`;
  return { text, count: records.length };
}
