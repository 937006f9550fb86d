import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlans } from "../../../src/import/plans/index.ts";
import { documentFromBytes, readAnyDocument } from "../../../src/import/read-document.ts";
import { catalogueOf } from "../renderings/catalogue.ts";
import { mergedCells, planHtml, planWord, sourcePlans } from "./sources.ts";

const dir = mkdtempSync(join(tmpdir(), "rocb-sources-"));

describe("the source documents (HTML page, Word file) import to the catalogue they were built from", () => {
  for (const { name, plan } of sourcePlans()) {
    it(`${name}: the HTML page (one table per pillar, colgroup, bookmarks, merged cells)`, () => {
      const doc = documentFromBytes(`${name}.html`, Buffer.from(planHtml(plan)));
      expect(parsePlans(doc.lines).plans.map(catalogueOf)).toEqual([catalogueOf(plan)]);
    });
    it(`${name}: the Word file (vertically merged cells, Word lists, repeated header row)`, async () => {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, await planWord(plan));
      const doc = await readAnyDocument(path);
      expect(parsePlans(doc.lines).plans.map(catalogueOf)).toEqual([catalogueOf(plan)]);
    });
  }

  it("the sources do merge cells: every plan with a table shares a KPI, target or deadline", () => {
    for (const { name, plan } of sourcePlans()) expect(mergedCells(plan), name).toBeGreaterThan(0);
  });
});
