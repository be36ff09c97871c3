/**
 * Which data code (REF_AREA, `KZAKM`) a boundary file's map code (GeoCode, `KZ03`) stands for,
 * derived from the rows of the publisher's own files that give both. The files are not
 * consistent (Kazstat's 17-3-1-3 gives `KZ03` to every region from 2018; 2-3-1 shifts its
 * REF_AREA column by one row from 2018), so each map code takes the data code most rows give it;
 * a tie is broken by the boundary's name agreeing with the data code's Russian name, and every
 * other pairing is kept as a conflict, with its rows and files, for the import to reject.
 */

/** One row of a publisher's file that names a region by both codes. */
export interface CodePair {
  readonly geoCode: string;
  readonly refArea: string;
  readonly file: string;
}

export interface Boundary {
  readonly geoCode: string;
  readonly name: string;
}

export interface Correspondence {
  readonly geoCode: string;
  readonly refArea: string;
  readonly boundaryName: string;
  readonly rows: number;
  readonly files: readonly string[];
  /** The boundary's name is the data code's Russian name (ignoring "г." and case). */
  readonly namesAgree: boolean;
}

export interface Conflict {
  readonly geoCode: string;
  readonly refArea: string;
  readonly rows: number;
  readonly files: readonly string[];
}

export interface CorrespondenceResult {
  readonly regions: readonly Correspondence[];
  readonly conflicts: readonly Conflict[];
}

/** `г.Алматы`, `г_Алматы` and `алматы` are one name. */
export function sameName(left: string, right: string): boolean {
  const fold = (name: string) =>
    name
      .trim()
      .toLowerCase()
      .replace(/^г[._\s]\s*/, "");
  return fold(left) === fold(right);
}

export function deriveCorrespondence(
  pairs: readonly CodePair[],
  boundaries: readonly Boundary[],
  russianName: (refArea: string) => string | undefined,
): CorrespondenceResult {
  const unknown = pairs.find((pair) => !boundaries.some((boundary) => boundary.geoCode === pair.geoCode));
  if (unknown !== undefined)
    throw new Error(`${unknown.file}: map code ${unknown.geoCode} is not in the boundary file`);
  const tally = new Map<string, Map<string, { rows: number; files: Set<string> }>>();
  for (const pair of pairs) {
    const byRef = tally.get(pair.geoCode) ?? new Map<string, { rows: number; files: Set<string> }>();
    const entry = byRef.get(pair.refArea) ?? { rows: 0, files: new Set<string>() };
    entry.rows += 1;
    entry.files.add(pair.file);
    byRef.set(pair.refArea, entry);
    tally.set(pair.geoCode, byRef);
  }
  const regions: Correspondence[] = [];
  const conflicts: Conflict[] = [];
  for (const boundary of [...boundaries].sort((a, b) => compare(a.geoCode, b.geoCode))) {
    const candidates = [...(tally.get(boundary.geoCode) ?? new Map()).entries()];
    const most = Math.max(0, ...candidates.map(([, entry]) => entry.rows));
    const leaders = candidates.filter(([, entry]) => entry.rows === most);
    const named = (refArea: string) => sameName(russianName(refArea) ?? "", boundary.name);
    const chosen = leaders.length === 1 ? leaders[0] : leaders.find(([refArea]) => named(refArea));
    if (chosen === undefined) {
      throw new Error(
        `map code ${boundary.geoCode} (${boundary.name}): no data code is given with it more often than the others (${leaders.map(([code]) => code).join(", ") || "none"})`,
      );
    }
    const [refArea, entry] = chosen;
    regions.push({
      geoCode: boundary.geoCode,
      refArea,
      boundaryName: boundary.name,
      rows: entry.rows,
      files: [...entry.files].sort(compare),
      namesAgree: named(refArea),
    });
    for (const [other, otherEntry] of candidates)
      if (other !== refArea)
        conflicts.push({
          geoCode: boundary.geoCode,
          refArea: other,
          rows: otherEntry.rows,
          files: [...otherEntry.files].sort(compare),
        });
  }
  const twice = regions.find((region, index) =>
    regions.some((other, at) => at < index && other.refArea === region.refArea),
  );
  if (twice !== undefined) throw new Error(`data code ${twice.refArea} stands for two map codes`);
  conflicts.sort((a, b) => compare(a.geoCode, b.geoCode) || compare(a.refArea, b.refArea));
  return { regions, conflicts };
}

const compare = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);
