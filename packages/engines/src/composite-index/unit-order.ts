/**
 * The order COINr sorts codes in. `new_coin` sorts iData by `order(uCode)`; R's character sort
 * follows the session's collation, which on the platforms COINr's users run (any non-C locale,
 * R built with ICU) is ICU's root collation: punctuation before digits before letters, case
 * ignored at first and lowercase first on a tie ("_x" < "a" < "A" < "a1" < "ab" < "Ab" < "b").
 * `Intl.Collator("en")` is the same CLDR root collation. Checked against Rscript in
 * `test/golden/composite-index/unit-order.R`. Codes the collator finds equal (none of our
 * validated codes) fall back to UTF-16 order so the result is total and deterministic.
 */
const collator = new Intl.Collator("en", { usage: "sort", sensitivity: "variant", numeric: false });

export function compareCodes(a: string, b: string): number {
  const byCollation = collator.compare(a, b);
  if (byCollation !== 0) return byCollation;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortCodes(codes: readonly string[]): string[] {
  return [...codes].sort(compareCodes);
}
