/**
 * Writes a labelled matrix as pandas' `to_csv(sep="\t", float_format="%.12g")` does for pymrio:
 * multi-level column labels one level per line, then the row-level names line; a single column
 * level as one header line (its level name is not written, as pandas does); NaN as an empty cell.
 */
import type { LabelledMatrix, LabelledTextTable } from "./labelled-matrix.ts";
import { formatPrintfG12 } from "./printf-g.ts";
import { toTabCell } from "./tab-records.ts";

/** The file text, `\n` line ends, final line end included. */
export function writePymrioTable(matrix: LabelledMatrix): string {
  return writeCells(matrix, (index) => {
    const value = matrix.values[index] ?? Number.NaN;
    return Number.isNaN(value) ? "" : formatPrintfG12(value);
  });
}

/** A text table (pymrio's `unit`) in the same layout. */
export function writePymrioTextTable(table: LabelledTextTable): string {
  return writeCells(table, (index) => toTabCell(table.values[index] ?? ""));
}

/** nr_header as pymrio's `save` records it in file_parameters.json. */
export function nrHeaderOf(table: Pick<LabelledMatrix, "columnLevelNames">): number {
  return table.columnLevelNames.length;
}

/** nr_index_col as pymrio's `save` records it in file_parameters.json. */
export function nrIndexColOf(table: Pick<LabelledMatrix, "rowLevelNames">): number {
  return table.rowLevelNames.length;
}

type TableFrame = Omit<LabelledMatrix, "values">;

function writeCells(table: TableFrame, cellAt: (index: number) => string): string {
  checkFrame(table);
  const k = table.columnLevelNames.length;
  const m = table.rowLevelNames.length;
  const columns = table.columnLabels.length;
  const lines: string[] = [];
  if (k === 1) {
    lines.push(
      [...table.rowLevelNames, ...table.columnLabels.map((labels) => labels[0] ?? "")]
        .map(toTabCell)
        .join("\t"),
    );
  } else {
    table.columnLevelNames.forEach((levelName, level) => {
      const labels = table.columnLabels.map((tuple) => tuple[level] ?? "");
      lines.push([levelName, ...new Array<string>(m - 1).fill(""), ...labels].map(toTabCell).join("\t"));
    });
    lines.push([...table.rowLevelNames.map(toTabCell), ...new Array<string>(columns).fill("")].join("\t"));
  }
  table.rowLabels.forEach((labels, row) => {
    const cells = labels.map(toTabCell);
    for (let column = 0; column < columns; column += 1) cells.push(cellAt(row * columns + column));
    lines.push(cells.join("\t"));
  });
  return `${lines.join("\n")}\n`;
}

/** Shapes the reader could not read back are programmer errors here. */
function checkFrame(table: TableFrame): void {
  const k = table.columnLevelNames.length;
  const m = table.rowLevelNames.length;
  if (k < 1 || m < 1)
    throw new Error(`a pymrio table needs at least one level on each axis (found ${m} × ${k})`);
  if (k >= 2 && table.rowLevelNames.some((name) => name === "")) {
    throw new Error("multi-level columns need named row levels: pandas omits an unnamed names line");
  }
  const badRow = table.rowLabels.findIndex((labels) => labels.length !== m);
  if (badRow >= 0)
    throw new Error(`row ${badRow} has ${table.rowLabels[badRow]?.length} labels, expected ${m}`);
  const badColumn = table.columnLabels.findIndex((labels) => labels.length !== k);
  if (badColumn >= 0)
    throw new Error(`column ${badColumn} has ${table.columnLabels[badColumn]?.length} labels, expected ${k}`);
}
