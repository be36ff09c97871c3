/**
 * Backup files: the database layer's line format, gzip-compressed and streamed, so a backup of
 * any size is written and read in bounded memory. Restores read plain or gzip files.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import {
  type DatabaseHandle,
  dumpDatabase,
  type RestoreCounts,
  restoreDatabase,
} from "@circular-atlas/database";
import { invalidateReferenceCatalogue } from "../reference/reference-catalogue.ts";

export async function writeBackupFile(options: {
  handle: DatabaseHandle;
  file: string;
  now?: () => Date;
}): Promise<{ rows: number }> {
  let rows = -1;
  const lines = dumpDatabase(options.handle.db, {
    kind: options.handle.kind,
    now: options.now ?? (() => new Date()),
  });
  async function* withNewlines() {
    for await (const line of lines) {
      rows++;
      yield `${line}\n`;
    }
  }
  // Write beside the target and rename, so an interrupted backup never leaves a truncated file.
  const partial = `${options.file}.partial`;
  try {
    await pipeline(Readable.from(withNewlines()), createGzip(), createWriteStream(partial));
    await rename(partial, options.file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { rows };
}

export async function restoreBackupFile(options: {
  handle: DatabaseHandle;
  file: string;
}): Promise<RestoreCounts> {
  const gzipped = await isGzip(options.file);
  const stream = createReadStream(options.file);
  const input = gzipped ? stream.pipe(createGunzip()) : stream;
  try {
    return await restoreDatabase(options.handle.db, readLines(input));
  } finally {
    stream.destroy();
    invalidateReferenceCatalogue(options.handle.db);
  }
}

/**
 * Lines of a text stream. Unlike readline, which emits lines as soon as it is created and loses
 * those nobody is iterating yet, this reads only when asked, so the consumer may await first.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let newline = pending.indexOf("\n");
    while (newline !== -1) {
      yield pending.slice(0, newline).replace(/\r$/, "");
      pending = pending.slice(newline + 1);
      newline = pending.indexOf("\n");
    }
  }
  pending += decoder.decode();
  if (pending !== "") yield pending.replace(/\r$/, "");
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}
