/**
 * Checks the framework catalogue against the indicator catalogue before it is written: ids and
 * codes unique, every indicator in a declared group, every linked series a baseline series.
 */
import type { BaselineFramework, BaselineIndicator } from "@circular-atlas/contracts";

export function checkFrameworks(
  frameworks: readonly BaselineFramework[],
  indicators: readonly BaselineIndicator[],
): void {
  const seriesCodes = new Set(indicators.map((indicator) => indicator.code));
  const problems: string[] = [];
  const duplicates = (values: readonly string[]) =>
    values.filter((value, index) => values.indexOf(value) !== index);
  for (const id of duplicates(frameworks.map((framework) => framework.id)))
    problems.push(`framework ${id} twice`);
  for (const framework of frameworks) {
    const groups = new Set(framework.groups.map((group) => group.code));
    for (const code of duplicates(framework.indicators.map((indicator) => indicator.code))) {
      problems.push(`${framework.id}: indicator ${code} twice`);
    }
    for (const indicator of framework.indicators) {
      const where = `${framework.id}/${indicator.code}`;
      if (!groups.has(indicator.groupCode)) problems.push(`${where}: unknown group ${indicator.groupCode}`);
      for (const link of indicator.series) {
        if (!seriesCodes.has(link.series)) problems.push(`${where}: unknown series ${link.series}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`framework catalogue: ${problems.join("; ")}`);
}
