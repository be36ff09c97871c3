/** Database rows of records turned into the contracts' DTOs, and back into inputs. */
import type {
  KnowledgeRecord,
  ParsedRecordInput,
  RecordDetails,
  RecordStatusName,
  RecordSummary,
  RecordTypeName,
  RelationKindName,
} from "@circular-atlas/contracts";
import type { RecordContent, RecordRow, RelationRow } from "@circular-atlas/database";
import type { RecordPermissionName } from "../accounts/permissions.ts";

export function toRecordSummary(row: RecordRow): RecordSummary {
  return {
    id: row.id,
    type: row.type as RecordTypeName,
    status: row.status as RecordStatusName,
    originalLanguage: row.originalLanguage,
    titles: Object.fromEntries(Object.entries(row.texts).map(([language, text]) => [language, text.title])),
  };
}

export function toRecordDto(
  row: RecordRow,
  options: {
    relations: readonly RelationRow[];
    /** Related records the viewer may see; relations to others are left out. */
    related: ReadonlyMap<string, RecordRow>;
    allowedActions: readonly RecordPermissionName[];
  },
): KnowledgeRecord {
  const relations = options.relations.flatMap((relation) => {
    const outgoing = relation.fromId === row.id;
    const other = options.related.get(outgoing ? relation.toId : relation.fromId);
    if (other === undefined) return [];
    return [
      {
        kind: relation.kind as RelationKindName,
        direction: outgoing ? ("outgoing" as const) : ("incoming" as const),
        record: toRecordSummary(other),
      },
    ];
  });
  return {
    id: row.id,
    type: row.type as RecordTypeName,
    status: row.status as RecordStatusName,
    originalLanguage: row.originalLanguage,
    texts: Object.fromEntries(
      Object.entries(row.texts).map(([language, text]) => [
        language,
        { ...text, translated: text.translated },
      ]),
    ),
    countries: row.countries,
    subnationalArea: row.subnationalArea,
    sectors: row.sectors,
    strategies: row.strategies,
    themes: row.themes,
    sdgTargets: row.sdgTargets,
    year: row.year,
    details: row.details as RecordDetails,
    location:
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: row.latitude, longitude: row.longitude },
    justTransition: row.justTransition,
    sources: row.sources,
    relations,
    version: row.version,
    origin: row.origin,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    allowedActions: [...options.allowedActions],
  };
}

/** The record's content as an input again (exports, version snapshots). */
export function toRecordInput(row: RecordRow, relations: readonly RelationRow[]): ParsedRecordInput {
  return {
    id: row.id,
    type: row.type as RecordTypeName,
    status: row.status as RecordStatusName,
    originalLanguage: row.originalLanguage,
    texts: row.texts,
    countries: row.countries,
    subnationalArea: row.subnationalArea,
    sectors: row.sectors,
    strategies: row.strategies,
    themes: row.themes,
    sdgTargets: row.sdgTargets,
    year: row.year,
    details: row.details as RecordDetails,
    location:
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: row.latitude, longitude: row.longitude },
    justTransition: row.justTransition,
    sources: row.sources,
    relations: relations
      .filter((relation) => relation.fromId === row.id)
      .map((relation) => ({ kind: relation.kind as RelationKindName, to: relation.toId })),
    version: row.version,
  };
}

/** The columns a parsed input fills. */
export function toRecordContent(
  input: ParsedRecordInput,
  fields: Pick<
    RecordContent,
    "id" | "status" | "version" | "origin" | "createdBy" | "updatedBy" | "publishedAt"
  >,
): RecordContent {
  return {
    ...fields,
    type: input.type,
    originalLanguage: input.originalLanguage,
    texts: input.texts,
    countries: input.countries,
    subnationalArea: input.subnationalArea,
    sectors: input.sectors,
    strategies: input.strategies,
    themes: input.themes,
    sdgTargets: input.sdgTargets,
    year: input.year,
    details: input.details,
    latitude: input.location?.latitude ?? null,
    longitude: input.location?.longitude ?? null,
    justTransition: input.justTransition,
    sources: input.sources,
  };
}
