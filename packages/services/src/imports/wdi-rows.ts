/**
 * World Development Indicators files as import rows. The World Bank's download names each row's
 * indicator (`Indicator Code`, upper case as the catalogue keeps WDI codes: `SP.POP.TOTL`); a
 * datahub.io file names none, so `--indicator` (or its folder's datapackage.json) does. `Country
 * Code` is the area (ISO alpha-3); World Bank aggregates and countries the observatory does not
 * cover are skipped by reason. The file's own indicator names register codes the observatory
 * lacks (see `named-series-dictionary.ts`). Without `--source`, values cite the World Bank's WDI,
 * with the download's "Last Updated Date" where it gives one.
 */
import type { Area } from "@circular-atlas/contracts";
import { type FormatDiagnostic, parseWdiCsv, worldBankAggregateCodes } from "@circular-atlas/formats";
import type { ImportDefaults } from "./import-file-rows.ts";
import type { ImportRow } from "./resolve-import-rows.ts";
import { asFileErrors, SkippedAreas, skipReasons } from "./skipped-areas.ts";

export interface WdiFileRows {
  readonly rows: ImportRow[];
  readonly diagnostics: FormatDiagnostic[];
  readonly skippedByReason: Readonly<Record<string, number>>;
  /** Indicator code → the World Bank's name, for codes the file names. */
  readonly seriesNames: ReadonlyMap<string, string>;
}

export function wdiRows(
  text: string,
  context: { readonly areas: readonly Area[]; readonly defaults: ImportDefaults },
): WdiFileRows {
  const parsed = parseWdiCsv(text);
  const diagnostics = parsed.shape === undefined ? asFileErrors(parsed.diagnostics) : [...parsed.diagnostics];
  const seriesNames = new Map<string, string>();
  const skipped = new SkippedAreas();
  const empty = { rows: [], diagnostics, skippedByReason: {}, seriesNames };
  const { defaults } = context;
  const given = defaults.indicator;
  if (parsed.shape === "long" && given === undefined) {
    diagnostics.push({
      code: "import/no-indicator",
      severity: "error",
      message:
        "a datahub.io WDI file (Country Name,Country Code,Year,Value) names no indicator: give it with --indicator (e.g. NY.GDP.MKTP.CD), or import the indicator's folder with its datapackage.json",
    });
    return empty;
  }
  if (parsed.shape === "wide" && given !== undefined) {
    diagnostics.push({
      code: "import/indicator-in-file",
      severity: "error",
      message: `the World Bank download names its indicators in "Indicator Code"; leave out --indicator ${given}`,
    });
    return empty;
  }
  if (given !== undefined && defaults.indicatorName !== undefined)
    seriesNames.set(given.toUpperCase(), defaults.indicatorName);
  const column = (name: string) => parsed.columns.indexOf(name) + 1;
  const source = sourceOf(parsed.preamble, defaults.source);
  const known = new Set(context.areas.map((area) => area.code));
  const rows: ImportRow[] = [];
  for (const observation of parsed.observations) {
    const area = observation.countryCode;
    if (!known.has(area)) {
      skipped.skip(worldBankAggregateCodes.has(area) ? skipReasons.aggregate : skipReasons.outside, area);
      continue;
    }
    const written = observation.indicatorCode ?? given ?? "";
    const code = written.toUpperCase();
    if (observation.indicatorName !== undefined && observation.indicatorName !== "")
      seriesNames.set(code, observation.indicatorName);
    rows.push({
      line: observation.line,
      indicator:
        observation.indicatorCode === undefined
          ? { code, column: 0, columnName: "--indicator" }
          : { code, column: column("Indicator Code"), columnName: "Indicator Code" },
      area: { code: area, column: column("Country Code"), columnName: "Country Code" },
      timePeriod: String(observation.year),
      year: observation.year,
      value: observation.value,
      dimensions: {},
      unit: undefined,
      unitMult: 0,
      obsStatus: undefined,
      comment: undefined,
      source,
      // datahub.io names a WDI series by its lower-case folder (`ny.gdp.mktp.cd`), the World Bank by the code.
      originalCode: observation.indicatorCode ?? written.toLowerCase(),
    });
  }
  if (parsed.missingValues > 0)
    diagnostics.push({
      code: "import/missing-values",
      severity: "warning",
      message: `${parsed.missingValues} cell(s) hold no value (empty or a missing marker); they are not imported, and never as zero`,
    });
  diagnostics.push(...skipped.diagnostics());
  return { rows, diagnostics, skippedByReason: skipped.byReason, seriesNames };
}

function sourceOf(
  preamble: { readonly dataSource?: string; readonly lastUpdated?: string },
  given: string | undefined,
): ImportRow["source"] {
  if (given !== undefined) return { text: given, column: 0, columnName: "--source" };
  const database =
    preamble.dataSource === undefined || preamble.dataSource === ""
      ? "World Development Indicators"
      : preamble.dataSource;
  const updated =
    preamble.lastUpdated === undefined || preamble.lastUpdated === ""
      ? ""
      : ` (last updated ${preamble.lastUpdated})`;
  return { text: `World Bank, ${database}${updated}`, column: 0, columnName: "Data Source" };
}
