/**
 * JSON as Python's `json.dump(value, file, indent=4)` writes it (pymrio's file_parameters.json
 * and metadata.json): `", "`-free item separator at line ends, `": "` after keys, non-ASCII
 * escaped as `\uXXXX` (ensure_ascii), no final line end.
 */

export type PythonJsonValue =
  | string
  | number
  | boolean
  | null
  | readonly PythonJsonValue[]
  | PythonJsonObject;
export interface PythonJsonObject {
  readonly [key: string]: PythonJsonValue;
}

export function toPythonJson(value: PythonJsonValue, indent = 4): string {
  return encode(value, 0, indent);
}

function encode(value: PythonJsonValue, depth: number, indent: number): string {
  if (value === null) return "null";
  if (typeof value === "string") return encodeString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const inner = " ".repeat((depth + 1) * indent);
  const outer = " ".repeat(depth * indent);
  if (isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => inner + encode(item, depth + 1, indent)).join(",\n")}\n${outer}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const members = entries.map(
    ([key, item]) => `${inner}${encodeString(key)}: ${encode(item, depth + 1, indent)}`,
  );
  return `{\n${members.join(",\n")}\n${outer}}`;
}

function isArray(value: PythonJsonValue): value is readonly PythonJsonValue[] {
  return Array.isArray(value);
}

function encodeString(text: string): string {
  // JSON.stringify escapes quotes, backslashes and control characters as Python does; then every
  // UTF-16 unit above 0x7e becomes \uXXXX, which is what ensure_ascii does (surrogates included).
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
