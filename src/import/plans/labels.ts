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

export interface LabelPrefix {
  /** The label as printed, e.g. "8)", "I)", "aa)", "5." */
  printed: string;
  rest: string;
}

// One or two characters that OCR may have made of a letter (digits, capitals, pipes), then ")".
const LETTER_LABEL = /^([A-Za-z]{1,2}|[0-9]|[|!])\)\s*(.*)$/s;
const NUMBER_LABEL = /^(\d{1,2})\.\s+(.*)$/s;

/** A label at the start of a cell's text: "a) Upon…", "C) Upon…", and with `numbered`, "5. Upon…". */
export function labelPrefix(text: string, numbered = false): LabelPrefix | null {
  const m = LETTER_LABEL.exec(text) ?? (numbered ? NUMBER_LABEL.exec(text) : null);
  if (!m) return null;
  const sep = m[0].charAt((m[1] ?? "").length);
  return { printed: `${m[1]}${sep}`, rest: (m[2] ?? "").trim() };
}

/** A cell (or line) holding nothing but a label, possibly without its ")": "a)", "8", "aa", "k". */
export function isBareLabel(text: string): boolean {
  return /^([A-Za-z]{1,2}|[0-9]|[|!])\)?$/.test(text.trim());
}

/** The letter a printed label stands for when it is printed cleanly ("b)"), else null. */
export function cleanLetter(printed: string): string | null {
  const m = /^([a-z]{1,2})\)$/.exec(printed);
  return m?.[1] && letterIndex(m[1]) >= 0 ? m[1] : null;
}

export function printedNumber(printed: string): number | null {
  const m = /^(\d{1,2})\.$/.exec(printed);
  return m?.[1] ? Number(m[1]) : null;
}

interface Labelled {
  printed: string | null;
}

/**
 * Letters for a pillar's rows in order. A cleanly printed label ("g)") is believed unless its letter
 * is taken; any other row (lost, "8)", "I)", "k") takes the letter after the previous row's.
 * Numbered lists ("5.", "6." continuing a pillar list) map by number relative to the first.
 */
export function assignLetters(rows: Labelled[]): Array<{ letter: string; repaired: string | null }> {
  const numbers = rows.map((r) => (r.printed ? printedNumber(r.printed) : null));
  const base = numbers.find((n) => n !== null);
  if (base !== undefined && base !== null && numbers.filter((n) => n !== null).length * 2 >= rows.length) {
    return assignByNumber(rows, numbers, base);
  }
  const used = new Set<number>();
  let next = 0;
  return rows.map((row) => {
    const printed = row.printed ?? "";
    const clean = cleanLetter(printed);
    let index = clean && !used.has(letterIndex(clean)) ? letterIndex(clean) : next;
    while (used.has(index)) index++;
    used.add(index);
    next = index + 1;
    const letter = letterAt(index);
    return { letter, repaired: printed === `${letter})` ? null : printed };
  });
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
