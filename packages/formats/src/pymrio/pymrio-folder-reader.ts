/**
 * Reads a pymrio system folder given as text keyed by relative path: `file_parameters.json` (or a
 * legacy `.ini`) at the top, `metadata.json`, one table per matrix, extension sub-folders. Never
 * throws on bad data: every finding is a diagnostic naming the file, line and column.
 */
import { type PymrioFileParameters, parseFileParameters } from "./file-parameters.ts";
import { parseLegacyIni } from "./legacy-ini.ts";
import { type PymrioDiagnostic, pymrioError } from "./pymrio-diagnostic.ts";
import { checkPymrioLabels, type LocatedTable } from "./pymrio-label-check.ts";
import { type PymrioMetadata, parsePymrioMetadata } from "./pymrio-metadata.ts";
import {
  isTextTable,
  type PymrioExtension,
  type PymrioSystem,
  type PymrioTable,
  toPymrioAttributeName,
} from "./pymrio-system.ts";
import { readPymrioTable, readPymrioTextTable } from "./pymrio-table-reader.ts";

export interface PymrioFolderOptions {
  /** Only these matrices (pymrio's subset loading); all when absent. */
  readonly matrices?: readonly string[];
  /** False skips A, L and Z, as pymrio's `include_core=False`. Default true. */
  readonly includeCore?: boolean;
}

export interface PymrioFolderResult {
  readonly system: PymrioSystem | undefined;
  readonly diagnostics: PymrioDiagnostic[];
}

export function readPymrioFolder(
  files: Readonly<Record<string, string>>,
  options: PymrioFolderOptions = {},
): PymrioFolderResult {
  const diagnostics: PymrioDiagnostic[] = [];
  const root = findRoot(files);
  if (root === undefined) {
    diagnostics.push(
      pymrioError(
        "pymrio/no-system",
        "no file_parameters.json (or legacy .ini) at the top of the folder",
        {},
      ),
    );
    return { system: undefined, diagnostics };
  }
  const core = readIndex(files, root, diagnostics);
  if (core === undefined) return { system: undefined, diagnostics };
  if (core.parameters.systemType !== "IOSystem") {
    diagnostics.push(
      pymrioError(
        "pymrio/no-system",
        "the top file_parameters.json describes an Extension, not an IOSystem",
        { file: core.file },
      ),
    );
    return { system: undefined, diagnostics };
  }
  const coreTables = readTables(files, root, core.parameters, options, diagnostics);
  const extensions: PymrioExtension[] = [];
  const extensionTables: { attributeName: string; tables: LocatedTable[] }[] = [];
  for (const folder of subFolders(files, root)) {
    const index = readIndex(files, `${root}${folder}/`, diagnostics);
    if (index === undefined) continue;
    const tables = readTables(files, `${root}${folder}/`, index.parameters, options, diagnostics);
    const attributeName = toPymrioAttributeName(folder);
    extensions.push({ attributeName, name: index.parameters.name ?? folder, tables: toTableMap(tables) });
    extensionTables.push({ attributeName, tables });
  }
  diagnostics.push(...checkPymrioLabels(coreTables, extensionTables));
  const metadata = core.kind === "json" ? readMetadata(files, root, diagnostics) : undefined;
  return {
    system: { metadata, legacyMeta: core.legacyMeta, tables: toTableMap(coreTables), extensions },
    diagnostics,
  };
}

interface FolderIndex {
  readonly kind: "json" | "ini";
  readonly file: string;
  readonly parameters: PymrioFileParameters;
  readonly legacyMeta: Readonly<Record<string, string>>;
}

/** The shallowest folder with a file_parameters.json or .ini (a zip may wrap the system in a folder). */
function findRoot(files: Readonly<Record<string, string>>): string | undefined {
  const candidates = Object.keys(files)
    .filter((path) => /(^|\/)file_parameters\.json$/.test(path) || /\.ini$/i.test(path))
    .map((path) => path.slice(0, path.lastIndexOf("/") + 1))
    .sort((left, right) => left.split("/").length - right.split("/").length);
  return candidates[0];
}

function readIndex(
  files: Readonly<Record<string, string>>,
  folder: string,
  diagnostics: PymrioDiagnostic[],
): FolderIndex | undefined {
  const jsonFile = `${folder}file_parameters.json`;
  const jsonText = files[jsonFile];
  if (jsonText !== undefined) {
    const { parameters, diagnostics: found } = parseFileParameters(jsonText, jsonFile);
    diagnostics.push(...found);
    return parameters === undefined
      ? undefined
      : { kind: "json", file: jsonFile, parameters, legacyMeta: {} };
  }
  const iniFile = Object.keys(files).find(
    (path) => path.startsWith(folder) && !path.slice(folder.length).includes("/") && /\.ini$/i.test(path),
  );
  if (iniFile === undefined) return undefined;
  const { ini, diagnostics: found } = parseLegacyIni(files[iniFile] ?? "", iniFile);
  diagnostics.push(...found);
  return ini === undefined
    ? undefined
    : { kind: "ini", file: iniFile, parameters: ini.parameters, legacyMeta: ini.meta };
}

/** Direct sub-folders, in name order (pymrio lists them with iterdir, in file-system order). */
function subFolders(files: Readonly<Record<string, string>>, root: string): string[] {
  const folders = new Set<string>();
  for (const path of Object.keys(files)) {
    if (!path.startsWith(root)) continue;
    const parts = path.slice(root.length).split("/");
    if (parts.length === 2 && parts[0] !== undefined) folders.add(parts[0]);
  }
  return [...folders].sort();
}

function readTables(
  files: Readonly<Record<string, string>>,
  folder: string,
  parameters: PymrioFileParameters,
  options: PymrioFolderOptions,
  diagnostics: PymrioDiagnostic[],
): LocatedTable[] {
  const tables: LocatedTable[] = [];
  for (const entry of parameters.files) {
    if (options.matrices !== undefined && !options.matrices.includes(entry.key)) continue;
    if (options.includeCore === false && ["A", "L", "Z"].includes(entry.key)) continue;
    const file = `${folder}${entry.name}`;
    const text = files[file];
    if (text === undefined) {
      diagnostics.push(
        pymrioError(
          "pymrio/missing-file",
          `${entry.key} is listed in file_parameters but ${entry.name} is absent`,
          { file },
        ),
      );
      continue;
    }
    if (!/\.(txt|tsv|csv|text)$/i.test(entry.name)) {
      diagnostics.push(
        pymrioError(
          "pymrio/unsupported-table-format",
          `${entry.name}: only pymrio's text tables are read (not pickle or parquet)`,
          { file },
        ),
      );
      continue;
    }
    const shape = { file, nrHeader: entry.nrHeader, nrIndexCol: entry.nrIndexCol };
    if (isTextTable(entry.key)) {
      const result = readPymrioTextTable(text, shape);
      diagnostics.push(...result.diagnostics);
      if (result.table !== undefined)
        tables.push({
          key: entry.key,
          ...shape,
          rowLines: result.rowLines,
          table: { kind: "text", table: result.table },
        });
    } else {
      const result = readPymrioTable(text, shape);
      diagnostics.push(...result.diagnostics);
      if (result.table !== undefined)
        tables.push({
          key: entry.key,
          ...shape,
          rowLines: result.rowLines,
          table: { kind: "matrix", matrix: result.table },
        });
    }
  }
  return tables;
}

function readMetadata(
  files: Readonly<Record<string, string>>,
  root: string,
  diagnostics: PymrioDiagnostic[],
): PymrioMetadata | undefined {
  const file = `${root}metadata.json`;
  const text = files[file];
  if (text === undefined) return undefined;
  const { metadata, diagnostics: found } = parsePymrioMetadata(text, file);
  diagnostics.push(...found);
  return metadata;
}

function toTableMap(tables: readonly LocatedTable[]): ReadonlyMap<string, PymrioTable> {
  return new Map(tables.map((located) => [located.key, located.table]));
}
