/**
 * A progress bar on stderr, only when stderr is a terminal (logs and pipes stay clean). Services
 * report `(done, total, label)`; this draws it at most ten times a second.
 */
import type { ProgressCallback } from "@circular-atlas/services";

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: ProgressCallback;
  finish(): void;
} {
  if (!stream.isTTY) return { onProgress: () => {}, finish: () => {} };
  let lastDraw = 0;
  let drawn = false;
  const onProgress: ProgressCallback = (done, total, label) => {
    const now = performance.now();
    if (now - lastDraw < 100 && done < total) return;
    lastDraw = now;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const ratio = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(ratio * width);
    stream.write(
      `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}% ${label} ${done}/${total}`,
    );
    drawn = true;
  };
  return {
    onProgress,
    finish: () => {
      if (drawn) stream.write("\n");
    },
  };
}
