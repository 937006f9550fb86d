import { labelLetter } from "./vocabulary.ts";

/**
 * Action item letters run a … z, then aa, bb … (doubled letters). The index is the position in that run.
 */
export function letterAt(index: number): string {
  const ch = String.fromCharCode(97 + (index % 26));
  return index < 26 ? ch : ch.repeat(Math.floor(index / 26) + 1);
}

export function letterIndex(letter: string): number {
  const l = letter.toLowerCase();
  if (!/^([a-z])\1*$/.test(l) || l.length > 3) return -1;
  return (l.length - 1) * 26 + (l.charCodeAt(0) - 97);
}

export function compareLetters(a: string, b: string): number {
  return letterIndex(a) - letterIndex(b);
}

export function printedNumber(printed: string): number | null {
  const m = /^(\d{1,2})\.$/.exec(printed);
  return m?.[1] ? Number(m[1]) : null;
}

// Letters OCR makes of other marks ("I)" for "a)" after a damaged "8)"): believed only where the sequence expects them.
const CONFUSABLE = /^(?:i|l|ii|ll)$/;

interface Labelled {
  printed: string | null;
}

/**
 * Letters for a pillar's rows in order. A cleanly printed label ("g)", "(g)", "g.") is believed unless its letter
 * is taken; any other row (lost, "8)", "I)", "k") takes the letter after the previous row's.
 * Numbered lists ("5.", "6." continuing a pillar list) map by number relative to the first.
 */
export function assignLetters(rows: Labelled[]): Array<{ letter: string; repaired: string | null }> {
  const numbers = rows.map((r) => (r.printed ? printedNumber(r.printed) : null));
  const base = numbers.find((n) => n !== null);
  if (base !== undefined && base !== null && numbers.filter((n) => n !== null).length * 2 >= rows.length) {
    return assignByNumber(rows, numbers, base);
  }
  const capitals = capitalForm(rows);
  const used = new Set<number>();
  let next = 0;
  return rows.map((row) => {
    const printed = row.printed ?? "";
    const clean = labelLetter(printed, capitals);
    const believed =
      clean !== null &&
      !used.has(letterIndex(clean)) &&
      (!CONFUSABLE.test(clean) || letterIndex(clean) === next);
    let index = clean && believed ? letterIndex(clean) : next;
    while (used.has(index)) index++;
    used.add(index);
    next = index + 1;
    const letter = letterAt(index);
    return { letter, repaired: clean === letter ? null : printed };
  });
}

// Labels printed in capitals ("A)", "B)") are the plan's form when most of a pillar's labels are;
// a lone capital among small letters ("C)" between "b)" and "d)") is OCR damage.
function capitalForm(rows: Labelled[]): boolean {
  const letters = rows.map((r) => /^\(?([A-Za-z]{1,2})[).]$/.exec(r.printed ?? "")?.[1]).filter((l) => l);
  const capitals = letters.filter((l) => l === l?.toUpperCase()).length;
  return capitals * 2 > letters.length;
}

function assignByNumber(
  rows: Labelled[],
  numbers: Array<number | null>,
  base: number,
): Array<{ letter: string; repaired: string | null }> {
  const used = new Set<number>();
  let next = 0;
  return numbers.map((n, i) => {
    let index = n !== null && n >= base && !used.has(n - base) ? n - base : next;
    while (used.has(index)) index++;
    used.add(index);
    next = Math.max(next, index + 1);
    return { letter: letterAt(index), repaired: rows[i]?.printed ?? "" };
  });
}
