/**
 * Reading R console printouts (the `#>` lines of COINr's documentation, prefix removed) and
 * comparing engine results with them at the precision R printed.
 *
 * R prints numbers with `digits = 7`: a vector or data-frame column gets one common number of
 * decimals, the most that any element needs to show its value rounded to 7 significant digits
 * (trailing zeros of that rounding are dropped). So a printed number is the value rounded to the
 * decimals shown and, when it shows fewer than 7 significant digits, also the value rounded to 7
 * significant digits ("0.13405" beside "0.00266" is 0.1340500 to 7 digits): the value lies within
 * the smaller of half a unit of the last printed place and half a unit of the 7th significant
 * digit. After `signif(x, k)` the bound is half a unit of the k-th significant digit; after
 * `round(x, d)` it is half a unit of the d-th decimal (the printed zeros carry no information).
 */

/** The tokens of a printed vector (`[1] 1.0 2.0 NA`, wrapped over lines), index markers dropped. */
export function parseVector(lines: readonly string[]): string[] {
  return lines.flatMap((line) => splitTokens(line).filter((token) => !/^\[\d+\]$/.test(token)));
}

export interface PrintedFrame {
  readonly rowNames: readonly string[];
  readonly columns: ReadonlyMap<string, readonly string[]>;
}

/**
 * A printed data frame, also when R wrapped its columns into several blocks. With row names,
 * a header line starts with white space (row names are left-aligned in column one); without
 * (`print(df, row.names = FALSE)`) the first line is the only header. Cells must not contain
 * spaces.
 */
export function parseFrame(lines: readonly string[], options: { rowNames?: boolean } = {}): PrintedFrame {
  const withRowNames = options.rowNames ?? true;
  const columns = new Map<string, string[]>();
  const rowNames: string[] = [];
  let header: string[] = [];
  let row = 0;
  lines.forEach((line, index) => {
    const isHeader = withRowNames ? /^\s/.test(line) : index === 0;
    if (isHeader) {
      header = splitTokens(line);
      row = 0;
      for (const name of header) columns.set(name, []);
      return;
    }
    const tokens = splitTokens(line);
    const cells = withRowNames ? tokens.slice(1) : tokens;
    if (cells.length !== header.length)
      throw new Error(`printout line ${index + 1} has ${cells.length} cells for ${header.length} columns`);
    if (withRowNames) {
      const name = tokens[0] as string;
      if (rowNames.length === row) rowNames.push(name);
      else if (rowNames[row] !== name) throw new Error(`printout line ${index + 1}: row ${name} out of step`);
    } else rowNames.push(String(row + 1));
    header.forEach((name, k) => {
      columns.get(name)?.push(cells[k] as string);
    });
    row += 1;
  });
  return { rowNames, columns };
}

/** A printed list of vectors (`$Pass`, `[1] FALSE`, blank line, `$Skew`, …). */
export function parseList(lines: readonly string[]): Map<string, string[]> {
  const items = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    const name = /^\$(\S+)$/.exec(line.trim());
    if (name) {
      current = [];
      items.set(name[1] as string, current);
    } else if (current && line.trim() !== "") current.push(...parseVector([line]));
  }
  return items;
}

export function column(frame: PrintedFrame, name: string): readonly string[] {
  const values = frame.columns.get(name);
  if (!values) throw new Error(`printout has no column ${name}`);
  return values;
}

/** A printed number as a double: NA and NaN are NaN (the engine's missing), Inf is ±Infinity. */
export function printedNumber(token: string): number {
  if (token === "NA" || token === "NaN") return Number.NaN;
  if (token === "Inf") return Number.POSITIVE_INFINITY;
  if (token === "-Inf") return Number.NEGATIVE_INFINITY;
  const value = Number(token);
  if (!Number.isFinite(value)) throw new Error(`printed token ${token} is not a number`);
  return value;
}

/**
 * How far from `token` R's default print (7 significant digits) leaves the value: the smaller of
 * half a unit of the last printed place and half a unit of the 7th significant digit ("0.13405"
 * → 5e-8, "122.35" → 5e-5, "6.255713e-10" → 5e-17).
 */
export function halfUnitPrinted(token: string): number {
  return Math.min(halfUnitDecimals(token), halfUnitSignif(token, 7) || Number.POSITIVE_INFINITY);
}

/** Half a unit of the last printed place of `token`, for values rounded before printing. */
export function halfUnitDecimals(token: string): number {
  const [mantissa = "", exponent] = token.split(/e/i);
  const decimals = mantissa.includes(".") ? mantissa.length - mantissa.indexOf(".") - 1 : 0;
  return 0.5 * 10 ** (Number(exponent ?? 0) - decimals);
}

/** Half a unit of the `digits`-th significant digit of the printed value (0 for an exact 0). */
export function halfUnitSignif(token: string, digits: number): number {
  const value = Math.abs(printedNumber(token));
  if (value === 0) return 0;
  return 0.5 * 10 ** (Math.floor(Math.log10(value)) - digits + 1);
}

/**
 * Whether `actual` agrees with the printed token: both missing, both the same infinity, or
 * |actual − printed| ≤ half a unit of the printed precision + `slack` (the effect of inputs that
 * were themselves rounded printouts) + a rounding allowance of 1e-12 relative.
 */
export function agreesWithPrinted(
  actual: number,
  token: string,
  slack = 0,
  halfUnit: (token: string) => number = halfUnitPrinted,
): boolean {
  const expected = printedNumber(token);
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= halfUnit(token) + slack + 1e-12 * Math.max(1, Math.abs(expected));
}

/**
 * How far rounded inputs can move each output, to first order: every input cell is moved by
 * ± its half unit in turn and the largest change of each output is summed over cells. `compute`
 * maps input columns to a flat list of outputs; cells with a zero half unit (exact inputs) are
 * skipped. Missing outputs contribute nothing.
 */
export function inputRoundingSlack(
  inputs: readonly Float64Array[],
  halfUnits: readonly (readonly number[])[],
  compute: (inputs: readonly Float64Array[]) => readonly number[],
): number[] {
  const base = compute(inputs);
  const slack = base.map(() => 0);
  inputs.forEach((columnValues, c) => {
    columnValues.forEach((value, r) => {
      const h = halfUnits[c]?.[r] ?? 0;
      if (h === 0 || Number.isNaN(value)) return;
      const change = base.map(() => 0);
      for (const sign of [1, -1]) {
        const moved = inputs.map((col) => col.slice());
        (moved[c] as Float64Array)[r] = value + sign * h;
        compute(moved).forEach((y, k) => {
          const d = Math.abs(y - (base[k] as number));
          if (Number.isFinite(d) && d > (change[k] as number)) change[k] = d;
        });
      }
      change.forEach((d, k) => {
        slack[k] = (slack[k] as number) + d;
      });
    });
  });
  return slack;
}

function splitTokens(line: string): string[] {
  return line
    .trim()
    .split(/\s+/)
    .filter((token) => token !== "");
}
