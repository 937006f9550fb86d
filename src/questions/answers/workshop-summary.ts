import { workshopsListed } from "../../../commands/workshops.ts";
import { escapeMrkdwn as esc, section } from "../../blocks/index.ts";
import type { ReplyBlock } from "../../blocks/kit.ts";
import type { Workshop } from "../../catalogue/index.ts";
import type { CommandContext } from "../../context.ts";

/** "7 regional, 11 national": how many of each value, most first. */
function tally(list: readonly Workshop[], key: (w: Workshop) => string | null): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const w of list) {
    const k = key(w);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const listed = (pairs: Array<[string, number]>) => pairs.map(([k, n]) => `${n} ${esc(k)}`).join(", ");
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Kinds the annual reports count with another: a national seminar among the national workshops (the
 * 2011/12 report's "11 national workshops" include the National Seminar on HS 2012), an accreditation
 * workshop among the regional ones.
 */
const COUNTED_WITH: ReadonlyArray<{ kind: string; also: string; label: string; titled: RegExp | null }> = [
  { kind: "national", also: "seminar", label: "national seminar", titled: /\bnational\b/i },
  { kind: "regional", also: "accreditation", label: "accreditation workshop", titled: null },
];

/** What the reports would count beside a kind the reading filters by, as sentences. */
function reportNotes(readingText: string, ctx: CommandContext): string[] {
  const notes: string[] = [];
  for (const c of COUNTED_WITH) {
    if (!new RegExp(`\\bkind:${c.kind}\\b`).test(readingText)) continue;
    const other = `${readingText.replace(/\s*\bkind:\S+/g, "")} kind:${c.also}`;
    const extra = (workshopsListed(other, ctx) ?? []).filter((w) => !c.titled || c.titled.test(w.title));
    if (extra.length === 0) continue;
    const mine = workshopsListed(readingText, ctx)?.length ?? 0;
    notes.push(
      `The catalogue classes ${plural(extra.length, c.label)} apart (${extra
        .slice(0, 3)
        .map((w) => `"${esc(w.title)}"`)
        .join(
          ", ",
        )}${extra.length > 3 ? ", …" : ""}); the annual reports count ${extra.length === 1 ? "it" : "them"} as ${c.kind}: ${mine + extra.length} with ${extra.length === 1 ? "it" : "them"}.`,
    );
  }
  return notes;
}

/** "How many…": the count, by kind and by sponsor, and why it may differ from a report's. */
export function countBlocks(readingText: string, ctx: CommandContext): ReplyBlock[] {
  const list = workshopsListed(readingText, ctx);
  if (!list) return [];
  const kinds = tally(list, (w) => w.kind);
  const sponsors = tally(list, (w) => w.sponsor);
  const parts = [
    `*${plural(list.length, "workshop")}*${kinds.length > 1 ? `: ${listed(kinds)}` : ""}.`,
    sponsors.length ? `By sponsor: ${listed(sponsors)}.` : "",
    ...reportNotes(readingText, ctx),
  ];
  return [section(parts.filter(Boolean).join(" "))];
}

/** "Who funds the AEO workshops?": the sponsors of what the reading lists, and how many have none. */
export function sponsorBlocks(readingText: string, ctx: CommandContext): ReplyBlock[] {
  const list = workshopsListed(readingText, ctx);
  if (!list || list.length === 0) return [];
  const sponsors = tally(list, (w) => w.sponsor);
  const none = list.filter((w) => w.sponsor === null);
  const noneText = none.length
    ? ` ${plural(none.length, "workshop")} ${none.length === 1 ? "has" : "have"} no sponsor recorded${none.every((w) => w.status === "planned") ? " (planned in a work plan, not yet funded)" : ""}.`
    : "";
  const who = sponsors.length
    ? `*Funded by ${sponsors.map(([s, n]) => `${esc(s)} (${n})`).join(", ")}* of the ${plural(list.length, "workshop")} listed.`
    : `No sponsor is recorded for the ${plural(list.length, "workshop")} listed.`;
  return [section(`${who}${noneText}`)];
}
