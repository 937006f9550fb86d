/**
 * An article's text as one reads it: lines joined into paragraphs, words hyphenated at a line break
 * rejoined, and words glued by PDF extraction pulled apart where the seam is certain (a digit against a
 * letter, a month name or an acronym against a lower-case word, the articles "the"/"a" against a name
 * or against the verb before them).
 */
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

function unglue(text: string): string {
  return text
    .replace(/(\d)(?!(?:st|nd|rd|th)\b)([A-Za-z]{3,})/g, "$1 $2")
    .replace(/([a-z]{2,})(\d)/g, "$1 $2")
    .replace(new RegExp(`([a-z])(${MONTHS})\\b`, "g"), "$1 $2")
    .replace(/\b(the|of|on|in|at|from|by|and|for|organi[sz]ed|held|hosted)([A-Z]{2,}|[A-Z][a-z])/g, "$1 $2")
    .replace(/([a-z])(WCO|ROCB)\b/g, "$1 $2")
    .replace(/\b(organi[sz]ed|held|hosted|conducted|convened)(the|an?)\b/g, "$1 $2");
}

/** One printed line as read: spaces collapsed, glued words pulled apart. */
export function readLine(raw: string): string {
  return unglue(raw.replace(/\s+/g, " ").trim());
}

/** Paragraphs of non-empty lines; a blank line ends one. */
export function paragraphs(lines: string[]): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let current: { text: string; line: number } | null = null;
  lines.forEach((raw, i) => {
    const line = readLine(raw);
    if (line === "") {
      current = null;
      return;
    }
    if (!current) {
      current = { text: line, line: i + 1 };
      out.push(current);
    } else if (/[a-z]-$/.test(current.text) && /^[a-z]/.test(line)) {
      current.text = current.text.slice(0, -1) + line;
    } else {
      current.text = `${current.text} ${line}`;
    }
  });
  return out;
}
