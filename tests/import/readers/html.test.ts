import { describe, expect, it } from "vitest";
import { documentLines, type Table } from "../../../src/import/document.ts";
import { readHtml } from "../../../src/import/readers/html.ts";

const tableOf = (html: string): Table => {
  const table = readHtml(html).blocks.find((b) => b.kind === "table");
  if (!table || table.kind !== "table") throw new Error("no table read");
  return table;
};
const texts = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.parts.map((p) => p.text).join(" ")));

describe("the HTML reader (parse5) into the document model", () => {
  it("expands row and column spans, copying a merged cell into the rows it covers", () => {
    const t = tableOf(
      "<table><tr><td>a)</td><td rowspan=2>KPI</td><td colspan=2>wide</td></tr><tr><td>b)</td><td>x</td><td>y</td></tr></table>",
    );
    expect(texts(t)).toEqual([
      ["a)", "KPI", "wide", ""],
      ["b)", "KPI", "x", "y"],
    ]);
    expect(t.rows[1]?.cells[1]?.spanned).toBe("row");
  });

  it("bounds spans: rowspan=100000000 and colspan=100000 allocate only the table's rows and a capped width", () => {
    const started = performance.now();
    const t = tableOf(
      '<table><tr><td rowspan="100000000">a</td><td colspan="100000">b</td></tr><tr><td>c</td></tr></table>',
    );
    expect(performance.now() - started).toBeLessThan(500);
    expect(t.rows).toHaveLength(2);
    expect(Math.max(...t.rows.map((r) => r.cells.length))).toBeLessThanOrEqual(64);
    expect(texts(t)[1]?.slice(0, 2)).toEqual(["a", "c"]);
  });

  it("ignores what carries no text: colgroup, col, empty anchors, styles, scripts", () => {
    const html = `<html><head><style>td{}</style></head><body><h2>1. Pillar</h2>
      <table><colgroup><col width="10%"><col></colgroup><tr><td>a)</td><td>One</td></tr></table>
      <p><a id="_Toc1"></a></p><a name="x"></a><script>var t = "<tr><td>z)</td></tr>";</script>
      <h2>2. Pillar</h2><table><tr><td>a)</td><td>Two</td></tr></table></body></html>`;
    expect(
      documentLines(readHtml(html))
        .map((l) => l.text)
        .filter((t) => t !== ""),
    ).toEqual(["1. Pillar", "a)\tOne", "2. Pillar", "a)\tTwo"]);
  });

  it("keeps a cell's paragraphs and list entries apart, and a row continuing a merged label as a continuation", () => {
    const html = `<table><tr><td rowspan=2>a)</td><td><p>Action</p></td><td><ul><li>one</li><li>two</li></ul><p>• three</p></td></tr>
      <tr><td>more</td><td><ul><li>four</li></ul></td></tr></table>`;
    expect(documentLines(readHtml(html)).map((l) => l.text)).toEqual([
      "a)\tAction\t<li>one <li>two <li>three",
      "\tmore\t<li>four",
      "",
    ]);
  });

  it("keeps text that reads like markup as text, and gives each row its source line", () => {
    const t = tableOf("<table>\n<tr><td>1 &lt;b&gt; 2 &amp; 3</td></tr>\n<tr><td>x</td></tr></table>");
    expect(texts(t)[0]).toEqual(["1 &lt;b&gt; 2 &amp; 3"]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
  });
});
