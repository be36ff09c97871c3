/**
 * An Open SDG repository's indicator metadata as the observatory stores it: one record per
 * indicator number and country, each field in every language the repository translates it into
 * (a field a language leaves empty is missing there, never filled from another language). The
 * indicator's configuration (`indicator-config/<id>.yml`) and metadata (`meta/<id>.yml|md`) are
 * merged as Open SDG merges them, the metadata file winning where both name a field.
 */
import type { LocalizedText } from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  bumpDataVersion,
  findIndicatorMetadata,
  type IndicatorMetadataRow,
  type NewIndicatorMetadata,
  writeIndicatorMetadata,
} from "@circular-atlas/database";
import {
  type FormatDiagnostic,
  formatDiagnostic,
  localiseOpenSdgMetadata,
  type OpenSdgMetadataValue,
  parseOpenSdgMetadata,
} from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";
import type { OpenSdgRepositoryMetadata } from "./read-import-folder.ts";

export interface IndicatorMetadataReport {
  /** Indicator numbers with metadata, in order. */
  readonly indicators: readonly string[];
  readonly inserted: number;
  readonly replaced: number;
  readonly warnings: readonly (FormatDiagnostic & { file: string })[];
}

/** `12-4-2` → `12.4.2`, the number as SDG metadata writes it. */
export function indicatorNumberOf(openSdgId: string): string {
  return openSdgId.replaceAll("-", ".");
}

export function repositoryMetadataRecords(
  metadata: OpenSdgRepositoryMetadata,
  areaCode: string,
): { records: NewIndicatorMetadata[]; diagnostics: (FormatDiagnostic & { file: string })[] } {
  const diagnostics: (FormatDiagnostic & { file: string })[] = [...metadata.diagnostics];
  const byIndicator = new Map<
    string,
    { fields: Map<string, OpenSdgMetadataValue>; content: string | null; files: string[] }
  >();
  // indicator-config/ is read first, so meta/ overrides it field by field.
  for (const file of metadata.files) {
    const parsed = parseOpenSdgMetadata(file.text, { fileName: file.fileName });
    for (const diagnostic of parsed.diagnostics) diagnostics.push({ ...diagnostic, file: file.fileName });
    if (parsed.indicatorId === null) {
      diagnostics.push({
        code: "open-sdg/metadata-name",
        severity: "warning",
        message: "the file name carries no indicator number (meta/<id>.yml); it is not read",
        file: file.fileName,
      });
      continue;
    }
    const entry = byIndicator.get(parsed.indicatorId) ?? {
      fields: new Map<string, OpenSdgMetadataValue>(),
      content: null,
      files: [] as string[],
    };
    for (const [name, value] of parsed.fields) entry.fields.set(name, value);
    if (parsed.content !== null && parsed.content !== "") entry.content = parsed.content;
    entry.files.push(file.fileName);
    byIndicator.set(parsed.indicatorId, entry);
  }
  const records: NewIndicatorMetadata[] = [];
  for (const [id, entry] of [...byIndicator].sort(([a], [b]) =>
    a.localeCompare(b, "en", { numeric: true }),
  )) {
    const fields: Record<string, LocalizedText> = {};
    for (const [language, groups] of metadata.translations) {
      const localised = localiseOpenSdgMetadata(entry.fields, new Set(groups.keys()), (group, key) =>
        groups.get(group)?.get(key),
      );
      for (const [name, text] of localised) fields[name] = { ...fields[name], [language]: text };
    }
    records.push({
      indicatorNumber: indicatorNumberOf(id),
      areaCode,
      fields,
      // Open SDG page content is written once, in the site's default language.
      content: entry.content === null ? {} : { und: entry.content },
      sourceFiles: entry.files,
    });
  }
  return { records, diagnostics };
}

/**
 * Stores the repository's metadata for one country, replacing what an earlier import stored for
 * the same indicators; with `dryRun`, only counts. An unreadable file stops everything.
 */
export async function importIndicatorMetadata(options: {
  db: AtlasDatabase;
  metadata: OpenSdgRepositoryMetadata;
  areaCode: string;
  dryRun?: boolean;
}): Promise<IndicatorMetadataReport> {
  const { records, diagnostics } = repositoryMetadataRecords(options.metadata, options.areaCode);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length > 0)
    throw new ServiceError(
      "import-invalid",
      `${errors.length} metadata file(s) could not be read, nothing was imported:\n${errors
        .map((error) => `  ${formatDiagnostic(error, error.file)}`)
        .join("\n")}`,
      { diagnostics: errors },
    );
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity !== "error");
  const indicators = records.map((record) => record.indicatorNumber);
  if (options.dryRun === true) {
    const existing = new Set(
      (await findIndicatorMetadata(options.db, indicators))
        .filter((row) => row.areaCode === options.areaCode)
        .map((row) => row.indicatorNumber),
    );
    const replaced = indicators.filter((number) => existing.has(number)).length;
    return { indicators, inserted: indicators.length - replaced, replaced, warnings };
  }
  const counts = await options.db.transaction(async (tx) => {
    const written = await writeIndicatorMetadata(tx, records);
    // Cached answers (the indicator's metadata route) are keyed by the data version.
    await bumpDataVersion(tx);
    return written;
  });
  return { indicators, ...counts, warnings };
}

export type { IndicatorMetadataRow };
