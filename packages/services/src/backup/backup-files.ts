/**
 * Backup files: the database layer's line format, gzip-compressed and streamed, so a backup of
 * any size is written and read in bounded memory. Restores read plain or gzip files.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
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
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    return await restoreDatabase(options.handle.db, lines);
  } finally {
    lines.close();
    stream.destroy();
    invalidateReferenceCatalogue(options.handle.db);
  }
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
