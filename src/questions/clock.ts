import { defaultPlan, type Plan } from "../catalogue/index.ts";

/** A phrase of time relative to the clock, and what it stands for on `today`. */
interface Relative {
  pattern: RegExp;
  meaning: (today: string, plans: readonly Plan[]) => string | null;
}

const yearOf = (today: string) => Number(today.slice(0, 4));
/** The office's fiscal year runs 1 July - 30 June. */
const fiscalStart = (today: string) => yearOf(today) - (Number(today.slice(5, 7)) >= 7 ? 0 : 1);
const fy = (start: number) => `FY${start}/${String((start + 1) % 100).padStart(2, "0")}`;
const started = (plans: readonly Plan[], today: string) => plans.filter((p) => p.periodStart <= today);

const RELATIVE: readonly Relative[] = [
  {
    pattern: /\b(?:this|the current|current) (?:fiscal|financial) year\b|\bthis fy\b/gi,
    meaning: (t) => fy(fiscalStart(t)),
  },
  { pattern: /\bnext (?:fiscal|financial) year\b|\bnext fy\b/gi, meaning: (t) => fy(fiscalStart(t) + 1) },
  {
    pattern: /\b(?:last|previous) (?:fiscal|financial) year\b|\blast fy\b/gi,
    meaning: (t) => fy(fiscalStart(t) - 1),
  },
  { pattern: /\b(?:this|the current|current) year\b/gi, meaning: (t) => String(yearOf(t)) },
  { pattern: /\bnext year\b/gi, meaning: (t) => String(yearOf(t) + 1) },
  { pattern: /\b(?:last|previous) year\b/gi, meaning: (t) => String(yearOf(t) - 1) },
  {
    pattern: /\b(?:the )?(?:current|present|running) (?:strategic action plan|strategic plan|sap)\b/gi,
    meaning: (t, plans) => defaultPlan(started(plans, t), t, "SAP")?.label ?? null,
  },
  {
    pattern:
      /\b(?:the )?(?:current|present|running) (?:annual )?(?:work )?plan\b|\b(?:the )?plan in force\b|\bthis plan\b/gi,
    meaning: (t, plans) => defaultPlan(started(plans, t), t)?.label ?? null,
  },
  {
    pattern: /\b(?:the )?(?:latest|newest|most recent|last) (?:annual )?(?:work |action )?plan\b/gi,
    // The plan started last (plans come newest first, a work plan before a strategic plan of the same start).
    meaning: (t, plans) => started(plans, t)[0]?.label ?? null,
  },
];

/**
 * "this year", "next year", "the current plan", "the latest plan" replaced by what they mean on `today`
 * (never a plan that starts after it), with a note per phrase for the answer to say how it was read.
 */
export function relativeToClock(
  question: string,
  today: string,
  plans: readonly Plan[],
): { text: string; notes: string[] } {
  let text = question;
  const notes: string[] = [];
  for (const r of RELATIVE) {
    text = text.replace(r.pattern, (phrase) => {
      const meaning = r.meaning(today, plans);
      if (meaning === null) return phrase;
      notes.push(`"${phrase}" read as ${meaning}`);
      return ` ${meaning} `;
    });
  }
  return { text: text.replace(/\s+/g, " ").trim(), notes };
}
