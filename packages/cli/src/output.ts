/** Results go to stdout or to `--out`; diagnostics always to stderr. */
import { writeFile } from "node:fs/promises";

export async function writeResult(text: string, out: string | undefined): Promise<void> {
  if (out === undefined || out === "-") {
    process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    return;
  }
  await writeFile(out, text);
}

export function note(message: string): void {
  process.stderr.write(`${message}\n`);
}
