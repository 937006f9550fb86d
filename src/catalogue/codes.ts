/** An action item's place in a plan: `1-(h)` is pillar 1, letter h. */
export interface ItemCode {
  pillar: number;
  letter: string;
}

/**
 * The ways people write a code: `1-(h)`, `1(h)`, `1-h`, `1h`, `1.h`, `(1-h)`, `1 h`, upper case,
 * `1-(hh)`. The pillar digit is kept even when out of range, so the answer can say so.
 */
export function parseCode(text: string): ItemCode | null {
  const m = /^\(?\s*(\d)\s*[-.–]?\s*\(?\s*([a-z]{1,2})\s*\)?\s*\)?$/i.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  return { pillar: Number(m[1]), letter: m[2].toLowerCase() };
}

export function formatCode(code: ItemCode): string {
  return `${code.pillar}-(${code.letter})`;
}

/** a=1 … z=26, aa=27 … ll=38: the order items are printed in. */
export function letterRank(letter: string): number {
  const base = letter.charCodeAt(0) - 96;
  return letter.length === 1 ? base : 26 + base;
}

export function compareCodes(a: ItemCode, b: ItemCode): number {
  return a.pillar - b.pillar || letterRank(a.letter) - letterRank(b.letter);
}
