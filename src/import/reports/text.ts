/** Line clean-up shared by the report readers. */

/** The document's lines with plan-table ranges blanked, so line numbers stay 1-based and unchanged. */
export function maskLines(lines: string[], skip: Array<[number, number]>): string[] {
  return lines.map((line, i) => (skip.some(([a, b]) => i + 1 >= a && i + 1 <= b) ? "" : line));
}

/** Removes markup and review marks left by the conversion ("<u>", "[BD1]"). */
export function clean(text: string): string {
  return text
    .replace(/<\/?[a-z]+>/gi, "")
    .replace(/\[[A-Z]{1,3}\d+\]/g, "")
    .replace(/\\triangleright/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const BULLET = /^\s*[-–•·*>➤➢▶►≥][\s\-–•·*>➤➢▶►≥]*/u;

export const isBullet = (line: string) => BULLET.test(line) && /[A-Za-z]/.test(line);

export function stripBullet(line: string): string {
  return clean(line).replace(BULLET, "").trim();
}

/** Sentences of a paragraph; abbreviations such as "Mr." or "No." do not end one. */
export function sentences(text: string): string[] {
  return text
    .replace(/\b(Mr|Ms|Dr|No|St|Mt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|etc)\./g, "$1\u2024")
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"(])/)
    .map((s) => s.replace(/\u2024/g, "."));
}

/** The sentences of a text with where each starts in it. */
export function sentenceSpans(text: string): Array<{ text: string; start: number }> {
  let from = 0;
  return sentences(text).map((sentence) => {
    const start = text.indexOf(sentence, from);
    from = start + sentence.length;
    return { text: sentence, start };
  });
}

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

export const COUNT_WORD = String.raw`(\d{1,3}(?![\d,])|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|eleven|twelve|[a-z]{3,5}teen|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** "27" → 27, "sixteen" → 16, "thirty-two" → 32. */
export function readCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  const small = NUMBER_WORDS.indexOf(w);
  if (small !== -1) return small;
  const [tens, unit] = w.split("-");
  const t = TENS.indexOf(tens ?? "");
  if (t < 2) return null;
  return t * 10 + (unit ? Math.max(0, NUMBER_WORDS.indexOf(unit)) : 0);
}
