import { inflateRawSync } from "node:zlib";

/**
 * What a zip archive (a .docx) would inflate to, checked before anything inflates it for real: the
 * sizes its central directory declares must stay under the limit, and each entry is inflated with its
 * output capped at its declared size, so an archive that lies about its sizes (a zip bomb) is caught
 * after at most the limit's bytes. Returns the reason it is refused, or null.
 */
export function zipTooLarge(bytes: Buffer, limit: number): string | null {
  const end = endOfDirectory(bytes);
  if (end < 0) return damaged("no central directory");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) {
      return damaged("a damaged central directory");
    }
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const local = bytes.readUInt32LE(at + 42);
    total += size;
    if (size === 0xffffffff || total > limit) return inflatedTooLarge(limit);
    const wrong = method === 8 ? inflateProblem(bytes, local, packed, size) : null;
    if (wrong) return wrong === "too large" ? inflatedTooLarge(limit) : damaged(wrong);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return null;
}

const damaged = (what: string) => `a .docx file that cannot be read as a Word document (${what})`;
const inflatedTooLarge = (limit: number) =>
  `its contents would take more than ${Math.round(limit / 1024 / 1024)} MB once uncompressed (the limit for a Word file)`;

// The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 65535.
function endOfDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}

/** Why an entry does not inflate to at most its declared size: "too large", or what is damaged. */
function inflateProblem(bytes: Buffer, local: number, packed: number, size: number): string | null {
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return "a damaged entry";
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  try {
    inflateRawSync(bytes.subarray(start, start + packed), { maxOutputLength: Math.max(size, 1) });
    return null;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? "too large" : "a damaged entry";
  }
}
