/**
 * Checks parsed rows against what the database knows (indicators, areas, units, sources) and
 * turns them into observations. Every problem becomes a located diagnostic; nothing is written.
 */
import type { Area, Indicator, Source } from "@circular-atlas/contracts";
import type { NewObservation } from "@circular-atlas/database";
import { canonicalDecimal, type FormatDiagnostic } from "@circular-atlas/formats";
import { dimensionKeyOf } from "../observations/dimension-key.ts";
import type { ReferenceCatalogue } from "../reference/reference-catalogue.ts";

/** One parsed row, whatever the file format, with where each field came from. */
export interface ImportRow {
  readonly line: number;
  readonly indicator:
    | { readonly code: string; readonly column: number; readonly columnName: string }
    | undefined;
  readonly area: { readonly code: string; readonly column: number; readonly columnName: string } | undefined;
  /** The same area as named by a second column (an Open SDG GeoCode beside REF_AREA). */
  readonly mapArea?: { readonly code: string; readonly column: number; readonly columnName: string };
  readonly timePeriod: string;
  readonly year: number;
  readonly value: string;
  readonly dimensions: Readonly<Record<string, string>>;
  /**
   * The unit as the file gives it. `coded` (SDMX UNIT_MEASURE) units belong to the observation
   * and are stored as given; a unit written as text must be the indicator's.
   */
  readonly unit:
    | {
        readonly text: string;
        readonly column: number;
        readonly columnName: string;
        readonly coded?: boolean;
      }
    | undefined;
  readonly unitMult: number;
  readonly obsStatus: string | undefined;
  readonly nature?: string | undefined;
  readonly sourceDetail?: string | undefined;
  readonly comment: string | undefined;
  readonly source:
    | { readonly text: string; readonly column: number; readonly columnName: string }
    | undefined;
  /** The series code as the source writes it, when not the indicator code (datahub.io's `ny.gdp.mktp.cd`, an OWID column). */
  readonly originalCode?: string | undefined;
}

/** A row that passed every check, with the line it came from and its value as written. */
export interface ResolvedRow {
  readonly line: number;
  readonly observation: NewObservation;
  readonly rawValue: string;
}

export interface ResolvedImport {
  readonly rows: ResolvedRow[];
  /** Sources the import cites that the database does not hold yet (free-text citations). */
  readonly newSources: Source[];
  /** Breakdowns the file's data structure defines that an indicator did not declare yet. */
  readonly addedDimensions: ReadonlyMap<string, readonly string[]>;
}

export function resolveImportRows(
  rows: readonly ImportRow[],
  catalogue: ReferenceCatalogue,
  diagnostics: FormatDiagnostic[],
  citationSource: (text: string) => Source,
  /** Indicators the import registers itself (series from the file's data structure). */
  newIndicators: ReadonlyMap<string, Indicator> = new Map(),
  /** Whether the publisher's structure defines a breakdown dimension, which any of its series may then use. */
  definesDimension: (dimension: string) => boolean = () => false,
  /** Areas the file's structure defines (sub-national), by the code the file uses. */
  newAreas: ReadonlyMap<string, Area> = new Map(),
): ResolvedImport {
  const addedDimensions = new Map<string, string[]>();
  const resolved: ResolvedRow[] = [];
  const newSources = new Map<string, Source>();
  // Column 0 marks a value given on the command line (e.g. --area) rather than in the file.
  const error = (
    line: number,
    where: { column: number; columnName: string } | undefined,
    code: string,
    message: string,
  ) =>
    diagnostics.push({
      code,
      severity: "error",
      message:
        where !== undefined && where.column === 0 ? `${message} (given by ${where.columnName})` : message,
      row: line,
      ...(where === undefined || where.column === 0
        ? {}
        : { column: where.column, columnName: where.columnName }),
    });
  const areaOf = (code: string) => catalogue.areasByCode.get(code) ?? newAreas.get(code);
  for (const row of rows) {
    const indicator =
      row.indicator === undefined
        ? undefined
        : (catalogue.indicatorsByCode.get(row.indicator.code) ?? newIndicators.get(row.indicator.code));
    if (row.indicator === undefined)
      error(row.line, undefined, "import/no-indicator", "no indicator: name it with --indicator");
    else if (indicator === undefined)
      error(row.line, row.indicator, "import/unknown-indicator", `unknown indicator ${row.indicator.code}`);
    const area = row.area === undefined ? undefined : areaOf(row.area.code);
    if (row.area === undefined)
      error(row.line, undefined, "import/no-area", "no area: name it with --area (ISO 3166-1 alpha-3)");
    else if (area === undefined)
      error(row.line, row.area, "import/unknown-area", `unknown area ${row.area.code}`);
    const mapProblem = mapAreaProblem(row, area, areaOf);
    if (mapProblem !== undefined) {
      error(row.line, row.mapArea, mapProblem.code, mapProblem.message);
      continue;
    }
    if (
      indicator !== undefined &&
      row.unit !== undefined &&
      row.unit.coded !== true &&
      !unitMatches(indicator, row.unit.text)
    ) {
      error(
        row.line,
        row.unit,
        "import/unit-mismatch",
        `unit ${JSON.stringify(row.unit.text)} is not the unit of ${indicator.code} (${indicator.unit}, "${indicator.unitLabels["en"]}")`,
      );
      continue;
    }
    if (indicator !== undefined) {
      const undeclared = Object.keys(row.dimensions).filter(
        (dimension) =>
          !indicator.dimensions.includes(dimension) &&
          !addedDimensions.get(indicator.code)?.includes(dimension),
      );
      // A DSD that defines the breakdown (and whose codelist checked its code) vouches for it.
      if (undeclared.length > 0 && undeclared.every(definesDimension))
        addedDimensions.set(indicator.code, [...(addedDimensions.get(indicator.code) ?? []), ...undeclared]);
      else if (undeclared.length > 0) {
        error(
          row.line,
          undefined,
          "import/undeclared-dimension",
          `${indicator.code} has no breakdown by ${undeclared.join(", ")}`,
        );
        continue;
      }
    }
    if (row.source === undefined) {
      error(
        row.line,
        undefined,
        "import/no-source",
        "no source: name it with --source (a source id or a citation)",
      );
      continue;
    }
    if (indicator === undefined || area === undefined) continue;
    const known = catalogue.sourcesById.get(row.source.text);
    const source = known ?? newSources.get(row.source.text) ?? citationSource(row.source.text);
    if (known === undefined) newSources.set(row.source.text, source);
    resolved.push({
      line: row.line,
      rawValue: row.value,
      observation: {
        indicatorCode: indicator.code,
        areaCode: area.code,
        timePeriod: row.timePeriod,
        year: row.year,
        dimensionKey: dimensionKeyOf(row.dimensions),
        dimensions: { ...row.dimensions },
        // As numeric prints it back, so a re-import compares equal to what is stored.
        value: canonicalDecimal(row.value),
        unit: row.unit?.coded === true ? row.unit.text : indicator.unit,
        unitMult: row.unitMult,
        obsStatus: row.obsStatus ?? "A",
        nature: row.nature ?? null,
        sourceId: source.id,
        sourceDetail: row.sourceDetail ?? null,
        originalCode: row.originalCode ?? row.indicator?.code ?? indicator.code,
        comment: row.comment ?? null,
      },
    });
  }
  return { rows: resolved, newSources: [...newSources.values()], addedDimensions };
}

/** A second column naming the row's area (an Open SDG GeoCode) must be known and name the same area. */
function mapAreaProblem(
  row: ImportRow,
  area: Area | undefined,
  areaOf: (code: string) => Area | undefined,
): { code: string; message: string } | undefined {
  if (row.mapArea === undefined || row.area === undefined || area === undefined) return undefined;
  const mapped = areaOf(row.mapArea.code);
  if (mapped === undefined)
    return { code: "import/unknown-area", message: `unknown area ${row.mapArea.code}` };
  if (mapped.code === area.code) return undefined;
  return {
    code: "import/conflicting-area",
    message: `${row.mapArea.columnName} ${row.mapArea.code} is ${mapped.code}, but ${row.area.columnName} ${row.area.code} is ${area.code}: the row names two areas`,
  };
}

/** A unit cell matches by code (`T_PER_CAP`) or by the English label, ignoring case. */
export function unitMatches(indicator: Indicator, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  return (
    wanted === indicator.unit.toLowerCase() || wanted === (indicator.unitLabels["en"] ?? "").toLowerCase()
  );
}

/**
 * Whether a file names an indicator, an area and a source anywhere, counted batch by batch. A
 * file that names none of one gets one error (`gaps()`) in place of the same error on every row.
 */
export class FileGapTally {
  #rows = 0;
  #withIndicator = 0;
  #withArea = 0;
  #withSource = 0;

  add(rows: readonly ImportRow[]): void {
    for (const row of rows) {
      this.#rows++;
      if (row.indicator !== undefined) this.#withIndicator++;
      if (row.area !== undefined) this.#withArea++;
      if (row.source !== undefined) this.#withSource++;
    }
  }

  gaps(): FormatDiagnostic[] {
    if (this.#rows === 0) return [];
    const gaps: FormatDiagnostic[] = [];
    const rowsText = this.#rows === 1 ? "its row" : `any of its ${this.#rows} rows`;
    if (this.#withIndicator === 0)
      gaps.push({
        code: "import/no-indicator",
        severity: "error",
        message: `the file names no indicator for ${rowsText}: name it with --indicator`,
      });
    if (this.#withArea === 0)
      gaps.push({
        code: "import/no-area",
        severity: "error",
        message: `the file names no area for ${rowsText}: name it with --area (ISO 3166-1 alpha-3)`,
      });
    if (this.#withSource === 0)
      gaps.push({
        code: "import/no-source",
        severity: "error",
        message: `the file names no source for ${rowsText}: name it with --source (a source id or a citation)`,
      });
    return gaps;
  }
}
