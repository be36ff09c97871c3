/**
 * Small readers for step arguments from pipeline.json: each checks one value and, when it is
 * wrong, throws a `CompositeIndexError` whose `where` is the argument's path
 * (`steps[1].dat_thresh`), so every step reports bad JSON the same way.
 */
import { CompositeIndexError } from "./composite-index-error.ts";

export type JsonObject = Readonly<Record<string, unknown>>;

export function argError(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-pipeline", where, message);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Refuses keys the step does not take, naming the first one and the keys it does take. */
export function rejectUnknownKeys(raw: JsonObject, where: string, known: readonly string[]): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      throw argError(`${where}.${key}`, `unknown argument; this step takes ${known.join(", ")}`);
    }
  }
}

export function optionalString<T extends string>(
  raw: JsonObject,
  key: string,
  where: string,
  allowed?: readonly T[],
): T | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string")
    throw argError(`${where}.${key}`, `expected a string, got ${JSON.stringify(value)}`);
  if (allowed !== undefined && !allowed.includes(value as T)) {
    throw argError(`${where}.${key}`, `${JSON.stringify(value)} is not one of ${allowed.join(", ")}`);
  }
  return value as T;
}

export function optionalNumber(
  raw: JsonObject,
  key: string,
  where: string,
  range?: { min?: number; max?: number; integer?: boolean },
): number | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw argError(`${where}.${key}`, `expected a number, got ${JSON.stringify(value)}`);
  }
  if (range?.integer === true && !Number.isInteger(value))
    throw argError(`${where}.${key}`, `expected a whole number, got ${value}`);
  if (range?.min !== undefined && value < range.min)
    throw argError(`${where}.${key}`, `${value} is below ${range.min}`);
  if (range?.max !== undefined && value > range.max)
    throw argError(`${where}.${key}`, `${value} is above ${range.max}`);
  return value;
}

export function optionalBoolean(raw: JsonObject, key: string, where: string): boolean | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean")
    throw argError(`${where}.${key}`, `expected true or false, got ${JSON.stringify(value)}`);
  return value;
}
