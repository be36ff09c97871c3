/**
 * Our World in Data files as import rows. Each value column is a variable, mapped to a series
 * explicitly: by `--indicator CODE` for a file with one value column, by `--indicator
 * column=CODE,…` for chosen columns, or else by the columns the observatory knows
 * (`owid-known-columns.ts`); columns left unmapped are named in a warning, not guessed at. The
 * area is the ISO alpha-3 `Code`; OWID aggregates (`OWID_` codes, or regions without a code) and
 * countries the observatory does not cover are skipped by reason. Without `--source`, values
 * cite Our World in Data.
 */
import type { Area } from "@circular-atlas/contracts";
import { type FormatDiagnostic, parseOwidCsv, readCsv } from "@circular-atlas/formats";
import type { ImportDefaults } from "./import-file-rows.ts";
import { type OwidKnownColumn, owidKnownColumns } from "./owid-known-columns.ts";
import type { ImportRow } from "./resolve-import-rows.ts";
import { asFileErrors, SkippedAreas, skipReasons } from "./skipped-areas.ts";

export interface OwidFileRows {
  readonly rows: ImportRow[];
  readonly diagnostics: FormatDiagnostic[];
  readonly skippedByReason: Readonly<Record<string, number>>;
}

/** `column=CODE,column=CODE` → the mapping; a column name may itself hold commas. */
export function parseColumnMapping(text: string): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const match of text.matchAll(/(.+?)=([A-Za-z0-9._-]+)(?:,|$)/g))
    mapping.set((match[1] ?? "").trim(), (match[2] ?? "").toUpperCase());
  return mapping;
}

/** The columns to read and their series, or why there are none. */
function columnMapping(
  header: readonly string[],
  indicator: string | undefined,
): Map<string, OwidKnownColumn> | string {
  if (indicator?.includes("=") === true)
    return new Map([...parseColumnMapping(indicator)].map(([column, code]) => [column, { indicator: code }]));
  if (indicator !== undefined) {
    if (header.length === 1) return new Map([[header[0] as string, { indicator: indicator.toUpperCase() }]]);
    return `--indicator ${indicator} names the series of a file with one value column; this one has ${header.length}: map them with --indicator "column=CODE,…"`;
  }
  const known = new Map(
    header.flatMap((column) =>
      column in owidKnownColumns ? [[column, owidKnownColumns[column] as OwidKnownColumn] as const] : [],
    ),
  );
  if (known.size > 0) return known;
  return `no column of this file is a series the observatory knows (${header.slice(0, 8).join(", ")}${header.length > 8 ? ", …" : ""}): map one with --indicator CODE (one value column) or --indicator "column=CODE,…"`;
}

export function owidRows(
  text: string,
  context: { readonly areas: readonly Area[]; readonly defaults: ImportDefaults },
): OwidFileRows {
  const firstLine = text.slice(0, text.search(/\r\n|\n|\r|$/));
  const headerOnly = parseOwidCsv(firstLine);
  if (headerOnly.shape === undefined)
    return { rows: [], diagnostics: asFileErrors(headerOnly.diagnostics), skippedByReason: {} };
  const header = headerOnly.valueColumns;
  const names = readCsv(firstLine).records[0]?.cells.map((cell) => cell.trim().replace(/^\uFEFF/, "")) ?? [];
  const codeColumn = names.includes("iso_code") ? "iso_code" : "Code";
  const mapping = columnMapping(header, context.defaults.indicator);
  if (typeof mapping === "string")
    return {
      rows: [],
      diagnostics: [{ code: "import/no-indicator", severity: "error", message: mapping }],
      skippedByReason: {},
    };
  const parsed = parseOwidCsv(text, { columns: [...mapping.keys()] });
  const diagnostics = [...parsed.diagnostics];
  const skipped = new SkippedAreas();
  const known = new Set(context.areas.map((area) => area.code));
  const given = context.defaults.source;
  const source = {
    text: given ?? "Our World in Data",
    column: 0,
    columnName: given === undefined ? "OWID" : "--source",
  };
  const rows: ImportRow[] = [];
  for (const observation of parsed.observations) {
    if (observation.aggregate || !known.has(observation.code)) {
      skipped.skip(
        observation.aggregate ? skipReasons.aggregate : skipReasons.outside,
        observation.code === "" ? observation.entity : observation.code,
      );
      continue;
    }
    const series = mapping.get(observation.columnName) as OwidKnownColumn;
    rows.push({
      line: observation.line,
      indicator: { code: series.indicator, column: observation.column, columnName: observation.columnName },
      area: { code: observation.code, column: names.indexOf(codeColumn) + 1, columnName: codeColumn },
      timePeriod: String(observation.year),
      year: observation.year,
      value: observation.value,
      dimensions: {},
      unit: undefined,
      unitMult: 0,
      obsStatus: undefined,
      sourceDetail: series.sourceDetail,
      comment: undefined,
      source,
      originalCode: observation.columnName,
    });
  }
  if (parsed.ignoredColumns.length > 0)
    diagnostics.push({
      code: "import/unmapped-columns",
      severity: "warning",
      message: `${parsed.ignoredColumns.length} column(s) map to no series and are not imported: ${parsed.ignoredColumns.slice(0, 12).join(", ")}${parsed.ignoredColumns.length > 12 ? ", …" : ""}`,
      row: 1,
    });
  if (parsed.missingValues > 0)
    diagnostics.push({
      code: "import/missing-values",
      severity: "warning",
      message: `${parsed.missingValues} cell(s) of the imported columns hold no value; they are not imported, and never as zero`,
    });
  diagnostics.push(...skipped.diagnostics());
  return { rows, diagnostics, skippedByReason: skipped.byReason };
}
