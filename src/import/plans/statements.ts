/** "Lao People's Dem. Rep." and "Dec. 2012" are abbreviations, not sentence ends. */
function isAbbreviation(word: string): boolean {
  return /^(?:[A-Z][a-z]{0,3}|[a-z]{1,3}|e\.g|i\.e)$/.test(word);
}

/** A statement without its final full stop, unless the stop ends an abbreviation ("… Rep."). */
export function withoutFinalStop(text: string): string {
  return isAbbreviation(/(\S+)\.$/.exec(text)?.[1] ?? "") ? text : text.replace(/\.$/, "");
}

export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/\.\s+(?=[A-Z])/g)) {
    const word = /(\S+)$/.exec(text.slice(start, m.index))?.[1] ?? "";
    if (isAbbreviation(word)) continue;
    out.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out;
}

// The verbs a work plan's statements open with ("Organize …", "Upon request, …"). A converter that
// lost the line break between two statements leaves "… members experiences Update ROCB web-site …".
const OPENING =
  /(?<=[A-Za-z0-9)]) (?=(?:Organi[sz]e|Conduct|Upon request|Promote|Request|Update|Issue|Encourage|Enhance|Provide|Assist|Establish|Continue|Maintain|Send|Attend|Convene|Participate|Publish|Strengthen|Dispatch)\b)/g;

/**
 * A work-plan cell without bullets as its statements: sentences, and statements whose line break
 * was lost before an opening verb. The final full stop of a statement is dropped.
 */
export function statements(text: string): string[] {
  return sentences(text)
    .flatMap((s) => s.split(OPENING))
    .map((s) => s.trim())
    .map(withoutFinalStop)
    .filter((s) => s !== "");
}
