/**
 * How far a typed word may be from an indexed one and still count as the same word. The
 * thresholds are Meilisearch's defaults (one typo from 5 letters, two from 9); distances count
 * code points, not bytes, so a Persian or Cyrillic letter is one edit like a Latin one
 * (typesense#1957 is the bug this avoids).
 */

/** Typos tolerated in a word of this length: 0 below 5 letters, 1 below 9, then 2. */
export function allowedTypos(word: string): number {
  const length = [...word].length;
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), in code
 * points: `recyclng` → `recycling` is 1, `перерабтка` → `переработка` is 1.
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  // d[i][j]: distance between the first i letters of s and the first j of t.
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    const row = d[i] as number[];
    const above = d[i - 1] as number[];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[s.length] as number[])[t.length] as number;
}

/** True when `candidate` is within the typos `typed` allows (and is not the same word). */
export function isTypoOf(typed: string, candidate: string): boolean {
  if (typed === candidate) return false;
  const allowed = allowedTypos(typed);
  return allowed > 0 && editDistance(typed, candidate) <= allowed;
}
