/**
 * The first step of the plan pipeline (read → cells → rows → items → repairs → write): a document's
 * lines are read into the document model by the reader of their format (HTML, or text), and the
 * model is printed as the lines the grammar reads: each table row one line of tab-separated cells,
 * every other block its lines.
 */

import { documentLines, type SourceLine } from "../document.ts";
import { readHtml } from "../readers/html.ts";
import { readText } from "../readers/text.ts";

export function toCellLines(lines: string[]): SourceLine[] {
  return documentLines(isHtmlDocument(lines) ? readHtml(lines.join("\n")) : readText(lines));
}

function isHtmlDocument(lines: string[]): boolean {
  const text = lines.join("\n");
  if (/<t[rd]\b/i.test(text)) return true;
  if (lines.some((l) => l.includes("\t"))) return false;
  return lines.filter((l) => /^\s*<(?:p|h[1-6]|li|ul|ol|div)\b/i.test(l)).length >= 5;
}
