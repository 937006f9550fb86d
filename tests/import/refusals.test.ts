import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open.ts";
import { importAnyFiles } from "../../src/import/importer.ts";

const dir = mkdtempSync(join(tmpdir(), "rocb-refusals-"));
const TITLE = "ROCB A/P Strategic Action Plan (2022-2024)";
const PILLAR = "1. Support the implementation of WCO conventions, instruments and tools";

async function importText(name: string, text: string, force = false) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const db = openDatabase(":memory:");
  try {
    await importAnyFiles(db, [path], new Date(), { force });
    return {
      message: null,
      items: db.prepare("SELECT count(*) AS n FROM action_items").get() as { n: number },
    };
  } catch (err) {
    const items = db.prepare("SELECT count(*) AS n FROM action_items").get() as { n: number };
    return { message: (err as Error).message, stack: (err as Error).stack ?? "", items };
  }
}

describe("a plan that cannot be read as printed is refused with a sentence, never a stack trace (issue 17 item 3)", () => {
  it("labels running past zz) in one pillar: the file, the line and the reason; nothing written", async () => {
    const rows = Array.from(
      { length: 60 },
      (_, k) => `(x)\tUpon request, item ${k}\t1.1.1\tNumber of Members\t33/33`,
    );
    const result = await importText("many-labels.txt", [TITLE, "", PILLAR, "", ...rows].join("\n"));
    expect(result.message).toMatch(/^many-labels\.txt:\d+: pillar 1 reads as more than 52 items/);
    expect(result.message).not.toMatch(/SqliteError|CHECK constraint|at .*\.ts:\d+/);
    expect(result.items.n).toBe(0);
  });

  it("a first import with most of its table unplaced is refused unless --force", async () => {
    const unlabelled = Array.from(
      { length: 12 },
      (_, k) => `Upon request, assist Members ${k}\t1.1.${k}\tNumber of Members`,
    );
    const text = [
      TITLE,
      "",
      PILLAR,
      "",
      ...unlabelled,
      "a)\tUpon request, assist\t1.1.1\tNumber of Members",
    ].join("\n");
    const refused = await importText("cut.txt", text);
    expect(refused.message).toMatch(
      /^cut\.txt:1: ROCB A\/P Strategic Action Plan \(2022-2024\) was not read whole: 12 lines of its table could not be placed, against 1 items read; nothing was imported \(use --force/,
    );
    expect(refused.items.n).toBe(0);
    const forced = await importText("cut.txt", text, true);
    expect([forced.message, forced.items.n]).toEqual([null, 1]);
  });
});
