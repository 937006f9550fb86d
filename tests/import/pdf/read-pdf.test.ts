import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DocumentModel, documentLines } from "../../../src/import/document.ts";
import { readPdf } from "../../../src/import/pdf/read-pdf.ts";
import { PDF_SETTINGS } from "../../../src/import/pdf/settings.ts";
import { ImportError } from "../../../src/import/read-document.ts";
import { type SyntheticPage, syntheticPdf } from "./synthetic-pdf.ts";

const COLUMNS = [50, 90, 300, 500];

/** A ruled table on a page: rows of cells, each cell lines of text; `open` leaves the bottom unruled (a row cut by the page's end). */
function table(
  top: number,
  rows: string[][][],
  open = false,
): Required<Pick<SyntheticPage, "texts" | "lines">> {
  const texts: SyntheticPage["texts"] & object = [];
  const lines: Array<[number, number, number, number]> = [];
  let y = top;
  for (const row of rows) {
    const height = 14 * Math.max(...row.map((c) => c.length)) + 6;
    lines.push([COLUMNS[0] ?? 0, y, COLUMNS.at(-1) ?? 0, y]);
    row.forEach((cell, c) => {
      cell.forEach((text, k) => {
        texts.push({ x: (COLUMNS[c] ?? 0) + 4, y: y + 14 + 14 * k, text });
      });
    });
    y += height;
  }
  if (!open) lines.push([COLUMNS[0] ?? 0, y, COLUMNS.at(-1) ?? 0, y]);
  for (const x of COLUMNS) lines.push([x, top, x, y]);
  return { texts, lines };
}

const rowsOf = (model: DocumentModel) => documentLines(model).map((l) => l.text);

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await readPdf("plan.pdf", bytes);
  } catch (err) {
    if (err instanceof ImportError) return err.reason;
    throw err;
  }
  return "read";
}

describe("a PDF read into the document model", () => {
  it("reads a ruled table's cells, the lines of a cell as one paragraph, and text outside as paragraphs", async () => {
    const t = table(120, [
      [[""], ["Action"], ["Target"]],
      [["a)"], ["Upon request, assist", "Members"], ["At least 27/33", "Members"]],
    ]);
    const pdf = syntheticPdf([
      {
        texts: [
          { x: 50, y: 60, text: "Strategic Action Plan 2022-2024", size: 14 },
          { x: 50, y: 100, text: "1. Pillar" },
          ...t.texts,
        ],
        lines: t.lines,
      },
    ]);
    expect(rowsOf(await readPdf("plan.pdf", pdf))).toEqual([
      "Strategic Action Plan 2022-2024",
      "",
      "1. Pillar",
      "",
      "\tAction\tTarget",
      "a)\tUpon request, assist Members\tAt least 27/33 Members",
      "",
    ]);
  });

  it("joins a table over a page break: the repeated header row dropped, the cut row joined, the page number and running header dropped", async () => {
    const header = [[""], ["Action"], ["Planned work"]];
    const first = table(100, [header, [["a)"], ["Upon request, assist"], ["• Workshop on", "  Risk"]]], true);
    const second = table(100, [
      header,
      [[""], ["Members"], ["Management"]],
      [["b)"], ["Promote"], ["• Meeting"]],
    ]);
    const running = (page: number) => [
      { x: 50, y: 40, text: "ROCB A/P Annual Work Plan" },
      { x: 290, y: 820, text: `Page ${page} of 2` },
    ];
    const pdf = syntheticPdf([
      { texts: [...running(1), ...first.texts], lines: first.lines },
      { texts: [...running(2), ...second.texts], lines: second.lines },
    ]);
    expect(rowsOf(await readPdf("plan.pdf", pdf))).toEqual([
      "\tAction\tPlanned work",
      "a)\tUpon request, assist Members\t<li>Workshop on Risk Management",
      "b)\tPromote\t<li>Meeting",
      "",
    ]);
  });

  it("reads list entries drawn with disc bullets, and a cell spanning two rows once", async () => {
    const t = table(100, [
      [["a)"], ["Act one"], ["Number of Members"]],
      [["b)"], ["Act two"], [""]],
    ]);
    // No rule between the rows in the last column: one cell spans both.
    const lines = t.lines.filter(
      ([x0, y0, , y1]) => !(y0 === y1 && y0 > 100 && y0 < 140 && x0 === COLUMNS[0]),
    );
    const split = [[COLUMNS[0] ?? 0, 120, COLUMNS[2] ?? 0, 120] as [number, number, number, number]];
    const pdf = syntheticPdf([{ texts: t.texts, lines: [...lines, ...split], discs: [] }]);
    const model = await readPdf("plan.pdf", pdf);
    const [block] = model.blocks;
    if (block?.kind !== "table") throw new Error("a table expected");
    expect(
      block.rows.map((r) =>
        r.cells.map((c) => (c.spanned ? `(${c.spanned})` : c.parts.map((p) => p.text).join("/"))),
      ),
    ).toEqual([
      ["a)", "Act one", "Number of Members"],
      ["b)", "Act two", "(row)"],
    ]);
    const bullets = syntheticPdf([
      {
        texts: [
          { x: 110, y: 114, text: "Workshop one" },
          { x: 110, y: 128, text: "Workshop two" },
        ],
        discs: [
          [102, 110, 2],
          [102, 124, 2],
        ],
        lines: table(100, [[["a)"], [""], [""]]]).lines.map(
          ([a, b, c, d]) => [a, b, c, d + (d > 110 ? 20 : 0)] as [number, number, number, number],
        ),
      },
    ]);
    const [list] = (await readPdf("plan.pdf", bullets)).blocks;
    if (list?.kind !== "table") throw new Error("a table expected");
    expect(list.rows[0]?.cells[1]?.parts).toEqual([
      { text: "Workshop one", list: true },
      { text: "Workshop two", list: true },
    ]);
  });
});

describe("a PDF that cannot be imported gets a sentence", () => {
  it("a scanned PDF (images, no text), a PDF without text", async () => {
    expect(await refusal(syntheticPdf([{ scanned: true }, { scanned: true }]))).toMatch(
      /^a scanned PDF: .*OCR/,
    );
    expect(await refusal(syntheticPdf([{ lines: [[0, 0, 100, 0]] }]))).toBe("the PDF has no text to read");
  });

  it("a password-protected PDF, a damaged one, a file that is not a PDF", async () => {
    expect(
      await refusal(syntheticPdf([{ texts: [{ x: 10, y: 10, text: "x" }] }], { encrypted: true })),
    ).toMatch(/^a password-protected PDF/);
    const good = syntheticPdf([{ texts: [{ x: 10, y: 10, text: "x" }] }]);
    expect(await refusal(good.subarray(0, 120))).toMatch(/PDF/);
    expect(await refusal(Buffer.from("%PDF-1.7 and nothing else"))).toMatch(/PDF/);
  });

  it("too large or too many pages: refused at once, before any page is read", async () => {
    const big = Buffer.alloc(PDF_SETTINGS.maxBytes + 1, 0x20);
    big.write("%PDF-1.4\n");
    expect(await refusal(big)).toMatch(/^a PDF of 30\.0 MB: more than the 30 MB/);
    const many = syntheticPdf(Array.from({ length: PDF_SETTINGS.maxPages + 1 }, () => ({})));
    const started = performance.now();
    expect(await refusal(many)).toBe(
      `a PDF of ${PDF_SETTINGS.maxPages + 1} pages: more than the ${PDF_SETTINGS.maxPages} pages a plan or report can be imported from`,
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("damaged anywhere (bytes changed, cut short): read, or refused with a sentence, never an exception of another kind", async () => {
    const t = table(100, [[["a)"], ["Act"], ["Number of Members"]]]);
    const pdf = syntheticPdf([
      { texts: t.texts, lines: t.lines },
      { texts: t.texts, lines: t.lines },
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(pdf.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(pdf.length),
        async (changes, cut) => {
          const damaged = Buffer.from(pdf.subarray(0, Math.max(cut, 16)));
          for (const [at, byte] of changes) if (at < damaged.length) damaged[at] = byte;
          const outcome = await refusal(damaged);
          expect(typeof outcome).toBe("string");
        },
      ),
      { numRuns: 60 },
    );
  });
});
