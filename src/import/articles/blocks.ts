import { bulletText } from "../plans/vocabulary.ts";
import { sentences } from "../reports/text.ts";
import { isPlace, readDateline } from "./dateline.ts";
import { readLine, type Vocabulary } from "./text.ts";

/** A piece of an article as a reader sees it: a heading, a dateline, or a paragraph of prose. */
export interface Block {
  kind: "heading" | "dateline" | "prose";
  text: string;
  /** Its first line in the text (1-based). */
  line: number;
}

/** A heading: one line, short, one sentence without a full stop, not cut at a comma. */
function isHeading(text: string): boolean {
  return (
    text.length <= 200 && sentences(text).length === 1 && !/[.,;]\s*$/.test(text.replace(/\b[A-Z]\.$/, ""))
  );
}

/**
 * The text's headings, datelines and paragraphs. A line after a blank line (or at the top) is a
 * heading when the next line does not run on from it: a blank line, a dateline or a place line follows,
 * or a line of prose clearly longer than it (a wrapped sentence fills its lines alike). A place on a
 * line of its own beside a date on the next is one dateline ("Port Vila, Vanuatu" / "4-7 June 2018").
 * A text that is mostly bullets (notes, minutes) is not an article: null.
 */
export function articleBlocks(lines: string[], vocabulary: Vocabulary): Block[] | null {
  const read = lines.map((raw) => readLine(raw, vocabulary));
  const filled = read.filter((l) => l !== "");
  if (filled.length === 0) return null;
  const bulleted = filled.filter((l) => bulletText(l) !== null).length;
  if (bulleted * 2 >= filled.length - 1 && bulleted > 0) return null;
  const dateOnly = (l: string | undefined) =>
    l !== undefined && readDateline(l)?.city === null && readDateline(l)?.country === null;
  const out: Block[] = [];
  let open: Block | null = null;
  for (let i = 0; i < read.length; i++) {
    const text = read[i] as string;
    if (text === "") {
      open = null;
      continue;
    }
    const next = read[i + 1] ?? "";
    const startsBlock: boolean = open === null;
    if (startsBlock && (readDateline(text) || (isPlace(text) && dateOnly(read[i + 1])))) {
      const last = out.at(-1);
      if (last?.kind === "dateline" && last.line === i) last.text = `${last.text}, ${text}`;
      else out.push({ kind: "dateline", text, line: i + 1 });
      open = null;
      continue;
    }
    // "BANGKOK, 12 May 2019 – The ROCB A/P organized …": a dateline that opens the first paragraph.
    const opening: RegExpExecArray | null = startsBlock
      ? /^(.{4,60}?)\s+[–—-]+\s+(?=[A-Z"“])/.exec(text)
      : null;
    if (opening && readDateline(opening[1] as string)?.date) {
      out.push({ kind: "dateline", text: opening[1] as string, line: i + 1 });
      open = { kind: "prose", text: text.slice(opening[0].length), line: i + 1 };
      out.push(open);
      continue;
    }
    const followedApart =
      next === "" ||
      readDateline(next) !== null ||
      (isPlace(next) && dateOnly(read[i + 2])) ||
      (/^[A-Z0-9"“]/.test(next) && text.length <= 0.8 * next.length);
    // A line in capitals is a heading wherever it stands: newsletters extracted from PDF lose blank lines.
    const capitals = !/[a-z]/.test(text) && (text.match(/[A-Z]{2,}/g) ?? []).length >= 3;
    if ((startsBlock && isHeading(text) && followedApart) || capitals) {
      open = null;
      out.push({ kind: "heading", text, line: i + 1 });
      continue;
    }
    if (open && /[a-z]-$/.test(open.text) && /^[a-z]/.test(text)) open.text = open.text.slice(0, -1) + text;
    else if (open) open.text = `${open.text} ${text}`;
    else {
      open = { kind: "prose", text, line: i + 1 };
      out.push(open);
    }
  }
  return out;
}
