/** How long a failed write keeps the health check failing after it was seen, unless another follows. */
export const WRITE_FAULT_MS = 15 * 60_000;

/** SQLite's codes for a write the disk or the file refused (full, I/O error, read-only, gone). */
const DISK_CODES = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN)/;

export interface WriteFault {
  at: Date;
  message: string;
}

// One per process, as the disk is: a write can fail in any request or job, and the health check of the
// same process must know (its own one-row probe may still fit where a larger write did not).
let last: WriteFault | null = null;

/** Records `err` when it is the database refusing a write; anything else is not the disk's fault. */
export function noteWriteFault(err: unknown, at: Date = new Date()): void {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === "string" && DISK_CODES.test(code)) {
    last = { at, message: `${code}: ${(err as Error).message}` };
  }
}

/** The last failed write, if it was seen within `WRITE_FAULT_MS` of `now`. */
export function recentWriteFault(now: Date): WriteFault | null {
  return last && now.getTime() - last.at.getTime() <= WRITE_FAULT_MS ? last : null;
}
