/** A one-line progress bar on a terminal; silent when stderr is a pipe or CI, so logs stay clean. */
export interface Progress {
  /** Files done of total, and bytes done of totalBytes (the time left follows the bytes when known). */
  update(done: number, total: number, bytes?: number, totalBytes?: number): void;
  done(): void;
}

export function createProgress(label: string): Progress | null {
  if (!process.stderr.isTTY || process.env.CI) return null;
  const start = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total, bytes = 0, totalBytes = 0) {
      const now = performance.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      const width = 24;
      const filled = Math.round((done / Math.max(1, total)) * width);
      const secs = (now - start) / 1000;
      const rate = bytes / 1e6 / Math.max(secs, 1e-3);
      const eta =
        totalBytes > 0 && bytes > 0 ? (secs / bytes) * (totalBytes - bytes) : done ? (secs / done) * (total - done) : 0;
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${(bytes / 1e6).toFixed(1)} MB ${rate.toFixed(2)} MB/s ETA ${eta.toFixed(0)}s `,
      );
    },
    done() {
      if (shown) process.stderr.write('\n');
    },
  };
}
