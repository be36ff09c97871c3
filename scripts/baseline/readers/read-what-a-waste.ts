/**
 * Reads the What a Waste country file (current release). The data file has no year column: each
 * value is dated by its own codebook row (join on iso3c + measurement = column name), which
 * also gives its bibliographic source. A value the codebook cannot date is left out and
 * reported, never given a guessed year.
 */
import type { BaselineObservation } from "../baseline-observation.ts";
import { catalogueIndicator } from "../catalogue/indicator-catalogue.ts";
import { isEcoMember } from "../eco-areas.ts";
import { cell, readCsvTable } from "../read-csv-table.ts";
import { type DataIssue, publishedDecimal, type SourceReading } from "../source-reading.ts";
import { loadedColumns, misfiledMeasurements, skippedColumns } from "./what-a-waste-columns.ts";

const folder = "wb-what-a-waste";
const dataFile = "current-release/country_level_data.csv";
const codebookFile = "current-release/country_level_codebook.csv";

interface CodebookEntry {
  readonly year: string;
  readonly units: string;
  readonly source: string;
  readonly comments: string;
}

/**
 * Values kept as published but flagged in their comment. Each names the exact published text,
 * so the note cannot silently outlive a corrected value.
 */
const cautions = [
  {
    iso3: "PAK",
    column: "special_waste_medical_waste_tons_year",
    value: "292000000",
    note: "Caution: about 9.5 times Pakistan's total MSW (30,760,000 t/yr); probably a unit error in the cited source. Kept as published.",
  },
] as const;

export function readWhatAWaste(dataDir: string): SourceReading {
  const data = readCsvTable(dataDir, folder, dataFile);
  for (const column of data.header) {
    if (!loadedColumns.has(column) && !skippedColumns.has(column)) {
      throw new Error(`${folder}/${dataFile}: column ${column} is neither loaded nor skipped`);
    }
  }
  const codebook = indexCodebook(readCsvTable(dataDir, folder, codebookFile).records);
  const observations: BaselineObservation[] = [];
  const issues: DataIssue[] = [];
  const unitMismatches = new Map<string, number>();

  for (const record of data.records) {
    const iso3 = cell(record, "iso3c");
    if (!isEcoMember(iso3)) continue;
    for (const [column, spec] of loadedColumns) {
      const value = publishedDecimal(cell(record, column), `${folder}/${dataFile} ${iso3} ${column}`);
      if (value === undefined) continue;
      const dating = dateValue(codebook, iso3, column);
      if ("reason" in dating) {
        issues.push({
          sourceId: folder,
          kind: "undated",
          message: `${iso3} ${column} = ${value}: ${dating.reason}.`,
        });
        continue;
      }
      const { entry } = dating;
      if (entry.units !== spec.unitLabel) {
        const key = `${spec.indicator}\u0000${entry.units}\u0000${spec.unitLabel}`;
        unitMismatches.set(key, (unitMismatches.get(key) ?? 0) + 1);
      }
      const caution = cautions.find((candidate) => candidate.iso3 === iso3 && candidate.column === column);
      if (caution !== undefined && caution.value !== value) {
        throw new Error(
          `caution for ${iso3} ${column} names ${caution.value} but the source now says ${value}`,
        );
      }
      if (caution !== undefined)
        issues.push({ sourceId: folder, kind: "caution", message: `${iso3} ${column}: ${caution.note}` });
      const comment = [entry.comments && `Codebook comment: ${entry.comments}`, caution?.note]
        .filter(Boolean)
        .join(" ");
      observations.push({
        indicator: spec.indicator,
        area: iso3,
        timePeriod: entry.year,
        dimensions: spec.dimensions,
        value,
        unit: catalogueIndicator(spec.indicator).unit,
        obsStatus: null,
        nature: null,
        source: folder,
        sourceDetail: entry.source || null,
        originalCode: column,
        derivation: null,
        comment: comment || null,
      });
    }
  }

  for (const [key, count] of [...unitMismatches].sort()) {
    const [indicator, codebookUnit, columnUnit] = key.split("\u0000");
    issues.push({
      sourceId: folder,
      kind: "mismatch",
      message: `${indicator}: the codebook's units cell says “${codebookUnit}” for ${count} ECO value(s) whose column name says “${columnUnit}”; read as the column name says.`,
    });
  }
  return { sourceId: folder, folder, files: [codebookFile, dataFile], observations, issues };
}

function indexCodebook(records: readonly Readonly<Record<string, string>>[]): Map<string, CodebookEntry[]> {
  const index = new Map<string, CodebookEntry[]>();
  for (const record of records) {
    const key = `${cell(record, "iso3c")}|${cell(record, "measurement")}`;
    const entry: CodebookEntry = {
      year: cell(record, "year").trim(),
      units: cell(record, "units").trim(),
      source: squeeze(cell(record, "source")),
      comments: squeeze(cell(record, "comments")),
    };
    index.set(key, [...(index.get(key) ?? []), entry]);
  }
  return index;
}

function dateValue(
  codebook: ReadonlyMap<string, readonly CodebookEntry[]>,
  iso3: string,
  column: string,
): { entry: CodebookEntry } | { reason: string } {
  const entries = codebook.get(`${iso3}|${column}`) ?? [];
  const distinct = [...new Map(entries.map((entry) => [describe(entry), entry])).values()];
  const [entry] = distinct;
  if (entry === undefined) return { reason: "the codebook has no row for it" };
  if (distinct.length > 1) return { reason: `the codebook gives ${distinct.length} conflicting rows` };
  const twinColumn = misfiledMeasurements.get(column);
  const twin = twinColumn === undefined ? undefined : codebook.get(`${iso3}|${twinColumn}`)?.[0];
  if (twin !== undefined && describe(twin) === describe(entry)) {
    return { reason: `its codebook row repeats the ${twinColumn} row, so it does not describe this value` };
  }
  if (!/^\d{4}$/.test(entry.year)) return { reason: "its codebook row gives no year" };
  return { entry };
}

function describe(entry: CodebookEntry): string {
  return [entry.year, entry.source, entry.comments].join("\u0000");
}

/** Collapses runs of white space (the codebook has stray line breaks and double spaces). */
function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
