/**
 * Writes a pymrio system as pymrio's `save_all(table_format="txt")` does: file_parameters.json
 * and metadata.json at the top, `<matrix>.txt` per table, each extension in a sub-folder named
 * after its attribute. Returns relative path → text; the caller does the IO.
 */
import { type PymrioFileEntry, writeFileParameters } from "./file-parameters.ts";
import { writePymrioMetadata } from "./pymrio-metadata.ts";
import type { PymrioSystem, PymrioTable } from "./pymrio-system.ts";
import { nrHeaderOf, nrIndexColOf, writePymrioTable, writePymrioTextTable } from "./pymrio-table-writer.ts";

export function writePymrioFolder(system: PymrioSystem): Record<string, string> {
  const files: Record<string, string> = {};
  writeTables(files, "", system.tables, undefined);
  if (system.metadata !== undefined) files["metadata.json"] = writePymrioMetadata(system.metadata);
  for (const extension of system.extensions) {
    writeTables(files, `${extension.attributeName}/`, extension.tables, extension.name);
  }
  return files;
}

function writeTables(
  files: Record<string, string>,
  folder: string,
  tables: ReadonlyMap<string, PymrioTable>,
  extensionName: string | undefined,
): void {
  const entries: PymrioFileEntry[] = [];
  for (const [key, table] of tables) {
    const frame = table.kind === "matrix" ? table.matrix : table.table;
    const name = `${key}.txt`;
    entries.push({ key, name, nrIndexCol: nrIndexColOf(frame), nrHeader: nrHeaderOf(frame) });
    files[`${folder}${name}`] =
      table.kind === "matrix" ? writePymrioTable(table.matrix) : writePymrioTextTable(table.table);
  }
  files[`${folder}file_parameters.json`] = writeFileParameters(
    extensionName === undefined
      ? { systemType: "IOSystem", files: entries }
      : { systemType: "Extension", name: extensionName, files: entries },
  );
}
