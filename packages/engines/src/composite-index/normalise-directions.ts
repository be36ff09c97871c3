/**
 * Normalise's `directions`: an iMeta column name (default "Direction") or an object iCode → ±1,
 * resolved for every indicator and aggregate of the frame.
 */
import type { CoinFrame, Compat } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { iMetaRow, readDirection } from "./normalise-specs.ts";
import { argError, isObject } from "./step-args.ts";

export function resolveDirections(
  value: unknown,
  where: string,
  frame: CoinFrame,
  compat: Compat,
): ReadonlyMap<string, 1 | -1> {
  const entries = frame.meta.filter((entry) => entry.type === "Indicator" || entry.type === "Aggregate");
  const directions = new Map<string, 1 | -1>();
  if (value === undefined || value === null || typeof value === "string") {
    const column = value ?? "Direction";
    for (const entry of entries) {
      const cell = column === "Direction" ? entry.direction : entry.extra[column];
      if (cell === undefined) throw argError(where, `iMeta has no column ${column}`);
      if (cell === null && entry.type === "Aggregate") continue;
      try {
        directions.set(entry.iCode, readDirection(cell, where));
      } catch {
        const message = `${entry.iCode} needs a direction of 1 or -1, got ${JSON.stringify(cell)}`;
        throw new CompositeIndexError(
          "composite-index/invalid-meta",
          `iMeta row ${iMetaRow(frame, entry)} (${column})`,
          message,
        );
      }
    }
    return directions;
  }
  if (!isObject(value)) throw argError(where, "expected an iMeta column name or an object of iCode: 1 | -1");
  for (const [code, direction] of Object.entries(value)) {
    const entry = frame.metaByCode.get(code);
    if (entry === undefined || (entry.type !== "Indicator" && entry.type !== "Aggregate")) {
      // COINr ignores directions rows for codes that are not columns; strict refuses the typo.
      if (compat === "strict")
        throw argError(`${where}.${code}`, `${code} is not an indicator or aggregate of iMeta`);
      continue;
    }
    directions.set(code, readDirection(direction, `${where}.${code}`));
  }
  for (const code of frame.indicators) {
    if (!directions.has(code)) throw argError(where, `no direction for indicator ${code}`);
  }
  return directions;
}
