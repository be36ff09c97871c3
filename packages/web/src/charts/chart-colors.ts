import { schemeTableau10 } from "d3-scale-chromatic";

/**
 * Categorical colours. Countries take their colour from their place among the member codes in
 * alphabetical order, so a country keeps its colour on every chart; breakdown parts take theirs
 * from their place in the code list.
 */
export function categoryColor(index: number): string {
  return schemeTableau10[index % schemeTableau10.length] ?? "currentColor";
}

export function countryColors(codes: readonly string[]): Map<string, string> {
  return new Map([...codes].sort().map((code, index) => [code, categoryColor(index)]));
}
