import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open.ts";
import { importAnyFiles } from "../../src/import/importer.ts";
import { MAX_TEXT_BYTES } from "../../src/import/read-document.ts";

const dir = mkdtempSync(join(tmpdir(), "rocb-limits-"));
const report = readFileSync(join(import.meta.dirname, "../../data/001_f21f0b14d8feddd1.txt"), "utf8");

/** A zip archive of one deflated entry whose central directory declares `declared` bytes uncompressed. */
function zipOf(name: string, data: Buffer, declared: number): Buffer {
  const packed = deflateRawSync(data);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(fileName.length, 28);
  const directoryAt = local.length + fileName.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, fileName, packed, central, fileName, end]);
}

async function refusal(path: string): Promise<string> {
  const db = openDatabase(":memory:");
  try {
    await importAnyFiles(db, [path], new Date(), {});
  } catch (err) {
    return (err as Error).message;
  }
  return "imported";
}

describe("size and time of an import (issue 22 item 7, issue 17 item 4)", () => {
  it("refuses a text over the stated limit at once, naming the file and the limit", async () => {
    const path = join(dir, "huge.txt");
    writeFileSync(path, report.repeat(Math.ceil((10 * 1024 * 1024) / report.length)));
    const started = performance.now();
    const message = await refusal(path);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(message).toMatch(/^huge\.txt: the file is 10\.\d MB, over the 2 MB an import reads/);
    expect(MAX_TEXT_BYTES).toBe(2 * 1024 * 1024);
  });

  it("refuses a zip-bomb .docx whose entry inflates past what it declares, without inflating it", async () => {
    const path = join(dir, "bomb.docx");
    // 200 MB of zeros deflate to about 200 KB; the directory claims 1 KB.
    writeFileSync(path, zipOf("word/document.xml", Buffer.alloc(200 * 1024 * 1024), 1024));
    const before = process.memoryUsage().rss;
    const message = await refusal(path);
    expect(message).toMatch(/^bomb\.docx: its contents would take more than 64 MB once uncompressed/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it("refuses a .docx that declares more uncompressed bytes than the limit", async () => {
    const path = join(dir, "declared.docx");
    writeFileSync(path, zipOf("word/document.xml", Buffer.from("<w:document/>"), 100 * 1024 * 1024));
    expect(await refusal(path)).toMatch(/^declared\.docx: its contents would take more than 64 MB/);
  });

  // Slow (10-15 s): the report's events were grouped pair by pair, re-reading both titles each time;
  // a text at the limit took 52 s, now about 8 s on a quiet machine.
  it("imports a text at the size limit (the 2017/18 report printed seven times) within half a minute", async () => {
    const path = join(dir, "report-at-limit.txt");
    writeFileSync(path, report.repeat(Math.floor(MAX_TEXT_BYTES / Buffer.byteLength(report))));
    const started = performance.now();
    expect(await refusal(path)).toBe("imported");
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 90_000);
});
