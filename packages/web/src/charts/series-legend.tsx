export interface LegendEntry {
  key: string;
  label: string;
  color: string;
}

/**
 * An HTML legend of coloured swatches. Plot's own legends inject a `<style>` element that the
 * CSP blocks, so charts draw none and this list stands beside them instead.
 */
export function SeriesLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="series-legend">
      {entries.map((entry) => (
        <li key={entry.key}>
          <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true">
            <rect width="16" height="16" fill={entry.color} />
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
