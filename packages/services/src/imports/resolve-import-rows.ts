/**
 * Checks parsed rows against what the database knows (indicators, areas, units, sources) and
 * turns them into observations. Every problem becomes a located diagnostic; nothing is written.
 */
import type { Indicator, Source } from "@circular-atlas/contracts";
import type { NewObservation } from "@circular-atlas/database";
import type { FormatDiagnostic } from "@circular-atlas/formats";
import { dimensionKeyOf } from "../observations/dimension-key.ts";
import type { ReferenceCatalogue } from "../reference/reference-catalogue.ts";

/** One parsed row, whatever the file format, with where each field came from. */
export interface ImportRow {
  readonly line: number;
  readonly indicator:
    | { readonly code: string; readonly column: number; readonly columnName: string }
    | undefined;
  readonly area: { readonly code: string; readonly column: number; readonly columnName: string } | undefined;
  readonly timePeriod: string;
  readonly year: number;
  readonly value: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly unit: { readonly text: string; readonly column: number; readonly columnName: string } | undefined;
  readonly unitMult: number;
  readonly obsStatus: string | undefined;
  readonly comment: string | undefined;
  readonly source:
    | { readonly text: string; readonly column: number; readonly columnName: string }
    | undefined;
}

export interface ResolvedImport {
  readonly observations: NewObservation[];
  /** Sources the import cites that the database does not hold yet (free-text citations). */
  readonly newSources: Source[];
}

export function resolveImportRows(
  rows: readonly ImportRow[],
  catalogue: ReferenceCatalogue,
  diagnostics: FormatDiagnostic[],
  citationSource: (text: string) => Source,
): ResolvedImport {
  const observations: NewObservation[] = [];
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
  for (const row of rows) {
    const indicator =
      row.indicator === undefined ? undefined : catalogue.indicatorsByCode.get(row.indicator.code);
    if (row.indicator === undefined)
      error(row.line, undefined, "import/no-indicator", "no indicator: name it with --indicator");
    else if (indicator === undefined)
      error(row.line, row.indicator, "import/unknown-indicator", `unknown indicator ${row.indicator.code}`);
    const area = row.area === undefined ? undefined : catalogue.areasByCode.get(row.area.code);
    if (row.area === undefined)
      error(row.line, undefined, "import/no-area", "no area: name it with --area (ISO 3166-1 alpha-3)");
    else if (area === undefined)
      error(row.line, row.area, "import/unknown-area", `unknown area ${row.area.code}`);
    if (indicator !== undefined && row.unit !== undefined && !unitMatches(indicator, row.unit.text)) {
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
        (dimension) => !indicator.dimensions.includes(dimension),
      );
      if (undeclared.length > 0) {
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
    observations.push({
      indicatorCode: indicator.code,
      areaCode: area.code,
      timePeriod: row.timePeriod,
      year: row.year,
      dimensionKey: dimensionKeyOf(row.dimensions),
      dimensions: { ...row.dimensions },
      value: row.value,
      unit: indicator.unit,
      unitMult: row.unitMult,
      obsStatus: row.obsStatus ?? "A",
      sourceId: source.id,
      originalCode: row.indicator?.code ?? indicator.code,
      comment: row.comment ?? null,
    });
  }
  return { observations, newSources: [...newSources.values()] };
}

/** A unit cell matches by code (`T_PER_CAP`) or by the English label, ignoring case. */
function unitMatches(indicator: Indicator, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  return (
    wanted === indicator.unit.toLowerCase() || wanted === (indicator.unitLabels["en"] ?? "").toLowerCase()
  );
}
