/** The baseline's framework catalogue as rows of the four framework tables. */
import type { BaselineFramework } from "@circular-atlas/contracts";
import type { FrameworkCatalogueRows } from "@circular-atlas/database";

export function toFrameworkRows(frameworks: readonly BaselineFramework[]): FrameworkCatalogueRows {
  return {
    frameworks: frameworks.map(({ id, names, source, notes, sortOrder }) => ({
      id,
      names,
      source,
      notes,
      sortOrder,
    })),
    groups: frameworks.flatMap((framework) =>
      framework.groups.map((group) => ({ frameworkId: framework.id, ...group })),
    ),
    indicators: frameworks.flatMap((framework) =>
      framework.indicators.map(({ code, groupCode, names, source, sortOrder }) => ({
        frameworkId: framework.id,
        code,
        groupCode,
        names,
        source,
        sortOrder,
      })),
    ),
    series: frameworks.flatMap((framework) =>
      framework.indicators.flatMap((indicator) =>
        indicator.series.map((link, index) => ({
          frameworkId: framework.id,
          frameworkIndicatorCode: indicator.code,
          seriesCode: link.series,
          relation: link.relation,
          dimensionKey: link.dimensionKey,
          reason: link.reason,
          sortOrder: index + 1,
        })),
      ),
    ),
  };
}
