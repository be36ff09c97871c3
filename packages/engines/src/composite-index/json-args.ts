/**
 * Reading a step's JSON arguments: small typed getters that throw a `CompositeIndexError` naming
 * the argument path (`steps[3].global_specs.f1_para.winmax`) and what was expected.
 */
import { CompositeIndexError } from "./composite-index-error.ts";

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isJsonRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function invalidArgument(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-pipeline", where, message);
}

/** Refuses keys outside `allowed`, so a misspelt argument is not silently ignored. */
export function refuseUnknownKeys(record: JsonRecord, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      throw invalidArgument(`${where}.${key}`, `unknown argument; expected one of ${allowed.join(", ")}`);
    }
  }
}

export function readRecord(value: unknown, where: string): JsonRecord {
  if (!isJsonRecord(value)) throw invalidArgument(where, `expected an object, got ${describe(value)}`);
  return value;
}

export function readBoolean(value: unknown, where: string): boolean {
  if (typeof value !== "boolean")
    throw invalidArgument(where, `expected true or false, got ${describe(value)}`);
  return value;
}

export function readFiniteNumber(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalidArgument(where, `expected a finite number, got ${describe(value)}`);
  }
  return value;
}

export function readString(value: unknown, where: string): string {
  if (typeof value !== "string") throw invalidArgument(where, `expected a string, got ${describe(value)}`);
  return value;
}

/** A fixed-length array of finite numbers, e.g. `l_u: [0, 100]`. */
export function readNumberTuple(value: unknown, length: number, where: string): number[] {
  if (!Array.isArray(value) || value.length !== length) {
    throw invalidArgument(where, `expected an array of ${length} numbers, got ${describe(value)}`);
  }
  return value.map((entry, index) => readFiniteNumber(entry, `${where}[${index}]`));
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return "an object";
  return String(value);
}
