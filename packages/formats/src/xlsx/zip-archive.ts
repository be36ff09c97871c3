/**
 * The ZIP container of an OOXML package (APPNOTE.TXT 6.3.10): the central directory is read from
 * the end of the bytes, and entries are inflated on demand through fflate's streaming inflater
 * with one budget of uncompressed bytes for the whole archive, so a zip bomb stops at the cap
 * instead of filling memory. Every failure is a diagnostic naming the entry and what is wrong.
 */
import { Inflate } from "fflate";
import type { FormatDiagnostic } from "../diagnostic.ts";
import { crc32 } from "./crc32.ts";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; others are refused when the entry is read. */
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Uncompressed bytes still allowed; shared by every entry read. */
  budget: number;
}

export type ZipOpened = { readonly archive: ZipArchive } | { readonly diagnostic: FormatDiagnostic };
export type ZipRead = { readonly bytes: Uint8Array } | { readonly diagnostic: FormatDiagnostic };

const endOfDirectorySignature = 0x06054b50;
const directorySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
// The end record is 22 bytes plus a comment of at most 65,535 bytes.
const endRecordSearch = 22 + 0xffff;
// Pushing compressed input in slices bounds how far one push can overshoot the budget.
const inflateSlice = 4096;

const fail = (code: string, message: string): { diagnostic: FormatDiagnostic } => ({
  diagnostic: { code, severity: "error", message },
});

/** Reads the central directory; `maxUncompressedBytes` caps what all entries may inflate to. */
export function openZipArchive(bytes: Uint8Array, maxUncompressedBytes: number): ZipOpened {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - endRecordSearch); offset--)
    if (view.getUint32(offset, true) === endOfDirectorySignature) {
      end = offset;
      break;
    }
  if (end === -1)
    return fail(
      "xlsx/truncated-zip",
      "the ZIP archive has no end-of-directory record: the file is cut off or damaged",
    );
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    return fail(
      "xlsx/zip64",
      "the archive is in ZIP64 form (over 4 GB or 65,535 entries), which is not read",
    );
  if (directoryOffset + directorySize > end)
    return fail(
      "xlsx/truncated-zip",
      `the ZIP directory should start at byte ${directoryOffset} and take ${directorySize} bytes, past the end of the data: the file is cut off or damaged`,
    );
  const entries = new Map<string, ZipEntry>();
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== directorySignature)
      return fail(
        "xlsx/corrupt-zip",
        `ZIP directory entry ${index + 1} of ${count} (byte ${offset}) is damaged`,
      );
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > end)
      return fail("xlsx/corrupt-zip", `ZIP directory entry ${index + 1} runs past the directory`);
    const name = new TextDecoder("utf-8").decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.set(name, {
      name,
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { archive: { bytes, entries, budget: maxUncompressedBytes } };
}

/** The bytes of one entry, checked against its CRC and size, within the archive's budget. */
export function readZipEntry(archive: ZipArchive, entry: ZipEntry): ZipRead {
  const { bytes } = archive;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const where = `ZIP entry ${entry.name}`;
  if ((entry.flags & 1) !== 0) return fail("xlsx/encrypted", `${where} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8)
    return fail(
      "xlsx/zip-method",
      `${where} uses compression method ${entry.method}; only stored and deflated entries are read`,
    );
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== localHeaderSignature)
    return fail("xlsx/corrupt-zip", `${where}: no local header at byte ${header}; the file is damaged`);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressedSize > bytes.length)
    return fail(
      "xlsx/truncated-zip",
      `${where} needs ${entry.compressedSize} bytes from byte ${start}, past the end of the file: it is cut off`,
    );
  if (entry.uncompressedSize > archive.budget) return tooLarge(archive, entry);
  const compressed = bytes.subarray(start, start + entry.compressedSize);
  const inflated = entry.method === 0 ? { bytes: compressed } : inflate(archive, entry, compressed);
  if ("diagnostic" in inflated) return inflated;
  const output = inflated.bytes;
  if (output.length !== entry.uncompressedSize || crc32(output) !== entry.crc)
    return fail(
      "xlsx/corrupt-zip",
      `${where} does not match its checksum or size (${output.length} bytes, ${entry.uncompressedSize} declared): the file is damaged`,
    );
  archive.budget -= output.length;
  return { bytes: output };
}

function tooLarge(archive: ZipArchive, entry: ZipEntry): { diagnostic: FormatDiagnostic } {
  return fail(
    "xlsx/too-large",
    `ZIP entry ${entry.name} would inflate past the limit on uncompressed data (${archive.budget} bytes left); the workbook is too large or a zip bomb`,
  );
}

function inflate(archive: ZipArchive, entry: ZipEntry, compressed: Uint8Array): ZipRead {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  try {
    for (let offset = 0; offset < compressed.length; offset += inflateSlice) {
      const last = offset + inflateSlice >= compressed.length;
      inflater.push(compressed.subarray(offset, offset + inflateSlice), last);
      // The declared size may lie; the budget is what protects memory.
      if (total > archive.budget) return tooLarge(archive, entry);
    }
    if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    return fail(
      "xlsx/corrupt-zip",
      `ZIP entry ${entry.name} does not inflate (${error instanceof Error ? error.message : String(error)}): the file is damaged`,
    );
  }
  const output = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes: output };
}
