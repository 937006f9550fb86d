/**
 * The tables of a document as rows of cells, each cell its paragraphs (or list entries), whatever
 * printed them: HTML tables (a Word document read through mammoth, an HTML export; a row may span
 * lines) and rows of tab-separated cells. Line numbers are 1-based lines of the source.
 */
export interface TableRow {
  line: number;
  cells: string[][];
}

export interface SourceTable {
  /** The first line of the table. */
  line: number;
  rows: TableRow[];
  /** Lines the table spans, inclusive. */
  range: [number, number];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X"))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

const stripTags = (html: string) => decode(html.replace(/<[^>]*>/g, " "));

/** A cell's paragraphs and list entries; a cell with neither is its text. */
function cellParts(html: string): string[] {
  const parts = [...html.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => stripTags(m[2] ?? ""));
  const kept = parts.filter((p) => p !== "");
  if (parts.length > 0) return kept;
  const text = stripTags(html);
  return text === "" ? [] : [text];
}

function htmlTables(lines: readonly string[]): SourceTable[] {
  if (!lines.some((l) => /<table\b/i.test(l))) return [];
  const text = lines.join("\n");
  const lineAt: number[] = [];
  let n = 1;
  for (let i = 0; i <= text.length; i++) {
    lineAt.push(n);
    if (text[i] === "\n") n++;
  }
  const out: SourceTable[] = [];
  for (const t of text.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/gi)) {
    const start = t.index ?? 0;
    const body = t[1] ?? "";
    const offset = start + (t[0].length - body.length - "</table>".length);
    const rows = [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) => ({
      line: lineAt[offset + (r.index ?? 0)] ?? 1,
      cells: [...(r[1] ?? "").matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1>/gi)].map((c) =>
        cellParts(c[2] ?? ""),
      ),
    }));
    out.push({
      line: lineAt[start] ?? 1,
      rows,
      range: [lineAt[start] ?? 1, lineAt[start + t[0].length - 1] ?? 1],
    });
  }
  return out;
}

/** Runs of lines with tab-separated cells: a table per run, ended by any other line, blank or not. */
function tabTables(lines: readonly string[]): SourceTable[] {
  const out: SourceTable[] = [];
  let current: SourceTable | null = null;
  lines.forEach((raw, i) => {
    if (raw.includes("\t") && !/<t[dhr]\b/i.test(raw)) {
      const row = { line: i + 1, cells: raw.split("\t").map((c) => (decode(c) === "" ? [] : [decode(c)])) };
      if (current) {
        current.rows.push(row);
        current.range[1] = i + 1;
      } else {
        current = { line: i + 1, rows: [row], range: [i + 1, i + 1] };
        out.push(current);
      }
    } else current = null;
  });
  return out;
}

export function sourceTables(lines: readonly string[]): SourceTable[] {
  return [...htmlTables(lines), ...tabTables(lines)].sort((a, b) => a.line - b.line);
}

/** A cell as one line of text. */
export const cellText = (cell: readonly string[] | undefined) => (cell ?? []).join(" ").trim();
