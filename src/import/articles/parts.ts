import { bulletText } from "../plans/vocabulary.ts";
import { sentences } from "../reports/text.ts";
import { type Dateline, readDateline } from "./dateline.ts";
import { paragraphs, readLine } from "./text.ts";

export interface ArticleParts {
  /** "" when the text starts with prose. */
  headline: string;
  dateline: Dateline | null;
  /** Everything after the headline and dateline, as one text. */
  prose: string;
  /** The first line of the article (1-based). */
  line: number;
}

/** A headline: one line, short, one sentence without a full stop. */
function isHeadline(text: string): boolean {
  return text.length <= 200 && sentences(text).length === 1 && !/\.\s*$/.test(text.replace(/\b[A-Z]\.$/, ""));
}

/**
 * The headline (the first line, unless the text runs on into the next line: a wrapped sentence), the
 * dateline (one of the next two lines, when it holds only a date and a place) and the prose.
 */
export function articleParts(lines: string[]): ArticleParts | null {
  const filled = lines.map((raw, i) => ({ text: readLine(raw), i })).filter((l) => l.text);
  const [first, second] = filled;
  if (!first) return null;
  // Notes and minutes are lists; an article is prose. A text that is mostly bullets is not one.
  const bulleted = filled.filter((l) => bulletText(l.text) !== null).length;
  if (bulleted * 2 >= filled.length - 1 && bulleted > 0) return null;
  const runsOn = second !== undefined && second.i === first.i + 1 && /^[a-z0-9]/.test(second.text);
  const headline =
    isHeadline(first.text) && (!runsOn || readDateline(second.text) !== null) ? first.text : "";
  const top = filled.slice(headline ? 1 : 0, headline ? 3 : 2);
  const datelineLine = top.find((l) => readDateline(l.text) !== null);
  const proseFrom = (datelineLine ?? (headline ? first : null))?.i ?? -1;
  return {
    headline,
    dateline: datelineLine ? readDateline(datelineLine.text) : null,
    prose: paragraphs(lines.slice(proseFrom + 1))
      .map((p) => p.text)
      .join(" "),
    line: first.i + 1,
  };
}
