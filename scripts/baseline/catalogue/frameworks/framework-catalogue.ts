/**
 * `frameworks.json` before validation: the frameworks in display order, each group and
 * indicator numbered in the order its document lists them.
 */
import type { BaselineFramework } from "@circular-atlas/contracts";
import { eurostatFramework } from "./eurostat-framework.ts";
import type { FrameworkDefinition } from "./framework-definition.ts";
import { sdgFramework } from "./sdg-framework.ts";
import { uneceOecdFramework } from "./unece-oecd-framework.ts";

const definitions: readonly FrameworkDefinition[] = [uneceOecdFramework, sdgFramework, eurostatFramework];

export const frameworkCatalogue: readonly BaselineFramework[] = definitions.map((definition, index) => ({
  id: definition.id,
  names: definition.names,
  source: definition.source,
  notes: definition.notes,
  groups: definition.groups.map((group, groupIndex) => ({
    code: group.code,
    names: { en: group.title },
    sortOrder: groupIndex + 1,
  })),
  indicators: definition.indicators.map((indicator, indicatorIndex) => ({
    code: indicator.code,
    groupCode: indicator.groupCode,
    names: { en: indicator.title },
    source: indicator.source,
    series: [...indicator.series],
    sortOrder: indicatorIndex + 1,
  })),
  sortOrder: index + 1,
}));
