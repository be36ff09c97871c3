/**
 * A pymrio system as stored in a folder: the core tables, the metadata and one entry per
 * extension sub-folder, tables in file order.
 */
import type { LabelledMatrix, LabelledTextTable } from "./labelled-matrix.ts";
import type { PymrioMetadata } from "./pymrio-metadata.ts";

export type PymrioTable =
  | { readonly kind: "matrix"; readonly matrix: LabelledMatrix }
  | { readonly kind: "text"; readonly table: LabelledTextTable };

export interface PymrioExtension {
  /** Attribute name pymrio gives it: the folder name, non-word characters replaced by `_`. */
  readonly attributeName: string;
  /** Display name from file_parameters.json (or the `.ini`'s [meta] name). */
  readonly name: string;
  /** Matrix name (`F`, `F_Y`, `S`, `unit`, …) → table, in file order. */
  readonly tables: ReadonlyMap<string, PymrioTable>;
}

export interface PymrioSystem {
  /** Undefined for a legacy `.ini` folder or when metadata.json is absent. */
  readonly metadata: PymrioMetadata | undefined;
  /** `[meta]` of a legacy `.ini` core, empty otherwise. */
  readonly legacyMeta: Readonly<Record<string, string>>;
  /** Matrix name (`Z`, `Y`, `x`, `A`, `unit`, `population`, …) → table, in file order. */
  readonly tables: ReadonlyMap<string, PymrioTable>;
  readonly extensions: readonly PymrioExtension[];
}

/** pymrio's `clean`: `re.sub(r"\W|^(?=\d)", "_", name)`, so `air emissions` is `air_emissions`. */
export function toPymrioAttributeName(folderName: string): string {
  return folderName.replace(/[^\p{L}\p{N}\p{M}_]/gu, "_").replace(/^(?=\p{N})/u, "_");
}

/** Tables holding text, not numbers. */
export function isTextTable(key: string): boolean {
  return key === "unit";
}
