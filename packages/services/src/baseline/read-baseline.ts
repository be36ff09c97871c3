/**
 * Reads and checks the bundled baseline (`data/baseline/`). Any problem is reported with the file
 * and, for the observations, the row and column, before anything is written.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  type BaselineArea,
  type BaselineDimensionCode,
  type BaselineFramework,
  type BaselineIndicator,
  type BaselineManifest,
  type BaselineRegion,
  type BaselineSource,
  baselineAreaSchema,
  baselineDimensionCodeSchema,
  baselineFiles,
  baselineFrameworkSchema,
  baselineIndicatorSchema,
  baselineManifestSchema,
  baselineObservationColumns,
  baselineRegionsSchema,
  baselineSourceSchema,
} from "@circular-atlas/contracts";
import type { NewObservation } from "@circular-atlas/database";
import { type FormatDiagnostic, formatDiagnostic, isDecimal, readCsv } from "@circular-atlas/formats";
import { z } from "zod";
import { dimensionKeyOf, parseDimensionKey } from "../observations/dimension-key.ts";
import { ServiceError } from "../service-error.ts";

export interface Baseline {
  readonly manifest: BaselineManifest;
  readonly areas: BaselineArea[];
  /** Sub-national regions with a boundary layer (Kazakhstan's), with every code their publisher uses. */
  readonly regions: BaselineRegion[];
  readonly sources: BaselineSource[];
  readonly indicators: BaselineIndicator[];
  readonly dimensionCodes: BaselineDimensionCode[];
  readonly frameworks: BaselineFramework[];
  readonly observations: NewObservation[];
}

async function readJson<T>(directory: string, file: string, schema: z.ZodType<T>): Promise<T> {
  const location = path.join(directory, file);
  let text: string;
  try {
    text = await readFile(location, "utf8");
  } catch (error) {
    throw new ServiceError(
      "import-invalid",
      `cannot read ${location}; run "npm run build:baseline"`,
      { file: location },
      { cause: error },
    );
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ServiceError("import-invalid", `${location}: ${issue?.path.join(".")}: ${issue?.message}`, {
      file: location,
    });
  }
  return parsed.data;
}

/** The manifest alone: its `version` (a hash of the files' content) says whether a load is due. */
export function readBaselineManifest(directory: string): Promise<Baseline["manifest"]> {
  return readJson(directory, baselineFiles.manifest, baselineManifestSchema);
}

export async function readBaseline(directory: string): Promise<Baseline> {
  const manifest = await readBaselineManifest(directory);
  const areas = await readJson(directory, baselineFiles.areas, z.array(baselineAreaSchema));
  const { regions } = await readJson(directory, baselineFiles.regions, baselineRegionsSchema);
  const orphan = regions.find((region) => !areas.some((area) => area.code === region.parentCode));
  if (orphan !== undefined)
    throw new ServiceError(
      "import-invalid",
      `${path.join(directory, baselineFiles.regions)}: ${orphan.code} belongs to ${orphan.parentCode}, which is not in ${baselineFiles.areas}`,
      { file: path.join(directory, baselineFiles.regions) },
    );
  const sources = await readJson(directory, baselineFiles.sources, z.array(baselineSourceSchema));
  const indicators = await readJson(directory, baselineFiles.indicators, z.array(baselineIndicatorSchema));
  const dimensionCodes = await readJson(
    directory,
    baselineFiles.dimensionCodes,
    z.array(baselineDimensionCodeSchema),
  );
  const frameworks = await readJson(directory, baselineFiles.frameworks, z.array(baselineFrameworkSchema));
  const file = path.join(directory, baselineFiles.observations);
  const observations = parseBaselineObservations(await readFile(file, "utf8"), {
    areas: new Set(areas.map((area) => area.code)),
    sources: new Set(sources.map((source) => source.id)),
    indicators: new Set(indicators.map((indicator) => indicator.code)),
    file,
  });
  return { manifest, areas, regions, sources, indicators, dimensionCodes, frameworks, observations };
}

interface KnownCodes {
  readonly areas: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly indicators: ReadonlySet<string>;
  readonly file: string;
}

function parseBaselineObservations(text: string, known: KnownCodes): NewObservation[] {
  const { records, diagnostics } = readCsv(text);
  const [header, ...rows] = records;
  if (header?.cells.join(",") !== baselineObservationColumns.join(",")) {
    diagnostics.push({
      code: "baseline/bad-header",
      severity: "error",
      message: `expected the header ${baselineObservationColumns.join(",")}`,
      row: 1,
    });
  }
  const observations: NewObservation[] = [];
  const check = (ok: boolean, line: number, column: number, message: string) => {
    if (!ok) {
      diagnostics.push({
        code: "baseline/bad-cell",
        severity: "error",
        message,
        row: line,
        column: column + 1,
        columnName: baselineObservationColumns[column] as string,
      });
    }
    return ok;
  };
  for (const { line, cells } of rows) {
    if (cells.length === 1 && cells[0] === "") continue;
    if (
      !check(
        cells.length === baselineObservationColumns.length,
        line,
        0,
        `expected ${baselineObservationColumns.length} cells, found ${cells.length}`,
      )
    )
      continue;
    const cell = (index: number) => cells[index] as string;
    const optional = (index: number) => (cell(index) === "" ? null : cell(index));
    const valid = [
      check(known.indicators.has(cell(0)), line, 0, `unknown indicator ${cell(0)}`),
      check(known.areas.has(cell(1)), line, 1, `unknown area ${cell(1)}`),
      check(/^\d{4}/.test(cell(2)), line, 2, `bad time period ${cell(2)}`),
      check(isDecimal(cell(4)), line, 4, `value ${JSON.stringify(cell(4))} is not a decimal`),
      check(/^-?\d+$/.test(cell(6)), line, 6, "unit_mult must be an integer"),
      check(known.sources.has(cell(9)), line, 9, `unknown source ${cell(9)}`),
    ].every(Boolean);
    if (!valid) continue;
    let dimensions: Record<string, string>;
    try {
      dimensions = parseDimensionKey(cell(3));
    } catch (error) {
      check(false, line, 3, (error as Error).message);
      continue;
    }
    observations.push({
      indicatorCode: cell(0),
      areaCode: cell(1),
      timePeriod: cell(2),
      year: Number(cell(2).slice(0, 4)),
      dimensionKey: dimensionKeyOf(dimensions),
      dimensions,
      value: cell(4),
      unit: cell(5),
      unitMult: Number(cell(6)),
      obsStatus: cell(7) === "" ? "A" : cell(7),
      nature: optional(8),
      sourceId: cell(9),
      sourceDetail: optional(10),
      originalCode: cell(11),
      derivation: optional(12),
      comment: optional(13),
    });
  }
  failOnErrors(diagnostics, known.file);
  return observations;
}

function failOnErrors(diagnostics: readonly FormatDiagnostic[], file: string): void {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length === 0) return;
  throw new ServiceError(
    "import-invalid",
    `${file} has ${errors.length} error(s): ${errors
      .slice(0, 5)
      .map((error) => formatDiagnostic(error))
      .join("; ")}`,
    { file, diagnostics: errors },
  );
}
