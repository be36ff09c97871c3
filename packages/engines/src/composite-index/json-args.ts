/**
 * Value readers for nested step arguments (`global_specs.f1_para.winmax`), beside the key readers
 * of `step-args.ts`: here a JSON null is a value the caller decides about (Treat reads it as
 * "no limit" or "remove"), not an absent key.
 */
import { argError, isObject, type JsonObject } from "./step-args.ts";

export function readRecord(value: unknown, where: string): JsonObject {
  if (!isObject(value)) throw argError(where, `expected an object, got ${describe(value)}`);
  return value;
}

export function readBoolean(value: unknown, where: string): boolean {
  if (typeof value !== "boolean") throw argError(where, `expected true or false, got ${describe(value)}`);
  return value;
}

export function readFiniteNumber(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw argError(where, `expected a finite number, got ${describe(value)}`);
  }
  return value;
}

export function readString(value: unknown, where: string): string {
  if (typeof value !== "string") throw argError(where, `expected a string, got ${describe(value)}`);
  return value;
}

/** A fixed-length array of finite numbers, e.g. `l_u: [0, 100]`. */
export function readNumberTuple(value: unknown, length: number, where: string): number[] {
  if (!Array.isArray(value) || value.length !== length) {
    throw argError(where, `expected an array of ${length} numbers, got ${describe(value)}`);
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
