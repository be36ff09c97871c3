/**
 * The index hierarchy from typed iMeta rows: parents that exist and sit one level up, no cycles,
 * no orphans, levels 1…max without a gap, every aggregate with a child, sibling weights that do
 * not sum to zero. Checked in an order that gives the most telling message first: a cycle is
 * named as a cycle, not as the level mismatch it also causes.
 */
import type { Diagnostic } from "../diagnostics.ts";
import type { Compat, IndicatorMeta } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { compareCodes } from "./unit-order.ts";

export interface MetaHierarchy {
  readonly meta: readonly IndicatorMeta[];
  readonly metaByCode: ReadonlyMap<string, IndicatorMeta>;
  readonly indicators: readonly string[];
  readonly aggregatesByLevel: readonly (readonly string[])[];
  readonly maxLevel: number;
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly original: ReadonlyMap<string, number>;
}

function fail(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-meta", where, message);
}

function checkParents(
  meta: readonly IndicatorMeta[],
  byCode: ReadonlyMap<string, IndicatorMeta>,
  rowOf: ReadonlyMap<string, number>,
) {
  const where = (code: string, column: string) => `iMeta row ${(rowOf.get(code) ?? 0) + 1} (${column})`;
  for (const entry of meta) {
    if (entry.parent === null) continue;
    const parent = byCode.get(entry.parent);
    if (parent === undefined) {
      throw fail(
        where(entry.iCode, "Parent"),
        `Parent ${entry.parent} of ${entry.iCode} is not an iCode in iMeta`,
      );
    }
    if (parent.type !== "Aggregate") {
      throw fail(
        where(entry.iCode, "Parent"),
        `Parent ${entry.parent} of ${entry.iCode} has Type ${parent.type}; a parent must be an Aggregate`,
      );
    }
  }
  for (const entry of meta) {
    const path = [entry.iCode];
    let current = entry.parent;
    while (current !== null) {
      if (current === entry.iCode) {
        throw fail(
          where(entry.iCode, "Parent"),
          `the hierarchy has a cycle: ${[...path, current].join(" → ")}`,
        );
      }
      if (path.length > meta.length) break; // a cycle further up, reported from its own rows
      path.push(current);
      current = byCode.get(current)?.parent ?? null;
    }
  }
}

function checkLevels(
  index: readonly IndicatorMeta[],
  byCode: ReadonlyMap<string, IndicatorMeta>,
  rowOf: ReadonlyMap<string, number>,
): number {
  const where = (code: string, column: string) => `iMeta row ${(rowOf.get(code) ?? 0) + 1} (${column})`;
  const levels = new Set(index.map((entry) => entry.level ?? 1));
  const maxLevel = Math.max(...levels);
  for (let level = 1; level <= maxLevel; level += 1) {
    if (!levels.has(level)) {
      throw fail(
        "iMeta (Level)",
        `no row has Level ${level}; levels must run from 1 to ${maxLevel} without a gap`,
      );
    }
  }
  for (const entry of index) {
    const level = entry.level ?? 1;
    if (entry.parent === null) {
      if (level < maxLevel) {
        throw fail(
          where(entry.iCode, "Parent"),
          `${entry.iCode} (Level ${level}) has no Parent; only the top level (${maxLevel}) may have none`,
        );
      }
      continue;
    }
    const parentLevel = byCode.get(entry.parent)?.level ?? 0;
    if (parentLevel !== level + 1) {
      throw fail(
        where(entry.iCode, "Parent"),
        `Parent ${entry.parent} of ${entry.iCode} is at Level ${parentLevel}, not one level above ${entry.iCode} (Level ${level})`,
      );
    }
  }
  return maxLevel;
}

function checkWeights(
  children: ReadonlyMap<string, readonly string[]>,
  byCode: ReadonlyMap<string, IndicatorMeta>,
  rowOf: ReadonlyMap<string, number>,
  compat: Compat,
  diagnostics: Diagnostic[],
) {
  for (const [parent, kids] of children) {
    let sum = 0;
    for (const kid of kids) {
      const weight = byCode.get(kid)?.weight ?? 0;
      sum += weight;
      if (weight < 0) {
        diagnostics.push({
          code: "composite-index/negative-weight",
          severity: "warning",
          message: `${kid} has a negative Weight (${weight})`,
          where: { table: "iMeta", row: (rowOf.get(kid) ?? 0) + 1, column: "Weight" },
        });
      }
    }
    if (sum === 0) {
      const message = `the weights of the children of ${parent} (${kids.join(", ")}) sum to zero, so ${parent} cannot be aggregated`;
      if (compat === "strict") throw fail(`iMeta rows of ${kids.join(", ")} (Weight)`, message);
      diagnostics.push({
        code: "composite-index/zero-weight-sum",
        severity: "warning",
        message,
        where: { table: "iMeta", code: parent },
      });
    }
  }
}

export function buildHierarchy(
  meta: readonly IndicatorMeta[],
  byCode: ReadonlyMap<string, IndicatorMeta>,
  rowOf: ReadonlyMap<string, number>,
  hasTarget: boolean,
  compat: Compat,
  diagnostics: Diagnostic[],
): MetaHierarchy {
  const indicators = meta.filter((entry) => entry.type === "Indicator").map((entry) => entry.iCode);
  if (indicators.length === 0) throw fail("iMeta (Type)", "no row has Type Indicator");
  if (hasTarget) {
    for (const code of indicators) {
      if (byCode.get(code)?.target === null) {
        throw fail(
          `iMeta row ${(rowOf.get(code) ?? 0) + 1} (Target)`,
          `indicator ${code} has no Target; when the Target column is present every indicator needs one`,
        );
      }
    }
  }
  checkParents(meta, byCode, rowOf);
  const index = meta.filter((entry) => entry.level !== null);
  const maxLevel = checkLevels(index, byCode, rowOf);
  const aggregatesByLevel: string[][] = [];
  for (let level = 2; level <= maxLevel; level += 1) {
    const codes = index.filter((entry) => entry.level === level).map((entry) => entry.iCode);
    aggregatesByLevel.push(codes.sort(compareCodes));
  }
  const children = new Map<string, string[]>();
  for (const codes of aggregatesByLevel) for (const code of codes) children.set(code, []);
  for (const columnOrder of [indicators, ...aggregatesByLevel]) {
    for (const code of columnOrder) {
      const parent = byCode.get(code)?.parent;
      if (parent) children.get(parent)?.push(code);
    }
  }
  for (const [code, kids] of children) {
    if (kids.length === 0) {
      throw fail(
        `iMeta row ${(rowOf.get(code) ?? 0) + 1} (iCode)`,
        `aggregate ${code} has no child (no row names it as Parent)`,
      );
    }
  }
  checkWeights(children, byCode, rowOf, compat, diagnostics);
  for (const entry of index) {
    if (entry.type === "Aggregate" && entry.direction === -1) {
      diagnostics.push({
        code: "composite-index/aggregate-direction-ignored",
        severity: "warning",
        message: `aggregate ${entry.iCode} has Direction -1, which has no effect (only indicator directions are applied)`,
        where: { table: "iMeta", row: (rowOf.get(entry.iCode) ?? 0) + 1, column: "Direction" },
      });
    }
  }
  const top = aggregatesByLevel[aggregatesByLevel.length - 1];
  if (top !== undefined && top.length > 1) {
    diagnostics.push({
      code: "composite-index/several-top-aggregates",
      severity: "warning",
      message: `the top level holds ${top.length} aggregates (${top.join(", ")}); an index has one`,
      where: { table: "iMeta", level: maxLevel },
    });
  }
  const original = new Map<string, number>();
  for (const entry of index) original.set(entry.iCode, entry.weight ?? 0);
  return { meta, metaByCode: byCode, indicators, aggregatesByLevel, maxLevel, children, original };
}
