/**
 * `atlas index build`: reads iData, iMeta and pipeline.json, runs the composite-index engine and
 * writes its data sets, ranks and results as CSV. Everything is computed before anything is
 * written, so a refused input leaves the output folder as it was.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type CoinFrame,
  type Compat,
  CompositeIndexError,
  type Diagnostic,
  defaultStepRegistry,
  newCoinFrame,
  type ParsedPipeline,
  type PipelineRun,
  parsePipeline,
  runPipeline,
} from "@circular-atlas/engines";
import { ServiceError } from "../service-error.ts";
import {
  type CellTableFile,
  readCellTableFile,
  readJsonFile,
  resolvePipelineWeightFiles,
} from "./index-input-files.ts";
import { indexBuildFiles, type OutputFile } from "./index-output-files.ts";

export interface IndexInputPaths {
  readonly dataPath: string;
  readonly metaPath: string;
  readonly pipelinePath: string;
}

export interface IndexBuildReport {
  readonly compat: Compat;
  /** File names written into the output folder, in the order written. */
  readonly files: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The inputs read and checked, the pipeline parsed against them: what build and uncertainty share. */
export interface LoadedIndexInputs {
  readonly frame: CoinFrame;
  /** pipeline.json with weight-set CSV paths replaced by their weights. */
  readonly rawPipeline: unknown;
  readonly pipeline: ParsedPipeline;
}

export async function loadIndexInputs(paths: IndexInputPaths): Promise<LoadedIndexInputs> {
  const [iData, iMeta, pipelineJson] = await Promise.all([
    readCellTableFile(paths.dataPath, "iData"),
    readCellTableFile(paths.metaPath, "iMeta"),
    readJsonFile(paths.pipelinePath, "pipeline"),
  ]);
  const rawPipeline = await resolvePipelineWeightFiles(pipelineJson, path.dirname(paths.pipelinePath));
  return asServiceError(
    () => {
      const frame = newCoinFrame({ iData, iMeta, compat: compatOf(rawPipeline) });
      return { frame, rawPipeline, pipeline: parsePipeline(rawPipeline, frame, defaultStepRegistry) };
    },
    (where) => withFileLine(where, { iData, iMeta }),
  );
}

/** "iData row 5, column X" gains the file and line a user opens: "(iData.csv line 6)". */
function withFileLine(where: string, tables: Readonly<Record<"iData" | "iMeta", CellTableFile>>): string {
  return where.replace(/^(iData|iMeta) row (\d+)/, (found, name: "iData" | "iMeta", row: string) => {
    const table = tables[name];
    const line = table.lines[Number(row) - 1];
    return line === undefined ? found : `${found} (${table.fileName} line ${line})`;
  });
}

export async function buildIndexFromFiles(
  input: IndexInputPaths & { readonly outDir: string },
): Promise<IndexBuildReport> {
  const { frame, pipeline } = await loadIndexInputs(input);
  const run: PipelineRun = asServiceError(() => runPipeline(frame, pipeline, defaultStepRegistry));
  const files = indexBuildFiles(run, pipeline);
  await writeOutputFiles(input.outDir, files);
  return {
    compat: pipeline.compat,
    files: files.map((file) => file.name),
    diagnostics: [...frame.diagnostics, ...run.diagnostics],
  };
}

export async function writeOutputFiles(outDir: string, files: readonly OutputFile[]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const file of files) await writeFile(path.join(outDir, file.name), file.text);
}

/** The pipeline's `compat`, defaulting to strict; a wrong value is left for `parsePipeline` to name. */
function compatOf(rawPipeline: unknown): Compat {
  const compat = (rawPipeline as { compat?: unknown } | null)?.compat;
  return compat === "coinr" ? "coinr" : "strict";
}

/**
 * Engine refusals become the service's located validation errors (`locate` may add to the place
 * the engine names); anything else propagates.
 */
export function asServiceError<T>(action: () => T, locate: (where: string) => string = (where) => where): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof CompositeIndexError) {
      const where = locate(error.where);
      const message = error.message.startsWith(`${error.where}: `)
        ? `${where}: ${error.message.slice(error.where.length + 2)}`
        : error.message;
      throw new ServiceError("validation-failed", message, {
        ...error.details,
        where,
        engineCode: error.code,
      });
    }
    throw error;
  }
}
