import type { ItemRef } from "../parsed.ts";

const SEE_ALSO = /\(\s*See\s+also\s+((?:[^()]|\([^()]*\))*)\)/gi;

/** "(See also 1-(b), (c), and 3-(k))" → refs, with the pillar carried to the refs after it. */
export function parseSeeAlso(text: string, pillar: number): { text: string; refs: ItemRef[] } {
  const refs: ItemRef[] = [];
  const stripped = text.replace(SEE_ALSO, (_all, body: string) => {
    let current = pillar;
    for (const m of body.matchAll(/(?:([1-4])\s*-\s*)?\(\s*([a-z]{1,2})\s*\)/gi)) {
      if (m[1]) current = Number(m[1]);
      const letter = (m[2] ?? "").toLowerCase();
      if (!refs.some((r) => r.pillar === current && r.letter === letter))
        refs.push({ pillar: current, letter });
    }
    return " ";
  });
  return { text: stripped.replace(/\s+/g, " ").trim(), refs };
}
