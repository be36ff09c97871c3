/** Markdown tables and the number formats the results use. */

/** A table with padded columns, as Biome formats Markdown (so `biome check docs` passes). */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (text: string) => [...text].length;
  const widths = headers.map((header, column) =>
    Math.max(3, width(header), ...rows.map((row) => width(row[column] ?? ""))),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((columnWidth, column) => (cells[column] ?? "").padEnd(columnWidth + (cells[column] ?? "").length - width(cells[column] ?? ""))).join(" | ")} |`;
  return [line(headers), line(widths.map((columnWidth) => "-".repeat(columnWidth))), ...rows.map(line)].join(
    "\n",
  );
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  // 999.7 ms rounds to "1000 ms": seconds from there on.
  return ms >= 999.5 ? `${(ms / 1_000).toFixed(2)} s` : `${ms.toFixed(ms >= 99.95 ? 0 : 1)} ms`;
}

export function formatKB(bytes: number): string {
  return `${(bytes / 1_000).toFixed(1)} KB`;
}

/** "0.16 × target": below 1 meets a "less than" target. */
export function formatRatio(measured: number, target: number): string {
  return `${(measured / target).toFixed(2)} × target`;
}

export function formatVerdict(met: boolean): string {
  return met ? "**met**" : "**not met**";
}
