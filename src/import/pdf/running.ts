import type { TextLine } from "./lines.ts";
import { PDF_SETTINGS } from "./settings.ts";

const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

interface PageLines {
  page: number;
  height: number;
  lines: TextLine[];
}

/** Where a line stands and what it says, page numbers and dates aside, to match it across pages. */
const keyOf = (line: TextLine) => `${Math.round(line.y0 / 4)}|${line.text.replace(/\d+/g, "#")}`;

/**
 * Whether a line outside tables is a running header or footer: a page number in the top or bottom
 * margin, or a line printed at the same height on many pages. They are dropped, so a row cut by a
 * page break reads on as if the page had not ended.
 */
export function runningLines(pages: PageLines[]): (page: number, line: TextLine) => boolean {
  const seen = new Map<string, Set<number>>();
  for (const p of pages) {
    for (const line of p.lines) {
      const key = keyOf(line);
      seen.set(key, (seen.get(key) ?? new Set()).add(p.page));
    }
  }
  const least = Math.max(2, Math.ceil(PDF_SETTINGS.runningShare * pages.length));
  const heights = new Map(pages.map((p) => [p.page, p.height]));
  return (page, line) => {
    const height = heights.get(page) ?? 0;
    const margin = PDF_SETTINGS.marginShare * height;
    const inMargin = line.y1 <= margin || line.y0 >= height - margin;
    if (inMargin && PAGE_NUMBER.test(line.text)) return true;
    return (seen.get(keyOf(line))?.size ?? 0) >= least;
  };
}
