export interface ChartDataTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Shown to everyone (a breakdown that is a table by nature) or to screen readers only. */
  visible?: boolean;
}

/** A chart's numbers as a table: the text alternative of every drawing. */
export function ChartDataTable({ caption, columns, rows, visible = false }: ChartDataTableProps) {
  return (
    <div className={visible ? "table-scroll" : "visually-hidden"}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.join("|")}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={columns[index]} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={columns[index]}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
