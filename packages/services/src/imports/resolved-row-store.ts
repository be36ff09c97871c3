/**
 * The checked rows of an import, held compactly between reading and writing. An import repeats
 * a few series, areas, periods, units and sources over many rows, so every text field is
 * interned once and each row keeps only indexes in typed columns: about 60 bytes a row and its
 * value's text, where the row's objects took kilobytes. The all-or-nothing rule needs every row
 * checked before any is written; this is what lets a 50 MB file be checked in bounded memory.
 * Rows come back as objects one at a time (`row(i)`), for the rules and for writing in batches.
 */
import type { NewObservation } from "@circular-atlas/database";
import type { ResolvedRow } from "./resolve-import-rows.ts";

/** A row as the import's later steps need it: the checked row and the file it came from. */
export type StoredRow = ResolvedRow & { readonly fileName: string };

/** Interned texts: the index of a text, and the text of an index. */
class Strings {
  readonly #index = new Map<string, number>();
  readonly #texts: string[] = [];

  id(text: string): number {
    const known = this.#index.get(text);
    if (known !== undefined) return known;
    const id = this.#texts.length;
    this.#texts.push(text);
    this.#index.set(text, id);
    return id;
  }

  text(id: number): string {
    return this.#texts[id] as string;
  }
}

/** A growable list of 32-bit integers: a column of the store, or the lines of a file's rows. */
export class IntList {
  #values = new Int32Array(1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#values.length) {
      const grown = new Int32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#length++] = value;
  }

  get(index: number): number {
    return this.#values[index] as number;
  }
}

/** -1 stands for null in a column of optional texts. */
const none = -1;

/** Period indexes below this pack with the series index into one exact number key. */
const periodSpan = 2 ** 21;

export class ResolvedRowStore {
  readonly #strings = new Strings();
  /** The breakdown of each dimension key, parsed once. */
  readonly #dimensions = new Map<number, Readonly<Record<string, string>>>();
  readonly #values: string[] = [];
  /** The value as written: the same string as the stored (canonical) value where they agree. */
  readonly #rawValues: string[] = [];
  readonly #columns = {
    line: new IntList(),
    file: new IntList(),
    series: new IntList(),
    indicator: new IntList(),
    area: new IntList(),
    timePeriod: new IntList(),
    year: new IntList(),
    dimensionKey: new IntList(),
    unit: new IntList(),
    unitMult: new IntList(),
    obsStatus: new IntList(),
    nature: new IntList(),
    source: new IntList(),
    sourceDetail: new IntList(),
    originalCode: new IntList(),
    comment: new IntList(),
    derivation: new IntList(),
  };
  #length = 0;

  get length(): number {
    return this.#length;
  }

  /** Adds a row of file `fileName`; returns its index. */
  add(row: ResolvedRow, fileName: string): number {
    const index = this.#length++;
    const { observation } = row;
    const c = this.#columns;
    const s = this.#strings;
    const optional = (text: string | null | undefined) =>
      text === null || text === undefined ? none : s.id(text);
    const dimensionKey = s.id(observation.dimensionKey ?? "");
    if (!this.#dimensions.has(dimensionKey))
      this.#dimensions.set(dimensionKey, { ...observation.dimensions });
    c.line.push(row.line);
    c.file.push(s.id(fileName));
    c.indicator.push(s.id(observation.indicatorCode));
    c.area.push(s.id(observation.areaCode));
    c.series.push(
      s.id(
        `${observation.indicatorCode}\u0000${observation.areaCode}\u0000${observation.dimensionKey ?? ""}`,
      ),
    );
    c.timePeriod.push(s.id(observation.timePeriod));
    c.year.push(observation.year);
    c.dimensionKey.push(dimensionKey);
    c.unit.push(s.id(observation.unit));
    c.unitMult.push(observation.unitMult ?? 0);
    c.obsStatus.push(s.id(observation.obsStatus ?? "A"));
    c.nature.push(optional(observation.nature));
    c.source.push(s.id(observation.sourceId));
    c.sourceDetail.push(optional(observation.sourceDetail));
    c.originalCode.push(s.id(observation.originalCode));
    c.comment.push(optional(observation.comment));
    c.derivation.push(optional(observation.derivation));
    this.#values.push(observation.value);
    this.#rawValues.push(row.rawValue === observation.value ? observation.value : row.rawValue);
    return index;
  }

  /** Row `index` as objects again. */
  row(index: number): StoredRow {
    const c = this.#columns;
    const s = this.#strings;
    const optional = (id: number) => (id === none ? null : s.text(id));
    const value = this.#values[index] as string;
    const dimensionKey = c.dimensionKey.get(index);
    const observation: NewObservation = {
      indicatorCode: s.text(c.indicator.get(index)),
      areaCode: s.text(c.area.get(index)),
      timePeriod: s.text(c.timePeriod.get(index)),
      year: c.year.get(index),
      dimensionKey: s.text(dimensionKey),
      dimensions: { ...this.#dimensions.get(dimensionKey) },
      value,
      unit: s.text(c.unit.get(index)),
      unitMult: c.unitMult.get(index),
      obsStatus: s.text(c.obsStatus.get(index)),
      nature: optional(c.nature.get(index)),
      sourceId: s.text(c.source.get(index)),
      sourceDetail: optional(c.sourceDetail.get(index)),
      originalCode: s.text(c.originalCode.get(index)),
      comment: optional(c.comment.get(index)),
      ...(c.derivation.get(index) === none ? {} : { derivation: s.text(c.derivation.get(index)) }),
    };
    return {
      line: c.line.get(index),
      fileName: s.text(c.file.get(index)),
      rawValue: this.#rawValues[index] as string,
      observation,
    };
  }

  line(index: number): number {
    return this.#columns.line.get(index);
  }

  fileName(index: number): string {
    return this.#strings.text(this.#columns.file.get(index));
  }

  indicator(index: number): string {
    return this.#strings.text(this.#columns.indicator.get(index));
  }

  area(index: number): string {
    return this.#strings.text(this.#columns.area.get(index));
  }

  /** The series (indicator × area × breakdown) of a row, as a number equal for equal series. */
  seriesId(index: number): number {
    return this.#columns.series.get(index);
  }

  /**
   * The observation key of a row (series and period) as a value equal for equal keys: a number
   * while the interned texts allow it exactly, else a string.
   */
  keyOf(index: number): number | string {
    const period = this.#columns.timePeriod.get(index);
    const series = this.#columns.series.get(index);
    return period < periodSpan && series < 2 ** 31 ? series * periodSpan + period : `${series}:${period}`;
  }
}
