import type { DraftItem, Piece } from "./draft.ts";
import { BULLET_MARK } from "./vocabulary.ts";

const bare = (p: Piece) => p.text.trim() === BULLET_MARK;
const marked = (p: Piece) => p.text.trimStart().startsWith(BULLET_MARK);

/**
 * A PDF export can print a work-plan cell's bullet marks alone under its label and their texts,
 * without marks, after the next label: "l) … ➢ ➢ ➢", then "m) …" with three unmarked statements
 * before its own first "➢". Those statements go back to the item with the bare marks, in order.
 */
export function fillBareBullets(items: DraftItem[]): void {
  items.forEach((next, k) => {
    const prev = items[k - 1];
    if (!prev || prev.pillar !== next.pillar) return;
    const marks = prev.cells.activities.filter(bare);
    const firstMarked = next.cells.activities.findIndex(marked);
    const unmarked = firstMarked === -1 ? next.cells.activities.length : firstMarked;
    const moved = Math.min(marks.length, unmarked);
    if (moved === 0) return;
    const texts = next.cells.activities.splice(0, moved);
    const used = new Set(marks.slice(0, moved));
    prev.cells.activities = [...prev.cells.activities.filter((p) => !used.has(p)), ...texts];
    prev.lastLine = Math.max(prev.lastLine, ...texts.map((p) => p.line));
  });
}
