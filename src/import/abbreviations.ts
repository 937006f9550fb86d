/** An abbreviation as a document defines it: "Human Resource Development (HRD)". */
export interface Abbreviation {
  short: string;
  long: string;
}

/** `(HRD)`, `(RTCs)`, `(FoS)`: two capitals at least, so "(Bangkok)" or "(a)" is not one. */
const BRACKETED = /\(([A-Z][A-Za-z]{1,7})\)/g;
const WORD_BEFORE = /[\p{L}][\p{L}'’-]*$/u;
/** Words an abbreviation may skip ("Rules of Origin" is ROO, "Trade and Security" TS). */
const SMALL = new Set(["of", "and", "the", "for", "on", "in", "to", "&", "a"]);
/** How far back an expansion may start: "Harmonized Commodity Description and Coding System" is six. */
const MOST_WORDS = 8;

const initials = (words: readonly string[], skipSmall: boolean): string =>
  words
    .filter((w) => !(skipSmall && SMALL.has(w.toLowerCase())))
    .flatMap((w) => w.split(/-/).filter(Boolean))
    .map((w) => (w[0] ?? "").toUpperCase())
    .join("");

/** The words just before `end`, nearest last, as far as MOST_WORDS. */
function wordsBefore(text: string, end: number): string[] {
  const words: string[] = [];
  let rest = text.slice(Math.max(0, end - 200), end).trimEnd();
  while (words.length < MOST_WORDS) {
    const m = WORD_BEFORE.exec(rest);
    if (!m) break;
    words.unshift(m[0]);
    rest = rest.slice(0, m.index).trimEnd();
  }
  return words;
}

/**
 * Every abbreviation a text defines in brackets after its expansion, whose initials (small words may be
 * skipped, hyphenated words give one initial a part) spell it; a plural "s" is dropped ("RTCs").
 * Each pair once, in the order first met.
 */
export function abbreviationsIn(lines: readonly string[]): Abbreviation[] {
  const text = lines.join(" ");
  const found = new Map<string, Abbreviation>();
  for (const m of text.matchAll(BRACKETED)) {
    const raw = m[1] as string;
    if ((raw.match(/[A-Z]/g) ?? []).length < 2) continue;
    const short = /[A-Z]s$/.test(raw) ? raw.slice(0, -1) : raw;
    const wanted = short.toUpperCase();
    const words = wordsBefore(text, m.index);
    for (let k = 1; k <= words.length; k++) {
      const span = words.slice(-k);
      if (SMALL.has((span[0] ?? "").toLowerCase())) continue;
      if (initials(span, false) === wanted || initials(span, true) === wanted) {
        // The singular of both: "Regional Training Centers (RTCs)" defines RTC.
        const long = short === raw ? span.join(" ") : span.join(" ").replace(/s$/, "");
        const pair = { short, long };
        found.set(`${pair.short.toLowerCase()}|${pair.long.toLowerCase()}`, pair);
        break;
      }
    }
  }
  return [...found.values()];
}
