/**
 * A datahub.io World Bank data package: a folder with `datapackage.json` (the indicator's code in
 * `worldbank.indicator`, its World Bank name in `title`) and the `data.csv` it describes, in
 * datahub.io's long WDI shape. The data file names no indicator, so the package says which it is
 * and what the World Bank calls it (to register a code the observatory lacks). A folder of such
 * packages (datahub.io's `indicators/`, one folder per indicator) is imported as one.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ServiceError } from "../service-error.ts";
import type { ImportFile } from "./import-row-checks.ts";
import { readImportFile } from "./read-import-folder.ts";

interface DataPackage {
  readonly title?: unknown;
  readonly name?: unknown;
  readonly worldbank?: { readonly indicator?: unknown };
  readonly resources?: readonly { readonly path?: unknown }[];
}

/** The package's data file with its indicator, or null when the folder holds no World Bank package. */
export async function readWorldBankPackage(directory: string, prefix = ""): Promise<ImportFile | null> {
  const packageText = await readFile(path.join(directory, "datapackage.json"), "utf8").catch(() => null);
  if (packageText === null) return null;
  let description: DataPackage;
  try {
    description = JSON.parse(packageText) as DataPackage;
  } catch (error) {
    throw new ServiceError(
      "import-invalid",
      `${directory}/datapackage.json is not JSON: ${String(error)}`,
      {},
      {
        cause: error,
      },
    );
  }
  const code = description.worldbank?.indicator;
  if (typeof code !== "string" || code === "") return null;
  const dataPath = description.resources?.[0]?.path;
  const fileName = typeof dataPath === "string" ? dataPath : "data.csv";
  const file = await readImportFile(path.join(directory, fileName), `${prefix}${fileName}`);
  return {
    ...file,
    indicator: code,
    ...(typeof description.title === "string" && description.title !== ""
      ? { indicatorName: description.title }
      : {}),
  };
}

/**
 * The packages of a folder: the folder itself when it is one, else each sub-folder that is one
 * (in name order); null when there are none.
 */
export async function readWorldBankPackages(directory: string): Promise<ImportFile[] | null> {
  const own = await readWorldBankPackage(directory);
  if (own !== null) return [own];
  const entries = await readdir(directory, { withFileTypes: true });
  const files: ImportFile[] = [];
  for (const entry of entries
    .filter((item) => item.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = await readWorldBankPackage(path.join(directory, entry.name), `${entry.name}/`);
    if (file !== null) files.push(file);
  }
  return files.length === 0 ? null : files;
}
