import { beforeAll, describe, expect, it } from "vitest";
import type { ParsedPlan } from "../../../src/import/parsed.ts";
import { parsePlans } from "../../../src/import/plans/index.ts";
import { readAnyDocument } from "../../../src/import/read-document.ts";
import { catalogueOf } from "../renderings/catalogue.ts";
import { chromiumPdf, launchChromium, libreOffice, tempFile } from "./convert.ts";
import { planHtml, planWord, type SourcePlan, sourcePlans } from "./sources.ts";

/**
 * The seed plans' source documents printed to PDF as people do it: the HTML page by Chromium (portrait
 * and landscape), the Word file by LibreOffice. Each PDF goes through `npm run import`'s reader and
 * must give the catalogue the source gives, field for field.
 */

const plans = sourcePlans();
const pdfs = new Map<string, string>();
const pdfOf = (producer: string, source: SourcePlan) => pdfs.get(`${producer} ${source.name}`) ?? "";

beforeAll(async () => {
  const browser = await launchChromium();
  try {
    for (const source of plans) {
      const html = planHtml(source.plan);
      for (const landscape of [false, true]) {
        const pdf = await chromiumPdf(browser, html, landscape);
        const producer = landscape ? "chromium-landscape" : "chromium-portrait";
        pdfs.set(`${producer} ${source.name}`, tempFile(`${source.name}.pdf`, pdf));
      }
    }
  } finally {
    await browser.close();
  }
  const words = await Promise.all(plans.map(async (s) => tempFile(`${s.name}.docx`, await planWord(s.plan))));
  const converted = await libreOffice(words, "pdf");
  for (const [i, s] of plans.entries()) pdfs.set(`libreoffice ${s.name}`, converted[i] ?? "");
}, 300_000);

async function importedPlan(path: string): Promise<ParsedPlan[]> {
  return parsePlans((await readAnyDocument(path)).lines).plans;
}

type Item = ReturnType<typeof catalogueOf>["items"][number];
const FIELDS = ["action", "rspRef", "kpis", "targets", "deadline", "activities"] as const;

/** Every field of the source that the import read otherwise: [code, field, source's, read]. */
function differences(
  source: ParsedPlan,
  read: ParsedPlan | undefined,
): Array<[string, string, unknown, unknown]> {
  const got = new Map((read ? catalogueOf(read).items : []).map((i) => [i.code, i]));
  return catalogueOf(source).items.flatMap((item) =>
    FIELDS.filter((f) => JSON.stringify(item[f]) !== JSON.stringify(got.get(item.code)?.[f])).map(
      (f): [string, string, unknown, unknown] => [item.code, f, item[f], got.get(item.code)?.[f]],
    ),
  );
}

describe("plan PDFs printed by Chromium import to the source's catalogue", () => {
  for (const producer of ["chromium-portrait", "chromium-landscape"]) {
    for (const source of plans) {
      it(`${producer}: ${source.name}`, async () => {
        const read = await importedPlan(pdfOf(producer, source));
        expect(read).toHaveLength(1);
        // A line broken after a hyphen reads as a hyphenated word: "Customs- to-Business" as printed
        // in the source and "Customs-to-Business" give the same lines on the page.
        const hyphens = (v: unknown) => JSON.stringify(v).replace(/(\S)- /g, "$1-");
        const left = differences(source.plan, read[0]).filter(
          ([, , want, got]) => hyphens(want) !== hyphens(got),
        );
        expect(left).toEqual([]);
      });
    }
  }
});

describe("plan PDFs exported by LibreOffice from the Word file import to the source's catalogue", () => {
  /**
   * Two things the file itself does not say, and only those, may read otherwise: where LibreOffice cut
   * a word too long for its narrow column (no hyphen, no space: the same lines as a line broken at a
   * space; the reader decides by an English word list, which lacks some words and holds others), and a
   * merged cell whose one row on the next page LibreOffice rules off like an empty cell (read empty
   * where the source repeats the item above's value).
   */
  const cutWord = (want: unknown, got: unknown) =>
    JSON.stringify(want).replace(/ /g, "") === JSON.stringify(got).replace(/ /g, "");
  const ruledOffMerge = (items: Item[], code: string, field: string, want: unknown, got: unknown) => {
    const k = items.findIndex((i) => i.code === code);
    const above = items[k - 1]?.[field as (typeof FIELDS)[number]];
    const empty = got === null || (Array.isArray(got) && got.length === 0);
    return empty && JSON.stringify(above) === JSON.stringify(want);
  };
  for (const source of plans) {
    it(`libreoffice: ${source.name}`, async () => {
      const read = await importedPlan(pdfOf("libreoffice", source));
      expect(read).toHaveLength(1);
      const items = catalogueOf(source.plan).items;
      const left = differences(source.plan, read[0]).filter(
        ([code, field, want, got]) => !cutWord(want, got) && !ruledOffMerge(items, code, field, want, got),
      );
      expect(left).toEqual([]);
    });
  }
});
