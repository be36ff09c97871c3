/**
 * A datahub.io World Bank data package: a folder with `datapackage.json` (the indicator's code in
 * `worldbank.indicator`, its World Bank name in `title`) and the `data.csv` it describes, in
 * datahub.io's long WDI shape. The data file names no indicator, so the package says which it is
 * and what the World Bank calls it (to register a code the observatory lacks).
 */
import { readFile } from "node:fs/promises";
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
export async function readWorldBankPackage(directory: string): Promise<ImportFile | null> {
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
  const file = await readImportFile(path.join(directory, fileName), fileName);
  return {
    ...file,
    indicator: code,
    ...(typeof description.title === "string" && description.title !== ""
      ? { indicatorName: description.title }
      : {}),
  };
}
