/**
 * Open SDG indicator metadata (`meta/<id>.yml`, or `meta/<id>.md` with YAML front matter and a
 * Markdown body): the SDG metadata fields a national platform keeps per indicator
 * (`computation_definitions`, `source_organisation_1`, `un_custodian_agency`, …). Values are often
 * translation keys (`computation_definitions.12-4-2` names the key `12-4-2` of
 * `translations/<lang>/computation_definitions.yml`); `localiseOpenSdgMetadata` resolves them per
 * language, leaving a field missing where a language has no text, never guessing.
 */
import { parseDocument } from "yaml";
import type { FormatDiagnostic } from "./diagnostic.ts";
import { openSdgIndicatorId } from "./open-sdg-csv.ts";

export type OpenSdgMetadataValue = string | number | boolean | null | readonly (string | number | boolean)[];

export interface OpenSdgMetadata {
  /** `12-4-2` from `meta/12-4-2.yml`; null when the file name carries none. */
  readonly indicatorId: string | null;
  readonly fields: ReadonlyMap<string, OpenSdgMetadataValue>;
  /** The Markdown body of a `.md` metadata file (Open SDG shows it as the page content). */
  readonly content: string | null;
  readonly diagnostics: FormatDiagnostic[];
}

/** `12-4-2` from `meta/12-4-2.yml` or `.md`. */
export function openSdgMetadataId(fileName: string): string | null {
  const match = /(?:^|\/)([0-9]+(?:-[0-9a-z]+)+)\.(?:ya?ml|md)$/i.exec(fileName);
  return match?.[1] ?? openSdgIndicatorId(fileName);
}

export function parseOpenSdgMetadata(text: string, options: { fileName?: string } = {}): OpenSdgMetadata {
  const indicatorId = options.fileName === undefined ? null : openSdgMetadataId(options.fileName);
  const diagnostics: FormatDiagnostic[] = [];
  const fields = new Map<string, OpenSdgMetadataValue>();
  const source = text.replace(/^\uFEFF/, "");
  const markdown = options.fileName?.toLowerCase().endsWith(".md") === true;
  const split = markdown ? splitFrontMatter(source) : { yaml: source, content: null, yamlFirstLine: 1 };
  if (split === null) {
    diagnostics.push({
      code: "open-sdg/bad-metadata",
      severity: "error",
      message: "a Markdown metadata file must start with YAML front matter between two --- lines",
      row: 1,
    });
    return { indicatorId, fields, content: null, diagnostics };
  }
  const document = readYamlMapping(split.yaml, split.yamlFirstLine, diagnostics);
  if (document !== undefined)
    for (const [name, value] of Object.entries(document)) {
      const read = metadataValue(value);
      if (read === undefined)
        diagnostics.push({
          code: "open-sdg/bad-metadata-field",
          severity: "warning",
          message: `${name}: a nested map is not a metadata value; it is ignored`,
        });
      else fields.set(name, read);
    }
  return { indicatorId, fields, content: split.content, diagnostics };
}

function splitFrontMatter(text: string): { yaml: string; content: string; yamlFirstLine: number } | null {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (match === null) return null;
  return { yaml: match[1] ?? "", content: text.slice(match[0].length).trim(), yamlFirstLine: 2 };
}

function readYamlMapping(
  yaml: string,
  firstLine: number,
  diagnostics: FormatDiagnostic[],
): Record<string, unknown> | undefined {
  const parsed = parseDocument(yaml);
  const problem = parsed.errors[0] ?? parsed.warnings[0];
  if (problem !== undefined) {
    const line = problem.linePos?.[0];
    diagnostics.push({
      code: "open-sdg/bad-metadata",
      severity: "error",
      message: `not valid YAML: ${problem.message.split("\n")[0]}`,
      ...(line === undefined ? {} : { row: line.line + firstLine - 1, column: line.col }),
    });
    return undefined;
  }
  let value: unknown;
  try {
    value = parsed.toJS({ maxAliasCount: 100 });
  } catch (error) {
    diagnostics.push({
      code: "open-sdg/bad-metadata",
      severity: "error",
      message: `not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    });
    return undefined;
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    diagnostics.push({
      code: "open-sdg/bad-metadata",
      severity: "error",
      message: "the metadata must be a map of field: value",
      row: firstLine,
    });
    return undefined;
  }
  return value as Record<string, unknown>;
}

function metadataValue(value: unknown): OpenSdgMetadataValue | undefined {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  // YAML reads an unquoted date (2021-03-01) as a Date; keep the date as written.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const items = value.filter(
      (item): item is string | number | boolean =>
        typeof item === "string" || typeof item === "number" || typeof item === "boolean",
    );
    return items.length === value.length ? items : undefined;
  }
  return undefined;
}

/**
 * The metadata in one language: translation keys (`<group>.<key>` where `<group>` is a
 * translation file of the repository) become that language's text, other text stays as written,
 * numbers and booleans become text. A field whose text is empty or untranslated in this language
 * is left out, so the caller shows it as missing.
 */
export function localiseOpenSdgMetadata(
  fields: ReadonlyMap<string, OpenSdgMetadataValue>,
  translationGroups: ReadonlySet<string>,
  translate: (group: string, key: string) => string | undefined,
): Map<string, string> {
  const localised = new Map<string, string>();
  const text = (value: string | number | boolean): string | undefined => {
    if (typeof value !== "string") return String(value);
    const trimmed = value.trim();
    const dot = trimmed.indexOf(".");
    if (dot > 0 && translationGroups.has(trimmed.slice(0, dot)))
      return translate(trimmed.slice(0, dot), trimmed.slice(dot + 1))?.trim() || undefined;
    return trimmed === "" ? undefined : trimmed;
  };
  for (const [name, value] of fields) {
    if (value === null) continue;
    const resolved = Array.isArray(value)
      ? value
          .map(text)
          .filter((item): item is string => item !== undefined)
          .join("; ") || undefined
      : text(value as string | number | boolean);
    if (resolved !== undefined) localised.set(name, resolved);
  }
  return localised;
}
