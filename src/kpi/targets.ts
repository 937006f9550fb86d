/**
 * Targets as printed in the plans, read into numbers. Every variant keeps the printed text;
 * a target no rule reads stays `text` and is flagged, so nothing is silently misread.
 */

/** The A/P region's Members as the plans count them ("x/33 Members"). */
export const MEMBERSHIP = 33;

export type Target =
  /** "At least 27/33 Members", "19/19 members", "At least 27 Members" (out of the membership). */
  | {
      kind: "members";
      text: string;
      atLeast: boolean;
      count: number;
      of: number;
      /** False when the text gives no denominator and the membership is assumed. */
      ofPrinted: boolean;
      /** "(for non-CPs)" */
      qualifier: string | null;
    }
  /** "At least 28 MRA", "6 new contracting parties". */
  | { kind: "count"; text: string; atLeast: boolean; count: number; unit: string }
  /** "At least 3 times per year", "once per quarter", "At least 5 Members per year". */
  | {
      kind: "rate";
      text: string;
      atLeast: boolean;
      times: number;
      everyMonths: number;
      unit: "times" | "Members";
    }
  /** "At least average of 4 out of 5". */
  | { kind: "score"; text: string; atLeast: boolean; score: number; outOf: number }
  /** "At least 25% of the participations", "for at least one half of the requested missions". */
  | { kind: "share"; text: string; atLeast: boolean; percent: number; of: string }
  /** "At least 20% annual growth of female Head of delegation …". */
  | { kind: "growth"; text: string; atLeast: boolean; percentPerYear: number; of: string }
  | { kind: "text"; text: string; flagged: true };

export type TargetKind = Target["kind"];

const WORDS: Record<string, number> = {
  once: 1,
  twice: 2,
  thrice: 3,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};

const FRACTIONS: Record<string, number> = {
  "one half": 50,
  half: 50,
  "one third": 100 / 3,
  "a third": 100 / 3,
  "two thirds": 200 / 3,
  "one quarter": 25,
  "a quarter": 25,
  "three quarters": 75,
};

const UNIT_MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12 };

const NUM = String.raw`(\d+(?:\.\d+)?|${Object.keys(WORDS).join("|")})`;

const toNumber = (token: string): number => WORDS[token.toLowerCase()] ?? Number(token);

const tidy = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .replace(/[.;,]+$/, "")
    .trim();

export function parseTarget(text: string): Target {
  const t = tidy(text);
  const atLeast = /\bat least\b/i.test(t);
  return (
    growth(t, text, atLeast) ??
    share(t, text, atLeast) ??
    score(t, text, atLeast) ??
    rate(t, text, atLeast) ??
    members(t, text, atLeast) ??
    count(t, text, atLeast) ?? { kind: "text", text, flagged: true }
  );
}

// "at least" and words before it ("Meet", "Use of accredited experts for") carry no number; a prefix
// with digits is another target run into this one, which must stay unread.
const core = (t: string) => t.replace(/^(?:[^\d]*?\s)?at least\s+/i, "");

function growth(t: string, text: string, atLeast: boolean): Target | null {
  const m = /^(\d+(?:\.\d+)?)\s*%\s+annual growth (?:of|in)\s+(.+)$/i.exec(core(t));
  if (!m?.[1] || !m[2]) return null;
  return { kind: "growth", text, atLeast, percentPerYear: Number(m[1]), of: m[2] };
}

function share(t: string, text: string, atLeast: boolean): Target | null {
  const c = core(t);
  const pct = /^(\d+(?:\.\d+)?)\s*%\s+of\s+(.+)$/i.exec(c);
  if (pct?.[1] && pct[2]) return { kind: "share", text, atLeast, percent: Number(pct[1]), of: pct[2] };
  const words = new RegExp(`^(${Object.keys(FRACTIONS).join("|")})\\s+of\\s+(.+)$`, "i").exec(c);
  if (words?.[1] && words[2]) {
    const percent = FRACTIONS[words[1].toLowerCase()];
    if (percent !== undefined) return { kind: "share", text, atLeast, percent, of: words[2] };
  }
  return null;
}

function score(t: string, text: string, atLeast: boolean): Target | null {
  const m = /^(?:an? )?average(?: rating)? of\s+(\d+(?:\.\d+)?)\s*(?:out of|\/)\s*(\d+(?:\.\d+)?)$/i.exec(
    core(t),
  );
  if (!m?.[1] || !m[2] || Number(m[1]) > Number(m[2])) return null;
  return { kind: "score", text, atLeast, score: Number(m[1]), outOf: Number(m[2]) };
}

// "once a year", "3 times per year", "once every 2 years", "once in two years", "5 Members per year".
function rate(t: string, text: string, atLeast: boolean): Target | null {
  const m = new RegExp(
    `^(?:(once|twice|thrice)|${NUM}\\s+(times|members?))\\s+(?:a|an|per|every|each|in)\\s+(?:${NUM}\\s+)?(month|quarter|year)s?$`,
    "i",
  ).exec(core(t));
  if (!m) return null;
  const [, adverb, n, noun, every, unit] = m;
  const times = adverb ? toNumber(adverb) : toNumber(n ?? "");
  const months = UNIT_MONTHS[(unit ?? "").toLowerCase()];
  const span = every ? toNumber(every) : 1;
  if (!months || !Number.isFinite(times) || times <= 0 || !(span > 0)) return null;
  const isMembers = /^members?$/i.test(noun ?? "");
  return {
    kind: "rate",
    text,
    atLeast,
    times,
    everyMonths: months * span,
    unit: isMembers ? "Members" : "times",
  };
}

function members(t: string, text: string, atLeast: boolean): Target | null {
  const c = core(t);
  const ratio = /^(\d+)\s*\/\s*(\d+)\s+members?(?:\s*(\([^()]*\)))?$/i.exec(c);
  if (ratio?.[1] && ratio[2]) {
    const count = Number(ratio[1]);
    const of = Number(ratio[2]);
    if (of === 0 || count > of) return null;
    return { kind: "members", text, atLeast, count, of, ofPrinted: true, qualifier: ratio[3] ?? null };
  }
  const plain = /^(\d+)\s+members?(?:\s*(\([^()]*\)))?$/i.exec(c);
  if (!plain?.[1] || Number(plain[1]) > MEMBERSHIP) return null;
  return {
    kind: "members",
    text,
    atLeast,
    count: Number(plain[1]),
    of: MEMBERSHIP,
    ofPrinted: false,
    qualifier: plain[2] ?? null,
  };
}

// A number then a short noun phrase: "28 MRA", "10 success stories", "6 new contracting parties".
function count(t: string, text: string, atLeast: boolean): Target | null {
  const m = /^(\d+)\s+([A-Za-z][A-Za-z' -]{0,40})$/.exec(core(t));
  if (!m?.[1] || !m[2]) return null;
  // Members are counted by `members`, which knows their bound; more than the membership is a misprint.
  if (/\b(per|every|each|a year|of)\b/i.test(m[2]) || /^members?$/i.test(m[2].trim())) return null;
  return { kind: "count", text, atLeast, count: Number(m[1]), unit: m[2].trim() };
}

/** The whole amount a target asks for over a window of `months`; null for levels and unread text. */
export function targetTotal(target: Target, months: number): number | null {
  switch (target.kind) {
    case "members":
    case "count":
      return target.count;
    case "rate":
      // A window shorter than the rate's span still asks for one occurrence.
      return Math.max(1, Math.ceil(target.times * (months / target.everyMonths) - 1e-9));
    default:
      return null;
  }
}

/** The largest value a measurement of this target can take, when the target bounds it. */
export function targetMaximum(target: Target): number | null {
  switch (target.kind) {
    case "members":
      return target.of;
    case "score":
      return target.outOf;
    case "share":
      return 100;
    default:
      return null;
  }
}

/** Whether a measurement of this target must be a whole number. */
export function wholeNumbers(target: Target): boolean {
  return target.kind === "members" || target.kind === "count" || target.kind === "rate";
}

const PERIOD_NAMES: Record<number, string> = { 1: "month", 3: "quarter", 12: "year" };

export function rateUnit(everyMonths: number): string {
  const name = PERIOD_NAMES[everyMonths];
  if (name) return name;
  return everyMonths % 12 === 0 ? `${everyMonths / 12} years` : `${everyMonths} months`;
}
