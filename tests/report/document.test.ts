import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { OFFICE } from "../../src/report/blocks.ts";
import { bundledCatalogue, modelOf, writeReport } from "./helpers.ts";

const db = bundledCatalogue();

/** The tables of mammoth's HTML as rows of cell texts (header rows first). */
function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...(t[1] ?? "").matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...(r[1] ?? "").matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
        (c[1] ?? "")
          .replace(/<\/(p|li)>(?=.)/g, "\n")
          .replace(/<[^>]+>/g, "")
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .trim(),
      ),
    ),
  );
}

describe("the Word document opens and holds real tables", () => {
  it.each([
    "2017/18",
    "2024/25",
  ])("FY%s: mammoth reads the title page, the headings and every table of the model, cell for cell", async (fy) => {
    const model = modelOf(db, fy, { withPlan: true });
    const { bytes } = await writeReport(db, fy, { withPlan: true });
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: bytes });
    expect(messages.filter((m) => m.type === "error")).toEqual([]);
    expect(html).toContain(OFFICE.replace("&", "&amp;"));
    expect(html).toContain(`Annual Report ${fy}`);
    expect(html).toContain(`<h1>Workshops held in FY${fy}</h1>`);
    const expected = model.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
    const tables = tablesOf(html);
    expect(tables).toHaveLength(expected.length);
    tables.forEach((rows, k) => {
      const t = expected[k];
      if (!t) throw new Error("more tables than the model");
      const show = (c: unknown) => (c === null ? "–" : Array.isArray(c) ? c.join("\n") : String(c));
      expect(rows[0]).toEqual(t.header);
      expect(rows.slice(1)).toEqual([...t.rows, ...(t.totals ?? [])].map((r) => r.map(show)));
    });
    // Every table's first row is a header row, so Word repeats it on each page.
    expect(html.match(/<table><thead><tr>/g)).toHaveLength(expected.length);
  });

  it("repeats the header row on each page and numbers the pages (the Word XML itself)", async () => {
    const { bytes } = await writeReport(db, "2017/18");
    const zip = await JSZip.loadAsync(bytes);
    const body = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const tables = body.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(2);
    // One repeated header row per table, and no other row flagged.
    expect(body.match(/<w:tblHeader\b/g)).toHaveLength(tables);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d*\.xml$/.test(f))
        .map((f) => zip.file(f)?.async("string") ?? ""),
    );
    expect(footers.some((f) => /PAGE/.test(f) && /NUMPAGES/.test(f))).toBe(true);
  });
});
