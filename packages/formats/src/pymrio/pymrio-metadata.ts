/**
 * `metadata.json` of a pymrio core system: description, name, system (pxp/ixi), version and the
 * history, newest first, each entry `"YYYYMMDD HH:MM:SS - FILEIO|MODIFICATION|NOTE -  text"`.
 */
import { parseJsonObject } from "./file-parameters.ts";
import { type PymrioDiagnostic, pymrioError } from "./pymrio-diagnostic.ts";
import { toPythonJson } from "./python-json.ts";

export interface PymrioMetadata {
  readonly description: string;
  readonly name: string;
  readonly system: string;
  readonly version: string;
  /** Newest first, as pymrio keeps it. */
  readonly history: readonly string[];
}

const textFields = ["description", "name", "system", "version"] as const;

export function parsePymrioMetadata(
  text: string,
  file: string,
): { metadata: PymrioMetadata | undefined; diagnostics: PymrioDiagnostic[] } {
  const fail = (message: string) => ({
    metadata: undefined,
    diagnostics: [pymrioError("pymrio/bad-metadata", message, { file })],
  });
  const content = parseJsonObject(text);
  if (typeof content === "string") return fail(content);
  const fields: Record<string, string> = {};
  for (const field of textFields) {
    const value = content[field] ?? "";
    // pymrio stores whatever was given; null and numbers (version 3) are read as text.
    if (value !== null && typeof value === "object") return fail(`"${field}" must be text`);
    fields[field] = value === null ? "" : String(value);
  }
  const history = content["history"] ?? [];
  if (!Array.isArray(history) || history.some((entry) => typeof entry !== "string")) {
    return fail(`"history" must be a list of strings`);
  }
  return {
    metadata: {
      description: fields["description"] ?? "",
      name: fields["name"] ?? "",
      system: fields["system"] ?? "",
      version: fields["version"] ?? "",
      history: history as string[],
    },
    diagnostics: [],
  };
}

/** As pymrio's `MRIOMetaData.save`: the five keys in this order, indent 4. */
export function writePymrioMetadata(metadata: PymrioMetadata): string {
  return toPythonJson({
    description: metadata.description,
    name: metadata.name,
    system: metadata.system,
    version: metadata.version,
    history: [...metadata.history],
  });
}
