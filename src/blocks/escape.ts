/** Slack mrkdwn treats `&`, `<` and `>` as control characters; everything shown from users or documents goes through this. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** How far back from the limit a cut may move to end at a word instead of inside one. */
const WORD_SLACK = 0.3;

/**
 * Cuts text to at most `max` UTF-16 units with an ellipsis, at a word when one ends near the limit,
 * never inside an `&amp;`-style entity or a surrogate pair (Slack rejects half an emoji).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.search(/\s\S*$/);
  if (space > 0 && space >= cut.length * (1 - WORD_SLACK)) cut = cut.slice(0, space).trimEnd();
  const amp = cut.lastIndexOf("&");
  if (amp >= 0 && !cut.slice(amp).includes(";") && cut.length - amp < 6) cut = cut.slice(0, amp);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** One line of free text, whitespace collapsed: titles and actions from documents span lines. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Text someone typed, echoed back: one line, cut to `max`, escaped (no live mentions or links). */
export function quote(text: string, max: number): string {
  return escapeMrkdwn(truncate(oneLine(text), max));
}
