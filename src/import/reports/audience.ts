import type { WorkshopKind } from "../../catalogue/vocabulary.ts";
import { membersIn } from "./countries.ts";

const REGION_WORD =
  /\b(?:Pacific|Oceania|ASEAN|SAARC|Asia|Asian|Region|Islands?|Members|Countries|Economies|Administrations)\b/;
const FOR_PHRASE = /\bfor\s+(?:the\s+)?([A-Z][\w'’/&-]*(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w'’/&-]*)*)/g;

/** "for the Pacific Islands" · "for Oceania Members" · "for ASEAN Countries": a region named as printed. */
export function regionNamed(title: string): string | null {
  for (const m of title.matchAll(FOR_PHRASE)) {
    const phrase = (m[1] as string).trim();
    if (REGION_WORD.test(phrase) && membersIn(phrase).length === 0) return phrase;
  }
  return null;
}

/**
 * Who an event is for, as opposed to where it was held: the Members its titles name, else the region
 * they name ("for the Pacific Islands"), else — for a national workshop or a mission, which serve the
 * Member they are held in — the host country. A regional event naming nobody is for the region at
 * large: no countries. Titles come best first.
 */
export function audienceOf(titles: string[], kind: WorkshopKind, hostCountry: string | null): string[] {
  for (const t of titles) {
    const named = membersIn(t);
    if (named.length > 0) return named;
  }
  for (const t of titles) {
    const region = regionNamed(t);
    if (region) return [region];
  }
  const servesHost = kind === "national" || kind === "mission" || /\bnational\b/i.test(titles[0] ?? "");
  return servesHost && hostCountry ? [hostCountry] : [];
}
