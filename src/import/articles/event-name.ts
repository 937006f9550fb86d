import { EVENT_WORD } from "../reports/kinds.ts";
import { sentenceSpans } from "../reports/text.ts";
import { splitTitlePlace, tidyTitle } from "../reports/titles.ts";

const VERB =
  "(?:organi[sz]ed|co-organi[sz]ed|held|hosted|co-hosted|conducted|convened|delivered|ran|launched|opened|closed|concluded|wrapped up)";
// Where a name ends in prose: a date, a place, a time or the next clause.
const NAME_END = String.raw`(?=\s+(?:from|between|during|at|via|under|with|through|which|where|that|to\s+(?:enhance|improve|support|help|discuss|share|build|strengthen))\b|\s+(?:on|in)\s+(?:\d|the\s+\d|[A-Z][a-z]+\s+\d)|\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:,\s*[A-Z][\w'’.-]*)*\s*(?:[,.;]|$|from|on|between)|\s+(?:virtually|online)\b|[,.;:](?:\s|$)|$)`;
const NAME = String.raw`((?:[\w“"'‘(][\w/&’'”"().,:-]*\s+){0,24}?[\w/&’'”"().-]*?)`;

const ACTIVE = new RegExp(String.raw`\b${VERB}\s+(?:the|a|an|its|their)\s+${NAME}${NAME_END}`, "g");
const PASSIVE = new RegExp(
  String.raw`(?:^|[.;]\s+|\b(?:the|The|A|An)\s+)((?:[\w“"‘(][\w/&’'”"().,:-]*\s+){1,24}?)(?:(?:was|were)\s+(?:successfully\s+|jointly\s+|virtually\s+)?${VERB}|took place)\b`,
  "g",
);
const QUOTED = /[“"]([^”"]{8,160})[”"]/g;

/** A phrase that names an event: an event word, balanced brackets, not a sentence. */
function asName(phrase: string): string | null {
  const bare = phrase
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:(?:virtual|online|hybrid|in-person|face-to-face)\s+)+/i, "");
  const { title } = splitTitlePlace(bare);
  const t = tidyTitle(title);
  const open = (t.match(/\(/g) ?? []).length;
  const close = (t.match(/\)/g) ?? []).length;
  const fixed = open > close ? t.replace(/\s*\([^)]*$/, "") : t;
  if (!EVENT_WORD.test(fixed) || fixed.length < 8 || fixed.length > 200) return null;
  if (!/^[A-Z0-9]/.test(fixed)) return null;
  return fixed;
}

/**
 * Event names in a text, in order, one sentence at a time: "organized the X from …", "The X was held …",
 * quoted names. `index` is where the name's sentence match starts in the text.
 */
export function namesInProse(text: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  for (const { text: sentence, start: at } of sentenceSpans(text)) {
    const found = new Set<string>();
    for (const re of [ACTIVE, PASSIVE, QUOTED]) {
      for (const m of sentence.matchAll(re)) {
        const name = asName(m[1] as string);
        if (name && !found.has(name)) {
          found.add(name);
          out.push({ name, index: at + (m.index ?? 0) });
        }
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

// Words a name may start with in a headline written in sentence case ("holds regional workshop on AEO").
const LEAD =
  /^(?:national|regional|sub-regional|subregional|accreditation|joint|virtual|online|international|annual|\d+(?:st|nd|rd|th))$/i;
const CONNECTOR = /^(?:of|on|for|and|the|&|to|in)$/i;

/**
 * The event's name in a headline: the run of name words around its event word, without the verb
 * phrase ("Busan hosts the WCO Regional Workshop on Customs Laboratories" → "WCO Regional Workshop on
 * Customs Laboratories") and without a trailing place or date.
 */
export function nameInHeadline(headline: string): string | null {
  const words = headline.replace(/[.!]+$/, "").split(/\s+/);
  const at = words.findIndex((w) => EVENT_WORD.test(w));
  if (at === -1) return null;
  let from = at;
  while (from > 0) {
    const w = words[from - 1] as string;
    const nameWord = /^[A-Z0-9(“"]/.test(w) || LEAD.test(w) || /^[A-Z/&-]+$/.test(w);
    if (!nameWord && !(CONNECTOR.test(w) && from - 2 >= 0 && /^[A-Z]/.test(words[from - 2] as string))) break;
    from--;
  }
  while (from < at && CONNECTOR.test(words[from] as string)) from++;
  const rest = words.slice(from).join(" ");
  const cut = rest.split(
    /\s+(?:from|on|held|kicks off|opens|closes|concludes|ends|begins|starts|gets under way)\s+(?=\d|[a-z])/,
  )[0] as string;
  return asName(cut);
}
