/**
 * The `.ini` folder index of pymrio < 0.4 (read only): `[systemtype] systemtype = …`,
 * `[meta] name = …`, `[files] <key> = <file>`, `<key>_nr_index_col = <int>`,
 * `<key>_nr_header = <int>`. configparser lower-cases keys, so `z` is read as `Z`.
 */
import { legacyMatrixKeys, type PymrioFileEntry, type PymrioFileParameters } from "./file-parameters.ts";
import { type PymrioDiagnostic, pymrioError } from "./pymrio-diagnostic.ts";

/** Matrix names pymrio uses, to restore their case from configparser's lower-cased keys. */
const knownMatrixKeys = [
  "Z",
  "Y",
  "A",
  "L",
  "x",
  "G",
  "B",
  "unit",
  "population",
  "F",
  "F_Y",
  "S",
  "S_Y",
  "M",
  "M_down",
  "D_cba",
  "D_pba",
  "D_imp",
  "D_exp",
  "D_cba_reg",
  "D_pba_reg",
  "D_imp_reg",
  "D_exp_reg",
  "D_cba_cap",
  "D_pba_cap",
  "D_imp_cap",
  "D_exp_cap",
];

export interface LegacyIni {
  readonly parameters: PymrioFileParameters;
  /** `[meta]` as given (the core's name and any other keys). */
  readonly meta: Readonly<Record<string, string>>;
}

export function parseLegacyIni(
  text: string,
  file: string,
): { ini: LegacyIni | undefined; diagnostics: PymrioDiagnostic[] } {
  const sections = new Map<string, Map<string, { value: string; line: number }>>();
  let current: Map<string, { value: string; line: number }> | undefined;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section !== null) {
      current = new Map();
      sections.set((section[1] ?? "").trim().toLowerCase(), current);
      continue;
    }
    const separator = line.search(/[=:]/);
    if (current === undefined || separator <= 0) {
      return failIni(`line ${index + 1} is neither a [section] nor a key = value pair`, file, index + 1);
    }
    current.set(line.slice(0, separator).trim(), {
      value: line.slice(separator + 1).trim(),
      line: index + 1,
    });
  }
  const systemType = sections.get("systemtype")?.get("systemtype")?.value;
  if (systemType !== "IOSystem" && systemType !== "Extension") {
    return failIni(
      `[systemtype] systemtype must be IOSystem or Extension (found ${systemType ?? "nothing"})`,
      file,
    );
  }
  const meta = Object.fromEntries(
    [...(sections.get("meta") ?? new Map()).entries()].map(([key, entry]) => [key, entry.value]),
  );
  const filesSection = sections.get("files");
  if (filesSection === undefined) return failIni("no [files] section", file);
  const files: PymrioFileEntry[] = [];
  for (const [key, entry] of filesSection) {
    if (/_nr_(index_col|header)$/i.test(key)) continue;
    const nrIndexCol = Number(filesSection.get(`${key}_nr_index_col`)?.value);
    const nrHeader = Number(filesSection.get(`${key}_nr_header`)?.value);
    if (!Number.isInteger(nrIndexCol) || nrIndexCol < 1 || !Number.isInteger(nrHeader) || nrHeader < 1) {
      return failIni(
        `[files] ${key} needs ${key}_nr_index_col and ${key}_nr_header (whole numbers ≥ 1)`,
        file,
        entry.line,
      );
    }
    files.push({ key: canonicalKey(key), name: entry.value, nrIndexCol, nrHeader });
  }
  const name = meta["name"];
  const parameters: PymrioFileParameters = {
    systemType,
    ...(systemType === "Extension" && name !== undefined ? { name } : {}),
    files,
  };
  return { ini: { parameters, meta }, diagnostics: [] };
}

function canonicalKey(key: string): string {
  const legacy = Object.entries(legacyMatrixKeys).find(([old]) => old.toLowerCase() === key.toLowerCase());
  if (legacy !== undefined) return legacy[1];
  return knownMatrixKeys.find((known) => known.toLowerCase() === key.toLowerCase()) ?? key;
}

function failIni(
  message: string,
  file: string,
  row?: number,
): { ini: undefined; diagnostics: PymrioDiagnostic[] } {
  return {
    ini: undefined,
    diagnostics: [pymrioError("pymrio/bad-ini", message, { file, ...(row === undefined ? {} : { row }) })],
  };
}
