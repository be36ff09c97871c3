/**
 * `file_parameters.json`, pymrio's index of a system folder: its type, an extension's display
 * name, and per matrix the file and its header shape (integers written as strings).
 */
import { type PymrioDiagnostic, pymrioError } from "./pymrio-diagnostic.ts";
import { toPythonJson } from "./python-json.ts";

export type PymrioSystemTypeName = "IOSystem" | "Extension";

export interface PymrioFileEntry {
  /** Matrix name (attribute of the pymrio object), legacy `FY` already read as `F_Y`. */
  readonly key: string;
  /** File name relative to the folder. */
  readonly name: string;
  readonly nrIndexCol: number;
  readonly nrHeader: number;
}

export interface PymrioFileParameters {
  readonly systemType: PymrioSystemTypeName;
  /** Display name; pymrio writes it for extensions only. */
  readonly name?: string;
  /** In file order. */
  readonly files: readonly PymrioFileEntry[];
}

/** Keys pymrio < 0.4 wrote that now have another name. */
export const legacyMatrixKeys: Readonly<Record<string, string>> = { FY: "F_Y", SY: "S_Y" };

export function parseFileParameters(
  text: string,
  file: string,
): { parameters: PymrioFileParameters | undefined; diagnostics: PymrioDiagnostic[] } {
  const fail = (message: string) => ({
    parameters: undefined,
    diagnostics: [pymrioError("pymrio/bad-file-parameters", message, { file })],
  });
  const content = parseJsonObject(text);
  if (typeof content === "string") return fail(content);
  const systemType = content["systemtype"];
  if (systemType !== "IOSystem" && systemType !== "Extension") {
    return fail(`"systemtype" must be "IOSystem" or "Extension" (found ${JSON.stringify(systemType)})`);
  }
  const files = content["files"];
  if (!isRecord(files))
    return fail(`"files" must be an object of matrix name → {name, nr_index_col, nr_header}`);
  const entries: PymrioFileEntry[] = [];
  for (const [key, entry] of Object.entries(files)) {
    if (!isRecord(entry) || typeof entry["name"] !== "string")
      return fail(`"files"."${key}" needs a "name" string`);
    const nrIndexCol = readCount(entry["nr_index_col"]);
    const nrHeader = readCount(entry["nr_header"]);
    if (nrIndexCol === undefined || nrHeader === undefined) {
      return fail(
        `"files"."${key}" needs "nr_index_col" and "nr_header" as whole numbers ≥ 1 (pymrio writes "2")`,
      );
    }
    entries.push({ key: legacyMatrixKeys[key] ?? key, name: entry["name"], nrIndexCol, nrHeader });
  }
  const name = content["name"];
  if (name !== undefined && typeof name !== "string") return fail(`"name" must be a string`);
  if (systemType === "Extension" && name === undefined) return fail(`an Extension needs a "name"`);
  return {
    parameters: { systemType, ...(name === undefined ? {} : { name }), files: entries },
    diagnostics: [],
  };
}

/** The JSON pymrio's `save` writes: `files` first, then `systemtype`, then `name`; indent 4. */
export function writeFileParameters(parameters: PymrioFileParameters): string {
  const files = Object.fromEntries(
    parameters.files.map((entry) => [
      entry.key,
      { name: entry.name, nr_index_col: String(entry.nrIndexCol), nr_header: String(entry.nrHeader) },
    ]),
  );
  return toPythonJson({
    files,
    systemtype: parameters.systemType,
    ...(parameters.name === undefined ? {} : { name: parameters.name }),
  });
}

/** A JSON object, or why the text is not one (the message pymrio's JSON files are refused with). */
export function parseJsonObject(text: string): Record<string, unknown> | string {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    return `not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  return isRecord(content) ? content : "must be a JSON object";
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** pymrio writes counts as strings and reads them with int(); a JSON number is accepted too. */
function readCount(value: unknown): number | undefined {
  const text =
    typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : undefined;
  if (text === undefined || !/^\+?\d+$/.test(text)) return undefined;
  const count = Number(text);
  return count >= 1 ? count : undefined;
}
