/**
 * The CSV files `atlas index build` writes, in the layout other tools script against: header
 * `uCode` then one column per code in iMeta order, rows in iData order, numbers as JavaScript's
 * `String(x)` (full precision, round-trippable), empty cells for missing values.
 */
import {
  type CoinFrame,
  type DataSet,
  indexResults,
  type ParsedPipeline,
  type PipelineRun,
  rankDataSet,
  type ScreenAnalysis,
  type ScreenSummaryRow,
  type TreatAnalysis,
  treatDetailsTable,
  treatPointsTable,
} from "@circular-atlas/engines";
import { toCsv } from "@circular-atlas/formats";

export interface OutputFile {
  readonly name: string;
  readonly text: string;
}

export function formatNumber(value: number): string {
  return Number.isNaN(value) ? "" : String(value);
}

/** A data set as CSV: columns in the input iMeta's order, rows in the input iData's order. */
export function dataSetCsv(frame: CoinFrame, dset: DataSet): string {
  const columnOf = new Map(dset.codes.map((code, index) => [code, index]));
  const columns = frame.meta.flatMap((meta) => {
    const index = columnOf.get(meta.iCode);
    return index === undefined ? [] : [{ code: meta.iCode, values: dset.columns[index] as Float64Array }];
  });
  const rowOfUnit = new Map(frame.units.map((unit, index) => [unit, frame.inputRowOfUnit[index] as number]));
  const rows = dset.units
    .map((unit, row) => ({ unit, row, inputRow: rowOfUnit.get(unit) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.inputRow - b.inputRow);
  return toCsv(
    ["uCode", ...columns.map((column) => column.code)],
    rows.map(({ unit, row }) => [
      unit,
      ...columns.map((column) => formatNumber(column.values[row] as number)),
    ]),
  );
}

const screenColumns = [
  "uCode",
  "N_missing",
  "N_zero",
  "N_miss_or_zero",
  "Dat_Avail",
  "Non_Zero",
  "LowData",
  "LowNonZero",
  "LowDatOrZeroFlag",
  "Included",
] as const satisfies readonly (keyof ScreenSummaryRow)[];

function cellText(cell: string | number | boolean | null): string {
  if (cell === null) return "";
  if (typeof cell === "number") return formatNumber(cell);
  return typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : cell;
}

/**
 * The analysis tables a reviewer checks a build by: for each Treat step which indicators were
 * winsorised or logged and the test before and after (`treat_details_<write_to>.csv`) and which
 * cells changed (`treat_points_<write_to>.csv`); for each Screen step each unit's data
 * availability and whether it was kept (`screen_<write_to>.csv`).
 */
function analysisFiles(run: PipelineRun, pipeline: ParsedPipeline): OutputFile[] {
  const files: OutputFile[] = [];
  for (const step of pipeline.steps) {
    const analysis = run.analysis.get(step.writeTo);
    if (analysis === undefined) continue;
    if (step.op === "Treat") {
      for (const [kind, table] of [
        ["details", treatDetailsTable(analysis as TreatAnalysis)],
        ["points", treatPointsTable(analysis as TreatAnalysis)],
      ] as const)
        files.push({
          name: `treat_${kind}_${step.writeTo}.csv`,
          text: toCsv(
            table.header,
            table.rows.map((row) => row.map(cellText)),
          ),
        });
    }
    if (step.op === "Screen") {
      const summary = (analysis as ScreenAnalysis).DataSummary;
      files.push({
        name: `screen_${step.writeTo}.csv`,
        text: toCsv(
          screenColumns,
          summary.map((row) => screenColumns.map((key) => cellText(row[key]))),
        ),
      });
    }
  }
  return files;
}

/**
 * Every file of a build: `dset_Raw.csv`, one `dset_<write_to>.csv` per step, `ranks_<write_to>.csv`
 * for each aggregated data set, `results_index.csv` (uCode, Score, Rank of the top level, sorted
 * by rank then uCode) from the last Aggregate step, and the analysis tables of Treat and Screen.
 */
export function indexBuildFiles(run: PipelineRun, pipeline: ParsedPipeline): OutputFile[] {
  const files: OutputFile[] = [];
  for (const [name, dset] of run.dsets)
    files.push({ name: `dset_${name}.csv`, text: dataSetCsv(run.frame, dset) });
  const aggregated = pipeline.steps.filter((step) => step.op === "Aggregate");
  for (const step of aggregated) {
    const dset = run.dsets.get(step.writeTo);
    if (dset !== undefined)
      files.push({ name: `ranks_${step.writeTo}.csv`, text: dataSetCsv(run.frame, rankDataSet(dset)) });
  }
  const last = aggregated.at(-1);
  if (last !== undefined) {
    const results = indexResults(run, last.writeTo);
    files.push({
      name: "results_index.csv",
      text: toCsv(
        ["uCode", "Score", "Rank"],
        results.map((result) => [result.uCode, formatNumber(result.score), formatNumber(result.rank)]),
      ),
    });
  }
  files.push(...analysisFiles(run, pipeline));
  return files;
}
