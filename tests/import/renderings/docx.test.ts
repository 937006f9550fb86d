import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/open.ts";
import { importAnyFiles } from "../../../src/import/importer.ts";
import { parsePlans } from "../../../src/import/plans/index.ts";
import { readAnyDocument } from "../../../src/import/read-document.ts";
import { catalogueOf, seedPlans } from "./catalogue.ts";
import { planDocx, planDocxParagraphs } from "./docx.ts";

const dir = mkdtempSync(join(tmpdir(), "rocb-docx-"));

describe("Word documents (.docx) read through mammoth into the same plan reader", () => {
  for (const { file, plan } of seedPlans()) {
    it(`${file}: ${plan.title}`, async () => {
      const path = join(dir, `${file}-${plan.kind}.docx`);
      writeFileSync(path, await planDocx(plan));
      const read = parsePlans((await readAnyDocument(path)).lines).plans;
      expect(read.map(catalogueOf)).toEqual([catalogueOf(plan)]);
    });
    it(`${file}: ${plan.title}, as paragraphs and bullet lists`, async () => {
      const path = join(dir, `${file}-${plan.kind}-paragraphs.docx`);
      writeFileSync(path, await planDocxParagraphs(plan));
      const read = parsePlans((await readAnyDocument(path)).lines).plans;
      expect(read.map(catalogueOf)).toEqual([catalogueOf(plan)]);
    });
  }

  it("imports a .docx into the catalogue, and refuses a damaged one by name", async () => {
    const first = seedPlans()[0];
    if (!first) throw new Error("no seed plan");
    const good = join(dir, "plan.docx");
    writeFileSync(good, await planDocx(first.plan));
    const db = openDatabase(":memory:");
    const [summary] = await importAnyFiles(db, [good], new Date(), {});
    expect(summary?.plans[0]?.kind).toBe(first.plan.kind);
    const bad = join(dir, "broken.docx");
    writeFileSync(bad, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]));
    await expect(importAnyFiles(db, [bad], new Date(), {})).rejects.toThrow(/broken\.docx: .*cannot be read/);
  });
});
