/**
 * The files of a folder to import as one: an Open SDG data repository (`data/*.csv` or
 * `data/*.xml`, with an SDMX structure message such as `SDG_DSD.KG_1.8.xml` beside it), or any
 * folder of data files. The structure message is told from data by its root element, not by its
 * name; a folder with two structure messages is refused rather than guessed at.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  binaryContainerOf,
  decodeUtf8,
  type FormatDiagnostic,
  formatDiagnostic,
  parseOpenSdgTranslations,
  readCsv,
} from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";
import { type CodeDictionary, openSdgDictionary } from "./code-dictionary.ts";
import type { ImportFile } from "./import-observations.ts";

/** Data files a folder import reads: CSV (any of the CSV formats), SDMX-ML, SDMX-JSON, XLSX. */
const dataExtensions = new Set([".csv", ".xml", ".json", ".xlsx"]);

/** An SDMX-ML structure message: its root element is `Structure` in any namespace prefix. */
function isStructureMessage(text: string): boolean {
  const root = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>]/.exec(
    text.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->/g, ""),
  );
  return root?.[1] === "Structure";
}

async function filesIn(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && dataExtensions.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(directory, entry.name))
    .sort();
}

/**
 * A file's text, refused with the byte where it breaks when it is not UTF-8 (a BOM is dropped);
 * a binary container (an .xlsx workbook, a legacy .xls) comes back as its bytes instead.
 */
export async function readImportFile(
  filePath: string,
  fileName = path.basename(filePath),
): Promise<ImportFile> {
  const bytes = new Uint8Array(await readFile(filePath));
  if (binaryContainerOf(bytes) !== undefined) return { fileName, text: "", bytes };
  const decoded = decodeUtf8(bytes, "import/encoding");
  if ("diagnostic" in decoded)
    throw new ServiceError(
      "import-invalid",
      `${fileName}: ${decoded.diagnostic.message}; nothing was imported`,
      {
        diagnostics: [{ ...decoded.diagnostic, file: fileName }],
      },
    );
  return { fileName, text: decoded.text.replace(/^\uFEFF/, "") };
}

export async function readImportFolder(
  directory: string,
): Promise<{ files: ImportFile[]; structure: ImportFile | undefined }> {
  const dataDirectory = path.join(directory, "data");
  const hasDataDirectory = await readdir(dataDirectory).then(
    () => true,
    () => false,
  );
  // In a repository, data live in data/ and the structure beside it; other top-level files
  // (metadata mappings, configuration) are not data.
  const dataFiles = await filesIn(hasDataDirectory ? dataDirectory : directory);
  const topLevel = hasDataDirectory
    ? (await filesIn(directory)).filter((file) => file.toLowerCase().endsWith(".xml"))
    : [];
  const files: ImportFile[] = [];
  const structures: ImportFile[] = [];
  for (const file of [...dataFiles, ...topLevel]) {
    const entry = await readImportFile(file, path.relative(directory, file));
    if (path.extname(file).toLowerCase() === ".xml" && isStructureMessage(entry.text)) structures.push(entry);
    else if (dataFiles.includes(file)) files.push(entry);
  }
  if (structures.length > 1)
    throw new ServiceError(
      "import-invalid",
      `${directory}: ${structures.length} SDMX structure messages (${structures.map((file) => file.fileName).join(", ")}); keep the one the data use`,
    );
  if (files.length === 0)
    throw new ServiceError(
      "import-invalid",
      `${directory}: no data files (.csv, .xml, .json or .xlsx) in it or in its data/ folder`,
    );
  return { files, structure: structures[0] };
}

/** Translation groups an import needs: code labels and indicator titles. */
const translationGroups = (name: string) =>
  /^[A-Z][A-Z0-9_]*$/.test(name) || name === "national_indicators" || name === "global_indicators";

/** The metadata side of an Open SDG repository: `meta/` and `indicator-config/` files, and every translation group. */
export interface OpenSdgRepositoryMetadata {
  readonly files: readonly ImportFile[];
  /** Language → translation group (file name without `.yml`) → key → text. */
  readonly translations: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, string>>>;
  /** Translation files only the metadata use that could not be read: their texts are missing. */
  readonly diagnostics: readonly (FormatDiagnostic & { file: string })[];
}

/**
 * An Open SDG data repository in CSV form (`data/indicator_<id>.csv` and `translations/`), as the
 * files of one import and the dictionary of its labels, with its indicator metadata
 * (`meta/<id>.yml|md`, `indicator-config/<id>.yml`). Each data file without a SERIES column is
 * one national series `<country>_<id>` (one per unit when the file mixes units). Null when the
 * folder is not such a repository.
 */
export async function readOpenSdgRepository(
  directory: string,
  country: string,
): Promise<{ files: ImportFile[]; dictionary: CodeDictionary; metadata: OpenSdgRepositoryMetadata } | null> {
  const translationsDirectory = path.join(directory, "translations");
  const dataDirectory = path.join(directory, "data");
  const languages = await readdir(translationsDirectory, { withFileTypes: true }).then(
    (entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    () => null,
  );
  const dataNames = await readdir(dataDirectory).then(
    (names) => names.filter((name) => /^indicator_.+\.csv$/i.test(name)).sort(),
    () => null,
  );
  if (languages === null || dataNames === null || dataNames.length === 0) return null;
  const translations = new Map<string, Map<string, ReadonlyMap<string, string>>>();
  const diagnostics: (FormatDiagnostic & { file: string })[] = [];
  for (const language of languages.sort())
    translations.set(
      language,
      await readTranslationGroups(path.join(translationsDirectory, language), language, diagnostics),
    );
  const labels = new Map(
    [...translations].map(([language, groups]) => [
      language,
      new Map([...groups].filter(([group]) => translationGroups(group))),
    ]),
  );
  const files: ImportFile[] = [];
  for (const name of dataNames) {
    const file = await readImportFile(path.join(dataDirectory, name), `data/${name}`);
    const id = name.replace(/^indicator_/i, "").replace(/\.csv$/i, "");
    files.push({ ...file, indicator: `${country}_${id}`, seriesPerUnit: mixesUnits(file.text) });
  }
  const metadataFiles: ImportFile[] = [];
  for (const folder of ["indicator-config", "meta"])
    for (const name of await readdir(path.join(directory, folder)).then(
      (names) => names.filter((entry) => /\.(ya?ml|md)$/i.test(entry)).sort(),
      () => [] as string[],
    ))
      metadataFiles.push(await readImportFile(path.join(directory, folder, name), `${folder}/${name}`));
  return {
    files,
    dictionary: openSdgDictionary(country, labels),
    metadata: { files: metadataFiles, translations, diagnostics },
  };
}

/**
 * A language's translation files. One the code labels need must be readable; one only metadata
 * use (e.g. `sources.yml`) is reported and read as empty, so its texts are missing, not the data.
 */
async function readTranslationGroups(
  directory: string,
  language: string,
  diagnostics: (FormatDiagnostic & { file: string })[],
): Promise<Map<string, ReadonlyMap<string, string>>> {
  const groups = new Map<string, ReadonlyMap<string, string>>();
  for (const name of (await readdir(directory)).sort()) {
    const group = name.replace(/\.ya?ml$/i, "");
    if (group === name) continue;
    const file = await readImportFile(path.join(directory, name), `translations/${language}/${name}`);
    const parsed = parseOpenSdgTranslations(file.text);
    const broken = parsed.diagnostics.find((diagnostic) => diagnostic.severity === "error");
    if (broken !== undefined && translationGroups(group))
      throw new ServiceError("import-invalid", formatDiagnostic(broken, file.fileName), {
        diagnostics: [{ ...broken, file: file.fileName }],
      });
    if (broken !== undefined)
      diagnostics.push({
        ...broken,
        severity: "warning",
        message: `${broken.message}; the metadata texts it holds are missing in ${language}`,
        file: file.fileName,
      });
    groups.set(group, broken === undefined ? parsed.labels : new Map());
  }
  return groups;
}

/**
 * Whether a series of the file (the file itself when it has no SERIES column) gives values in
 * more than one unit; then every unit is a series of its own.
 */
function mixesUnits(text: string): boolean {
  const records = readCsv(text).records;
  const header = records[0]?.cells.map((cell) => cell.trim()) ?? [];
  const series = header.indexOf("SERIES");
  const unit =
    header.indexOf("UNIT_MEASURE") === -1 ? header.indexOf("Units") : header.indexOf("UNIT_MEASURE");
  if (unit === -1) return false;
  const units = new Map<string, Set<string>>();
  for (const record of records.slice(1)) {
    const code = (record.cells[unit] ?? "").trim();
    if (code === "") continue;
    const key = series === -1 ? "" : (record.cells[series] ?? "").trim();
    units.set(key, (units.get(key) ?? new Set<string>()).add(code));
  }
  return [...units.values()].some((codes) => codes.size > 1);
}
