/**
 * Where an uncertain input lands in a step's JSON: argument paths (`global_specs.f1_para.winmax`,
 * `f_ag[1]`, or `.` for the step itself) and the copy of the step's arguments with an
 * alternative put in place, shared by the spec check and the replication loop.
 */
import type { ParsedStep } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";

export type ArgumentPath = readonly (string | number)[];

function invalid(where: string, message: string): CompositeIndexError {
  return new CompositeIndexError("composite-index/invalid-uncertainty", where, message);
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * "global_specs.f1_para.winmax" or "f_ag[1]" → ["global_specs", "f1_para", "winmax"], ["f_ag", 1].
 * "." is the step itself: each alternative is an object of several arguments that vary together
 * (`{"f_ag": "a_genmean", "f_ag_para": {"p": 0.5}}`), merged over the step's own; the path is [].
 */
export function parseArgumentPath(argument: string, where: string): ArgumentPath {
  if (argument === ".") return [];
  const path: (string | number)[] = [];
  for (const part of argument.split(".")) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)$/.exec(part) ?? /^(\d+)()$/.exec(part);
    if (match === null)
      throw invalid(where, `"${argument}" is not an argument path like global_specs.f1_para.winmax`);
    const head = match[1] as string;
    path.push(/^\d+$/.test(head) ? Number(head) : head);
    for (const index of (match[2] as string).matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  if (["op", "dset", "write_to"].includes(String(path[0]))) {
    throw invalid(where, `${path[0]} says what a step is, not how it computes; it cannot be uncertain`);
  }
  return path;
}

/** A copy of `target` with `value` at `path`, sharing every branch it does not touch. */
export function withValueAt(target: unknown, path: ArgumentPath, value: unknown, where: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof head === "number") {
    if (!Array.isArray(target) || head >= target.length) {
      throw invalid(where, `index [${head}] needs a list with more than ${head} entries at that place`);
    }
    const copy = [...target];
    copy[head] = withValueAt(target[head], rest, value, where);
    return copy;
  }
  if (target !== undefined && target !== null && !isObject(target)) {
    throw invalid(where, `"${head}" is looked up in ${JSON.stringify(target)}, which is not an object`);
  }
  const object = (target ?? {}) as Readonly<Record<string, unknown>>;
  return { ...object, [head]: withValueAt(object[head], rest, value, where) };
}

/**
 * A step's arguments with an alternative put in place: at its path, or for the path [] (".")
 * merged over them, so arguments that vary together (a function and its parameters) are one input.
 */
export function withAlternative(
  args: Readonly<Record<string, unknown>>,
  path: ArgumentPath,
  value: unknown,
  where: string,
): Readonly<Record<string, unknown>> {
  if (path.length > 0) return withValueAt(args, path, value, where) as Readonly<Record<string, unknown>>;
  if (!isObject(value))
    throw invalid(
      where,
      `with argument ".", each alternative is an object of the step's arguments, not ${JSON.stringify(value)}`,
    );
  for (const key of ["op", "dset", "write_to"])
    if (key in value)
      throw invalid(
        `${where}.${key}`,
        `${key} says what a step is, not how it computes; it cannot be uncertain`,
      );
  return { ...args, ...value };
}

/** The step's arguments (its JSON without op, dset and write_to) with one alternative in place. */
export function stepArgsWith(step: ParsedStep, path: ArgumentPath, value: unknown, where: string) {
  const { op: _op, dset: _dset, write_to: _writeTo, ...own } = step.raw;
  return withAlternative(own, path, value, where);
}
