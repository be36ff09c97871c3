import { UsageError } from "./exit-codes.ts";

const codeList = /^[A-Za-z0-9._-]+(,[A-Za-z0-9._-]+)*$/;

/** A `--flag a,b,c` value split into codes, or a usage error naming the flag; undefined stays undefined. */
export function splitCodeList(flag: string, value: string, what?: string): string[];
export function splitCodeList(flag: string, value: string | undefined, what?: string): string[] | undefined;
export function splitCodeList(flag: string, value: string | undefined, what = "codes"): string[] | undefined {
  if (value === undefined) return undefined;
  if (!codeList.test(value)) throw new UsageError(`--${flag} must be comma-separated ${what} (got ${value})`);
  return value.split(",");
}
