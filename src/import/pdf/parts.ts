import type { CellPart } from "../document.ts";
import { joiner, type TextLine } from "./lines.ts";
import { PDF_SETTINGS } from "./settings.ts";

/** The usual distance between the baselines of consecutive lines (the median), or a size-based guess. */
function linePitch(lines: TextLine[]): number {
  const gaps = lines
    .slice(1)
    .map((l, i) => l.y1 - (lines[i]?.y1 ?? 0))
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? (lines[0]?.size ?? 10) * 1.2;
}

/**
 * A cell's lines as its paragraphs and list entries: a bullet starts an entry, a gap taller than a
 * line starts a paragraph, every other line carries on the one above. `rightEdge` is where the
 * cell's text may reach (a word cut there was cut by the width, not by a space).
 */
export function partsOf(lines: TextLine[], rightEdge: number): CellPart[] {
  const parts: CellPart[] = [];
  const pitch = linePitch(lines);
  let prev: TextLine | undefined;
  for (const line of lines) {
    const last = parts.at(-1);
    const gap = prev ? line.y1 - prev.y1 : 0;
    if (!last || !prev || line.bullet || gap > PDF_SETTINGS.paragraphGapRatio * pitch) {
      parts.push({ text: escapeText(line.text), list: line.bullet });
    } else {
      last.text += joiner(prev, line, rightEdge) + escapeText(line.text);
    }
    prev = line;
  }
  return parts.filter((p) => p.text !== "");
}

/** The model's text may carry markup, so decoded text has its `&`, `<` and `>` escaped. */
export const escapeText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
