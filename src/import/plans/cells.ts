/**
 * The first step of the plan pipeline (read → cells → rows → items → repairs → write): whatever
 * markup a converter used for its table, each table row becomes one line of tab-separated cells and
 * every other block one line of text. Markdown pipe rows and HTML (an HTML export, or a Word file read
 * by mammoth) are rewritten this way; plain text passes through unchanged.
 */

import { BULLET_GLYPHS } from "./vocabulary.ts";

/** One line of a document after this step, with the 1-based line of the source it came from. */
export interface SourceLine {
  text: string;
  line: number;
}

export function toCellLines(lines: string[]): SourceLine[] {
  if (isHtmlDocument(lines)) return htmlLines(lines);
  return lines.map((text, i) => ({ text: pipeRow(text) ?? text, line: i + 1 }));
}

// A markdown table row "| a) | Upon … | 1.1.1 |"; its separator row "|---|:--|" becomes an empty line.
function pipeRow(text: string): string | null {
  const t = text.trim();
  if (!/^\|.*(?<!\\)\|$/.test(t) || t.length < 3) return null;
  const cells = t
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\\\|/g, "|"));
  if (cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c))) return "";
  return cells.map((c) => listMarks(c.trim())).join("\t");
}

// A cell's list written with line breaks ("• A<br>• B", "- A<br>- B") keeps one <li> per entry.
const BROKEN_LIST = new RegExp(`(?:^|<br\\s*/?>)\\s*(?:[-–*o]|[${BULLET_GLYPHS}])\\s+`, "g");

function listMarks(cell: string): string {
  return cell.replace(BROKEN_LIST, "<li>").replace(/<br\s*\/?>/g, " ");
}

function isHtmlDocument(lines: string[]): boolean {
  const text = lines.join("\n");
  if (/<t[rd]\b/i.test(text)) return true;
  if (lines.some((l) => l.includes("\t"))) return false;
  return lines.filter((l) => /^\s*<(?:p|h[1-6]|li|ul|ol|div)\b/i.test(l)).length >= 5;
}

// Tags that end a line of text outside tables; <li> also starts a bullet.
const BREAK = /<\/?(?:p|h[1-6]|li|div|ul|ol|table|tbody|thead)\b[^>]*>|<br\s*\/?>|\n/gi;

/** HTML: a table row → its cells joined by tabs (lists inside a cell kept as <li>); other blocks → lines. */
function htmlLines(lines: string[]): SourceLine[] {
  const text = lines.join("\n");
  const lineAt = lineCounter(text);
  const out: SourceLine[] = [];
  let at = 0;
  for (const m of text.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
    out.push(...blockLines(text.slice(at, m.index), at, lineAt));
    out.push({ text: rowCells(m[1] ?? "").join("\t"), line: lineAt(m.index) });
    at = m.index + m[0].length;
  }
  out.push(...blockLines(text.slice(at), at, lineAt));
  return out;
}

function rowCells(row: string): string[] {
  return [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((m) =>
    listMarks((m[1] ?? "").replace(/<\/p>\s*<p\b[^>]*>/gi, "<br>"))
      .replace(/<li\b[^>]*>/gi, "<li>")
      .replace(/<\/?(?:p|ul|ol|br|div)\b[^>]*>/gi, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

function blockLines(html: string, offset: number, lineAt: (i: number) => number): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  let bullet = false;
  const push = (end: number) => {
    const text = html.slice(start, end).trim();
    if (text === "") return;
    out.push({ text: bullet ? `• ${text}` : text, line: lineAt(offset + start) });
    bullet = false;
  };
  for (const m of html.matchAll(BREAK)) {
    push(m.index);
    start = m.index + m[0].length;
    if (m[0] !== "\n") bullet = /^<li\b/i.test(m[0]);
  }
  push(html.length);
  return out;
}

function lineCounter(text: string): (index: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
