import type { ParsedPlan } from "../parsed.ts";
import { letterAt, letterIndex } from "./labels.ts";

/**
 * What a reader of the summary should check by eye: a pillar with no items (its table was not read),
 * or letters that jump ("b) then e)": rows lost between them, or labels misread).
 */
export function planWarnings(plan: ParsedPlan): string[] {
  const out: string[] = [];
  for (const pillar of [1, 2, 3, 4]) {
    const letters = plan.items.filter((i) => i.pillar === pillar).map((i) => letterIndex(i.letter));
    if (letters.length === 0) {
      out.push(`pillar ${pillar} has no action items`);
      continue;
    }
    let expected = 0;
    for (const index of letters) {
      if (index !== expected) {
        const from = expected === 0 ? "the start" : `${letterAt(expected - 1)})`;
        out.push(`pillar ${pillar} jumps from ${from} to ${letterAt(index)})`);
      }
      expected = index + 1;
    }
  }
  return out;
}
