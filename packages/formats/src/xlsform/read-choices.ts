/**
 * The choices sheet: rows grouped into lists by `list_name`, in the order lists first appear;
 * every column that is not `list_name`, `name`, a label or media is an extra column, kept per
 * choice for `choice_filter` expressions (cascading selects: `country=${country}`).
 */
import { xlsFormFinding } from "./xlsform-finding.ts";
import type { LocalizedText, XlsFormChoice, XlsFormChoiceList, XlsFormDiagnostic } from "./xlsform-model.ts";
import { cellText, columnOf, type SheetTable } from "./xlsform-sheet.ts";

const choiceKeys = new Set(["list_name", "name", "label", "image", "audio", "video", "big-image"]);

export function readChoices(table: SheetTable, diagnostics: XlsFormDiagnostic[]): XlsFormChoiceList[] {
  const listColumn = columnOf(table, "list_name");
  const nameColumn = columnOf(table, "name");
  const lists = new Map<string, { row: number; choices: XlsFormChoice[] }>();
  for (const row of table.rows) {
    if (table.columns.every((column) => cellText(row, column) === "")) continue;
    const listName = cellText(row, listColumn);
    if (listName === "") {
      diagnostics.push(
        xlsFormFinding(
          "xlsform/choice-without-list",
          "this choice has no list_name, so no select can use it",
          {
            sheet: table.sheet,
            row: row.row,
            column: listColumn,
          },
        ),
      );
      continue;
    }
    const label: Record<string, string> = {};
    const extra: Record<string, string> = {};
    for (const column of table.columns) {
      const text = cellText(row, column);
      if (text === "") continue;
      if (column.key === "label" && column.language !== undefined) label[column.language] = text;
      else if (!choiceKeys.has(column.key) && !column.key.startsWith("media::")) extra[column.header] = text;
    }
    const list = lists.get(listName) ?? { row: row.row, choices: [] };
    lists.set(listName, list);
    list.choices.push({
      name: cellText(row, nameColumn),
      row: row.row,
      label: label as LocalizedText,
      extra,
    });
  }
  return [...lists].map(([name, list]) => ({ name, row: list.row, choices: list.choices }));
}
