import { useTranslation } from "react-i18next";
import type { MapDatum } from "./map-values.ts";

export interface RegionTableProps {
  caption: string;
  unit: string;
  /** Areas the map draws, each listed with its value or as having none. */
  drawn: readonly string[];
  data: ReadonlyMap<string, MapDatum>;
  regionName: (code: string) => string;
  formatNumber: (value: number) => string;
}

/**
 * The region map's values as a table, for screen readers and for reading exact figures: every
 * drawn region, "No data" where it has no value, then the values of regions the boundary file
 * does not draw (created after it), so no published value goes unseen.
 */
export function RegionTable({ caption, unit, drawn, data, regionName, formatNumber }: RegionTableProps) {
  const { t } = useTranslation();
  const onMap = new Set(drawn);
  const undrawn = [...data.values()]
    .filter((datum) => !onMap.has(datum.area))
    .sort((a, b) => (a.area < b.area ? -1 : 1));
  return (
    <div className="table-scroll">
      <table className="region-table" data-testid="region-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("regionMap.region")}</th>
            <th scope="col">{t("regionMap.value", { unit })}</th>
          </tr>
        </thead>
        <tbody>
          {[...drawn]
            .sort((a, b) => regionName(a).localeCompare(regionName(b)))
            .map((code) => {
              const datum = data.get(code);
              return (
                <tr key={code}>
                  <th scope="row">{regionName(code)}</th>
                  <td data-value={datum?.exact ?? ""}>
                    {datum ? formatNumber(datum.value) : t("map.noData")}
                  </td>
                </tr>
              );
            })}
          {undrawn.map((datum) => (
            <tr key={datum.area} className="region-undrawn">
              <th scope="row">{t("regionMap.undrawn", { region: regionName(datum.area) })}</th>
              <td data-value={datum.exact}>{formatNumber(datum.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
