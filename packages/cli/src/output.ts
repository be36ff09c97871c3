/** Results go to stdout or to `--out`; diagnostics always to stderr. */
import { writeFile } from "node:fs/promises";

/** Text gets a final line break on stdout; bytes (an XLSX workbook) are written as they are. */
export async function writeResult(content: string | Uint8Array, out: string | undefined): Promise<void> {
  if (out === undefined || out === "-") {
    if (typeof content !== "string") {
      await new Promise<void>((resolve, reject) =>
        process.stdout.write(content, (error) => (error ? reject(error) : resolve())),
      );
      return;
    }
    process.stdout.write(content.endsWith("\n") ? content : `${content}\n`);
    return;
  }
  await writeFile(out, content);
}

export function note(message: string): void {
  process.stderr.write(`${message}\n`);
}
