/**
 * The files of a folder to import as one: an Open SDG data repository (`data/*.csv` or
 * `data/*.xml`, with an SDMX structure message such as `SDG_DSD.KG_1.8.xml` beside it), or any
 * folder of data files. The structure message is told from data by its root element, not by its
 * name; a folder with two structure messages is refused rather than guessed at.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { decodeUtf8 } from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";
import type { ImportFile } from "./import-observations.ts";

const dataExtensions = new Set([".csv", ".xml"]);

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

/** A file's text, refused with the byte where it breaks when it is not UTF-8 (a BOM is dropped). */
export async function readImportFile(
  filePath: string,
  fileName = path.basename(filePath),
): Promise<ImportFile> {
  const decoded = decodeUtf8(await readFile(filePath), "import/encoding");
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
      `${directory}: no data files (.csv or .xml) in it or in its data/ folder`,
    );
  return { files, structure: structures[0] };
}
