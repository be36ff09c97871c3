/**
 * The canonical text key of a breakdown, `DIM=CODE;DIM=CODE` sorted by dimension, empty for the
 * total. The database's uniqueness of (indicator, area, period, breakdown) rests on it.
 */

export function dimensionKeyOf(dimensions: Readonly<Record<string, string>>): string {
  return Object.keys(dimensions)
    .sort()
    .map((dimension) => `${dimension}=${dimensions[dimension]}`)
    .join(";");
}

export function parseDimensionKey(key: string): Record<string, string> {
  const dimensions: Record<string, string> = {};
  if (key.trim() === "") return dimensions;
  for (const part of key.split(";")) {
    const separator = part.indexOf("=");
    if (separator <= 0)
      throw new Error(`malformed breakdown ${JSON.stringify(key)}: expected DIM=CODE pairs separated by ";"`);
    dimensions[part.slice(0, separator)] = part.slice(separator + 1);
  }
  return dimensions;
}
