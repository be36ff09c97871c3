/**
 * The composite index's input files: iData and iMeta as CSV, pipeline.json, and weight sets as
 * CSV. Problems name the file and the line (or the JSON path), so a reviewer scripting the CLI
 * can fix the input without reading code.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { CellTable } from "@circular-atlas/engines";
import { formatDiagnostic, readCsv } from "@circular-atlas/formats";
import { ServiceError } from "../service-error.ts";

/** A CSV file's cells, with the file line each row starts on (blank lines are skipped). */
export interface CellTableFile extends CellTable {
  readonly fileName: string;
  readonly lines: readonly number[];
}

/** Reads a CSV file into a header and string cells; quoting errors and ragged rows are refused. */
export async function readCellTableFile(filePath: string, label: string): Promise<CellTableFile> {
  const fileName = path.basename(filePath);
  return { ...parseCellTable(await readFile(filePath, "utf8"), `${label} ${fileName}`), fileName };
}

export function parseCellTable(
  text: string,
  label: string,
): CellTable & { readonly lines: readonly number[] } {
  const { records, diagnostics } = readCsv(text);
  const problem = diagnostics[0];
  if (problem !== undefined) throw new ServiceError("validation-failed", formatDiagnostic(problem, label));
  const nonBlank = records.filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  const [head, ...body] = nonBlank;
  if (head === undefined)
    throw new ServiceError("validation-failed", `${label}: the file holds no header row`);
  const header = head.cells.map((cell) => cell.trim());
  for (const record of body)
    if (record.cells.length !== header.length)
      throw new ServiceError(
        "validation-failed",
        `${label}, line ${record.line}: ${record.cells.length} cells where the header has ${header.length}`,
      );
  return {
    header,
    rows: body.map((record) => record.cells.map((cell) => cell.trim())),
    lines: body.map((record) => record.line),
  };
}

/** Reads a JSON file; a syntax error names the file and JSON's own message. */
export async function readJsonFile(filePath: string, label: string): Promise<unknown> {
  const text = await readFile(filePath, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ServiceError(
      "validation-failed",
      `${label} ${path.basename(filePath)}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** A weight set CSV (`iCode,Weight`) as an object iCode → weight. */
export async function readWeightSetFile(filePath: string): Promise<Record<string, number>> {
  const table = await readCellTableFile(filePath, "weight set");
  const label = `weight set ${path.basename(filePath)}`;
  const code = columnOf(table, "iCode", label);
  const weight = columnOf(table, "Weight", label);
  const weights: Record<string, number> = {};
  table.rows.forEach((row, index) => {
    const iCode = String(row[code] ?? "");
    weights[iCode] = weightCell(row[weight], `${label}, row ${index + 1} (Weight)`);
  });
  return weights;
}

/** Several weight sets in one CSV (`set,iCode,Weight`), by set name in the order first seen. */
export async function readWeightSetsFile(filePath: string): Promise<Record<string, Record<string, number>>> {
  const table = await readCellTableFile(filePath, "weight sets");
  const label = `weight sets ${path.basename(filePath)}`;
  const set = columnOf(table, "set", label);
  const code = columnOf(table, "iCode", label);
  const weight = columnOf(table, "Weight", label);
  const sets: Record<string, Record<string, number>> = {};
  table.rows.forEach((row, index) => {
    const name = String(row[set] ?? "");
    if (name === "")
      throw new ServiceError("validation-failed", `${label}, row ${index + 1} (set): empty set name`);
    sets[name] ??= {};
    sets[name][String(row[code] ?? "")] = weightCell(row[weight], `${label}, row ${index + 1} (Weight)`);
  });
  return sets;
}

function columnOf(table: CellTable, name: string, label: string): number {
  const index = table.header.indexOf(name);
  if (index < 0)
    throw new ServiceError(
      "validation-failed",
      `${label}: no ${name} column (the header is ${table.header.join(",")})`,
    );
  return index;
}

function weightCell(cell: string | number | null | undefined, where: string): number {
  const value = typeof cell === "number" ? cell : Number(cell);
  if (cell === "" || cell === null || cell === undefined || !Number.isFinite(value))
    throw new ServiceError("validation-failed", `${where}: ${JSON.stringify(cell ?? "")} is not a number`);
  return value;
}

/**
 * Replaces every weight argument that names a CSV file (`"w": "weights/expert.csv"`, also inside
 * a per-level list) by the weights it holds. Paths are relative to the pipeline file's folder,
 * as `extends` in a tsconfig is, so a pipeline and its weight files move together.
 */
export async function resolvePipelineWeightFiles(pipeline: unknown, pipelineDir: string): Promise<unknown> {
  if (typeof pipeline !== "object" || pipeline === null) return pipeline;
  const steps = (pipeline as { steps?: unknown }).steps;
  if (!Array.isArray(steps)) return pipeline;
  const resolved = await Promise.all(
    steps.map(async (step: unknown) => {
      if (typeof step !== "object" || step === null || !("w" in step)) return step;
      const w = (step as { w: unknown }).w;
      const read = async (value: unknown) =>
        isCsvPath(value) ? readWeightSetFile(path.resolve(pipelineDir, value)) : value;
      return { ...step, w: Array.isArray(w) ? await Promise.all(w.map(read)) : await read(w) };
    }),
  );
  return { ...pipeline, steps: resolved };
}

export function isCsvPath(value: unknown): value is string {
  return typeof value === "string" && /\.csv$/i.test(value);
}
